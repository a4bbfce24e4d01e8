import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRoster, rosterFacets, type RosterRow } from "@/db/queries/roster";
import { nameChecks, people, rosterEntries, type Project, type User } from "@/db/schema";
import { seedProject, seedTeam } from "@/db/seed";
import { deriveSortName, nameMatchKey, sortCollationKey } from "@/lib/people/names";
import { resolveRole } from "@/lib/roster/resolve";
import { newId } from "@/lib/tokens";
import { createTestDb, makeUser, rowCount, type TestDb } from "@/tests/helpers/db";

/**
 * The roster at the size of a big production (5,000 entries): paging, end-crawl order and the
 * filters still give exact answers. No timing assertions: this checks the SQL, not the machine.
 */

const SIZE = 5000;
const NOW = Date.now();

/** Twenty hats, 250 people each: catalogue roles, free text in a known department, unknown departments. */
const HATS: ReadonlyArray<readonly [string, string]> = [
  ["Grip", "Grip"],
  ["", "Wizard"],
  ["Camera", "DP"],
  ["Direction", "Director"],
  ["Aardvarks", "Handler"],
  ["Camera", "Drone Whisperer"],
  ["Electric", "Gaffer"],
  ["Sound", "Boom Operator"],
  ["Direction", "1st AD"],
  ["Art", "Art Director"],
  ["Puppetry", "Puppeteer"],
  ["Costume", "Costume Designer"],
  ["Producers", "Producer"],
  ["Editorial", "Editor"],
  ["Post-production", "Colorist"],
  ["Camera", "1st AC"],
  ["Electric", "Electrician"],
  ["Grip", "Key Grip"],
  ["Transportation", "Driver"],
  ["Locations", "Location Manager"],
];
const GIVEN = ["Ada", "Ben", "Chiara", "Dmitri", "Elif", "Farah", "Gus", "Hana", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Noor", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomás", "Uma", "Vik", "Wen", "Ximena", "Yara",
  "Amir", "Bea", "Cyrus", "Dana", "Emeka", "Femi", "Greta", "Hugo", "Ivo", "Jia", "Kai", "Luz", "Mira", "Nils", "Olu", "Pia", "Rafa", "Sven", "Teo", "Ulla", "Vera", "Wim", "Xavi", "Yuki", "Zane"];
const FAMILY = [
  "Abbott", "Bello", "Castillo", "Dalton", "Eze", "Fischer", "García", "Haddad", "Ivanova", "Jensen",
  "Kaya", "Laurent", "Mensah", "Núñez", "Okafor", "Petrov", "Quispe", "Raman", "Silva", "Tanaka",
  "Ueda", "Vogel", "Whitfield", "Xu", "Yilmaz", "Zahra", "Brooks", "Carter", "Moreau", "Osei",
  "Patel", "Reyes", "Chen", "Grant", "Wolfe", "Kim", "Lopez", "Nguyen", "Rossi", "Sato",
  "Ahmed", "Berg", "Costa", "Diaz", "Evans", "Ford", "Gomez", "Hill", "Iqbal", "Jung",
  "Khan", "Lind", "Meyer", "Nakamura", "Olsen", "Park", "Quinn", "Rao", "Shah", "Torres",
  "Usman", "Varga", "Weber", "Young", "Zhou", "Adler", "Baker", "Cohen", "Dubois", "Ellis",
  "Fox", "Gray", "Hart", "Ito", "Jones", "Klein", "Lam", "Mora", "Nash", "Ortiz",
  "Price", "Ruiz", "Stone", "Tran", "Ulloa", "Vance", "Ward", "Yates", "Zimmer", "Alvarez",
  "Bishop", "Cruz", "Dunn", "Engel", "Flores", "Gill", "Hayes", "Imai", "James", "Kerr",
];

type Planned = { id: string; name: string; sortName: string; department: string; role: string; sortKey: number; union: boolean; confirmed: boolean };

let t: TestDb;
let editor: User;
let project: Project;
const planned: Planned[] = [];

/** The order listRoster promises: sort key, then department, then sort name (SQLite BINARY, here all BMP). */
const endCrawl = (a: Pick<Planned, "sortKey" | "department" | "sortName">, b: typeof a) =>
  a.sortKey - b.sortKey || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0) || (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0);

beforeAll(async () => {
  expect(GIVEN.length * FAMILY.length).toBe(SIZE);
  t = createTestDb();
  editor = await makeUser(t.db, "Eddie Editor");
  const team = seedTeam(t.db, "Big Studio", [{ user: editor, role: "editor" }]);
  project = seedProject(t.db, team, { title: "Epic" }, []);

  const personRows: Array<typeof people.$inferInsert> = [];
  const entryRows: Array<typeof rosterEntries.$inferInsert> = [];
  const checkRows: Array<typeof nameChecks.$inferInsert> = [];
  for (let i = 0; i < SIZE; i++) {
    const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length)]}`;
    const [department, role] = HATS[i % HATS.length]!;
    const r = resolveRole({ department, role });
    const personId = newId();
    const union = i % 10 === 3;
    const confirmed = i % 25 === 7;
    personRows.push({ id: personId, teamId: team.id, creditedName: name, sortName: deriveSortName(name), sortKey: sortCollationKey(deriveSortName(name)), nameKey: nameMatchKey(name), unions: union ? ["IATSE"] : [] });
    const id = newId();
    entryRows.push({ id, projectId: project.id, personId, department: r.department, departmentId: r.departmentId, role: r.role, roleId: r.roleId, sortKey: r.sortKey });
    if (confirmed) checkRows.push({ id: newId(), projectId: project.id, personId, tokenHash: newId(), expiresAt: new Date(NOW + 86_400_000), response: "confirmed" });
    planned.push({ id, name, sortName: deriveSortName(name), department: r.department, role: r.role, sortKey: r.sortKey, union, confirmed });
  }
  t.db.transaction((tx) => {
    for (let i = 0; i < SIZE; i += 500) {
      tx.insert(people).values(personRows.slice(i, i + 500)).run();
      tx.insert(rosterEntries).values(entryRows.slice(i, i + 500)).run();
    }
    tx.insert(nameChecks).values(checkRows).run();
  });
  planned.sort(endCrawl);
});
afterAll(() => t.close());

const list = (filter: Parameters<typeof listRoster>[3] = {}) => listRoster(t.db, { userId: editor.id }, project.id, filter, NOW);
const ids = (rows: readonly RosterRow[]) => rows.map((r) => r.id);

describe("listRoster with 5,000 entries", () => {
  it("has every entry in the database", () => {
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ?", project.id)).toBe(SIZE);
  });

  it("returns page 1 of 50 with 100 rows in end-crawl order", () => {
    const r = list();
    expect(r).toMatchObject({ total: SIZE, page: 1, pages: 50, pageSize: 100 });
    expect(r.rows).toHaveLength(100);
    expect(ids(r.rows)).toEqual(planned.slice(0, 100).map((p) => p.id));
    // Direction opens the crawl: the Directors, by sort name.
    expect(r.rows[0]).toMatchObject({ department: "Direction", role: "Director", sortName: planned[0]!.sortName });
  });

  it("returns the last page and clamps a page past the end to it", () => {
    const last = list({ page: 50 });
    expect(ids(last.rows)).toEqual(planned.slice(4900).map((p) => p.id));
    expect(last.rows.at(-1)!.department).toBe("Puppetry"); // free-text departments close the crawl, by name
    const past = list({ page: 51 });
    expect(past.page).toBe(50);
    expect(ids(past.rows)).toEqual(ids(last.rows));
  });

  it("gives every entry exactly once across all pages of 200, in order", () => {
    const seen: string[] = [];
    for (let page = 1; page <= 25; page++) seen.push(...ids(list({ page, pageSize: 200 }).rows));
    expect(seen).toEqual(planned.map((p) => p.id));
  });

  it("filters by department and role at this size", () => {
    const camera = planned.filter((p) => p.department === "Camera");
    const r = list({ department: "Camera" });
    expect(r.total).toBe(camera.length);
    expect(r.total).toBe(750);
    expect(r.pages).toBe(8);
    expect(ids(r.rows)).toEqual(camera.slice(0, 100).map((p) => p.id));
    expect(list({ role: "Gaffer" }).total).toBe(250);
    expect(list({ department: "Camera", role: "Gaffer" }).total).toBe(0);
  });

  it("filters by union, status and name search at this size", () => {
    const iatse = planned.filter((p) => p.union);
    const union = list({ union: "IATSE", pageSize: 500 });
    expect(union.total).toBe(iatse.length);
    expect(ids(union.rows)).toEqual(iatse.map((p) => p.id));

    const confirmed = list({ status: "confirmed", pageSize: 500 });
    expect(confirmed.total).toBe(200);
    expect(ids(confirmed.rows)).toEqual(planned.filter((p) => p.confirmed).map((p) => p.id));
    expect(list({ status: "none" }).total).toBe(SIZE - 200);

    const nunez = list({ q: "nunez" });
    expect(nunez.total).toBe(GIVEN.length);
    expect(nunez.rows.every((r) => r.creditedName.endsWith("Núñez"))).toBe(true);
  });

  it("combines filters and sorts at this size", () => {
    const expected = planned.filter((p) => p.union && p.department === "Direction");
    const r = list({ union: "IATSE", department: "Direction", pageSize: 500 });
    expect(ids(r.rows)).toEqual(expected.map((p) => p.id));
    const byName = list({ sort: "name", pageSize: 50 }).rows.map((row) => row.sortName);
    expect(byName).toEqual([...planned.map((p) => p.sortName)].sort().slice(0, 50));
  });

  it("gives facets that add up to the whole roster", () => {
    const f = rosterFacets(t.db, { userId: editor.id }, project.id);
    expect(f.departments.reduce((n, d) => n + d.entries, 0)).toBe(SIZE);
    expect(f.departments[0]).toEqual({ department: "Direction", entries: 500 });
    expect(f.roles.reduce((n, r) => n + r.entries, 0)).toBe(SIZE);
  });
});
