import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PossibleDuplicateError } from "@/db/queries/people";
import { StaleRevisionError } from "@/db/queries/revision";
import {
  addToRoster,
  bulkChangeDepartment,
  listRoster,
  removeRosterEntries,
  restoreRosterEntries,
  rosterFacets,
  rosterForExport,
  rosterPeople,
  updateRosterEntry,
  type RosterRow,
} from "@/db/queries/roster";
import { nameChecks, people, rosterEntries, type NameCheck, type Project, type RosterEntry, type Team, type User } from "@/db/schema";
import { seedProject, seedTeam } from "@/db/seed";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { nameStatus, type NameStatus } from "@/lib/roster/name-status";
import { resolveRole } from "@/lib/roster/resolve";
import { newId } from "@/lib/tokens";
import { personSchema, type PersonInput } from "@/lib/validation/people";
import { as, createTestDb, makeRoleUsers, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;

beforeAll(async () => {
  t = createTestDb();
  ({ owner, editor, viewer, outsider } = await makeRoleUsers(t.db));
});
afterAll(() => t.close());

type Crew = ReadonlyArray<readonly [string, string, string]>;

/** A team of the shared users: owner (Owner), editor (Editor), viewer (Viewer). */
function newTeam(): Team {
  return seedTeam(t.db, `Team ${Math.random().toString(36).slice(2, 8)}`, [
    { user: owner, role: "owner" },
    { user: editor, role: "editor" },
    { user: viewer, role: "viewer" },
  ]);
}
/** A project with `crew` in a new team of the shared users. */
function newProject(crew: Crew, title = "Harbor Lights"): { team: Team; project: Project } {
  const team = newTeam();
  return { team, project: seedProject(t.db, team, { title }, crew) };
}

const input = (creditedName: string, over: Partial<PersonInput> = {}): PersonInput => ({ ...personSchema.parse({ creditedName }), ...over });
const personId = (team: Team, name: string) => t.db.select().from(people).where(and(eq(people.teamId, team.id), eq(people.creditedName, name))).get()!.id;
const entriesOf = (project: Project) => t.db.select().from(rosterEntries).where(eq(rosterEntries.projectId, project.id)).all();
const entry = (project: Project, name: string, role: string): RosterEntry => {
  const row = t.db
    .select({ e: rosterEntries })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(and(eq(rosterEntries.projectId, project.id), eq(people.creditedName, name), eq(rosterEntries.role, role)))
    .get();
  if (!row) throw new Error(`No entry ${name} / ${role}`);
  return row.e;
};
const entryRow = (id: string) => t.db.select().from(rosterEntries).where(eq(rosterEntries.id, id)).get();
const cells = (rows: ReadonlyArray<Pick<RosterRow, "creditedName" | "department" | "role">>) => rows.map((r) => [r.creditedName, r.department, r.role]);
const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** A test-only trigger that aborts the statement `when` matches; dropped after `fn`. */
function withFailingTrigger(event: string, when: string, fn: () => void) {
  t.sqlite.exec(`create trigger fail_in_test ${event} when ${when} begin select raise(abort, 'boom'); end;`);
  try {
    fn();
  } finally {
    t.sqlite.exec("drop trigger fail_in_test");
  }
}

describe("addToRoster", () => {
  it("adds an existing person, resolving the role against the catalogue", () => {
    const { team, project } = newProject([["Nikolai Petrov", "Grip", "Key Grip"]]);
    const pid = personId(team, "Nikolai Petrov");
    const e = addToRoster(t.db, as(editor), project.id, { personId: pid, department: "", role: "DP" });
    expect(e).toMatchObject({
      projectId: project.id,
      personId: pid,
      department: "Camera",
      departmentId: "camera",
      role: "Director of Photography",
      roleId: "camera.director-of-photography",
      sortKey: resolveRole({ role: "DP" }).sortKey,
      personName: "Nikolai Petrov",
    });
    expect(entryRow(e.id)).toMatchObject({ personId: pid, role: "Director of Photography" });
  });

  it("creates a new person in the team together with the entry", () => {
    const { team, project } = newProject([]);
    const e = addToRoster(t.db, as(editor), project.id, { person: input("Aisha Bello", { email: "aisha@harbor.film" }), department: "Camera", role: "1st AC" });
    const person = t.db.select().from(people).where(eq(people.id, e.personId)).get();
    expect(person).toMatchObject({ teamId: team.id, creditedName: "Aisha Bello", email: "aisha@harbor.film", sortName: "Bello, Aisha" });
    expect(e).toMatchObject({ role: "First Assistant Camera", department: "Camera", personName: "Aisha Bello" });
  });

  it("gives someone already on the roster another role without asking when the name is exactly theirs; asks otherwise", () => {
    const { team, project } = newProject([["Rosa Delgado", "Production", "Unit Production Manager"]]);
    const rosa = personId(team, "Rosa Delgado");
    const second = addToRoster(t.db, as(editor), project.id, { person: input("Rosa Delgado"), role: "Line Producer" });
    expect(second).toMatchObject({ personId: rosa, role: "Line Producer" });
    expect(rowCount(t.sqlite, "people", "team_id = ?", team.id)).toBe(1);
    // Not quite the same name, or someone of the directory who is not on this project: the form asks.
    expect(thrownBy(() => addToRoster(t.db, as(editor), project.id, { person: input("rosa delgado"), role: "Script Supervisor" }))).toBeInstanceOf(PossibleDuplicateError);
    const other = seedProject(t.db, team, { title: "Low Tide" }, []);
    expect(thrownBy(() => addToRoster(t.db, as(editor), other.id, { person: input("Rosa Delgado"), role: "Line Producer" }))).toBeInstanceOf(PossibleDuplicateError);
    expect(entriesOf(project)).toHaveLength(2);
  });

  it("creates no person when the entry cannot be written (one transaction)", () => {
    const { team, project } = newProject([]);
    withFailingTrigger("before insert on roster_entries", "1 = 1", () => {
      expect(() => addToRoster(t.db, as(editor), project.id, { person: input("Ghost Person"), role: "Gaffer" })).toThrow("boom");
    });
    expect(rowCount(t.sqlite, "people", "team_id = ?", team.id)).toBe(0);
  });

  it("answers NotFound for a person of another team, even to a member of both", () => {
    const { project } = newProject([]);
    const other = newProject([["Their Person", "Grip", "Key Grip"]]);
    const theirs = personId(other.team, "Their Person");
    expect(thrownBy(() => addToRoster(t.db, as(editor), project.id, { personId: theirs, role: "Gaffer" }))).toBeInstanceOf(NotFoundError);
    const foreign = seedTeam(t.db, "Foreign Films", [{ user: outsider, role: "owner" }]);
    const stranger = seedProject(t.db, foreign, { title: "Elsewhere" }, [["Stranger", "Grip", "Grip"]]);
    const strangerId = t.db.select().from(rosterEntries).where(eq(rosterEntries.projectId, stranger.id)).get()!.personId;
    expect(thrownBy(() => addToRoster(t.db, as(editor), project.id, { personId: strangerId, role: "Gaffer" }))).toBeInstanceOf(NotFoundError);
    expect(entriesOf(project)).toEqual([]);
  });

  it("refuses the same person in the same department and role twice, however the role is typed", () => {
    const { team, project } = newProject([["Nikolai Petrov", "Camera", "Director of Photography"]]);
    const pid = personId(team, "Nikolai Petrov");
    const error = thrownBy(() => addToRoster(t.db, as(editor), project.id, { personId: pid, department: "camera", role: "dp" }));
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).fieldErrors.role).toEqual(["Already on the roster with this role."]);
    expect(entriesOf(project)).toHaveLength(1);
    // The same wording in another department is another hat.
    addToRoster(t.db, as(editor), project.id, { personId: pid, department: "Grip", role: "Rigging Consultant" });
    addToRoster(t.db, as(editor), project.id, { personId: pid, department: "Electric", role: "Rigging Consultant" });
    expect(entriesOf(project)).toHaveLength(3);
  });

  it("refuses a viewer (Forbidden) without creating the person, and a non-member (NotFound)", () => {
    const { team, project } = newProject([]);
    expect(thrownBy(() => addToRoster(t.db, as(viewer), project.id, { person: input("Aisha Bello"), role: "Gaffer" }))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => addToRoster(t.db, as(outsider), project.id, { person: input("Aisha Bello"), role: "Gaffer" }))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => addToRoster(t.db, as(editor), "no-such-project", { person: input("Aisha Bello"), role: "Gaffer" }))).toBeInstanceOf(NotFoundError);
    expect(rowCount(t.sqlite, "people", "team_id = ?", team.id)).toBe(0);
    expect(entriesOf(project)).toEqual([]);
  });

  it("reports a possible duplicate and writes neither person nor entry; allowDuplicate writes both", () => {
    const { team, project } = newProject([["José García", "Grip", "Key Grip"]]);
    const existing = personId(team, "José García");
    const error = thrownBy(() => addToRoster(t.db, as(editor), project.id, { person: input("Jose Garcia"), department: "Camera", role: "DP" }));
    expect(error).toBeInstanceOf(PossibleDuplicateError);
    expect((error as PossibleDuplicateError).candidates).toEqual([expect.objectContaining({ id: existing, reason: "name" })]);
    expect(rowCount(t.sqlite, "people", "team_id = ?", team.id)).toBe(1);
    expect(entriesOf(project)).toHaveLength(1);

    const e = addToRoster(t.db, as(editor), project.id, { person: input("Jose Garcia"), allowDuplicate: true, department: "Camera", role: "DP" });
    expect(e.personId).not.toBe(existing);
    expect(rowCount(t.sqlite, "people", "team_id = ?", team.id)).toBe(2);
    expect(entriesOf(project)).toHaveLength(2);
  });
});

/** A crew in shuffled order: catalogue departments, a free-text role, free-text departments, ties. */
const CREW: Crew = [
  ["Chris Dalton", "Grip", "Key Grip"],
  ["Aisha Bello", "Camera", "1st AC"],
  ["Pat Puppet", "Puppetry", "Puppeteer"],
  ["Nikolai Petrov", "Camera", "DP"],
  ["Wren Wizard", "", "Wizard"],
  ["Maya Okafor", "Editorial", "Editor"],
  ["Zoe Adams", "Grip", "Grip"],
  ["Samuel Osei", "Direction", "1st AD"],
  ["Drew Flyer", "Camera", "Drone Whisperer"],
  ["Al Brown", "Grip", "Grip"],
  ["Maya Okafor", "Direction", "Director"],
  ["José García", "Grip", "Dolly Grip"],
  ["Ada Aardvark", "Aardvarks", "Handler"],
];

/** CREW in end-crawl order. */
const END_CRAWL = [
  ["Maya Okafor", "Direction", "Director"],
  ["Samuel Osei", "Direction", "First Assistant Director"],
  ["Nikolai Petrov", "Camera", "Director of Photography"],
  ["Aisha Bello", "Camera", "First Assistant Camera"],
  ["Drew Flyer", "Camera", "Drone Whisperer"],
  ["Chris Dalton", "Grip", "Key Grip"],
  ["José García", "Grip", "Dolly Grip"],
  ["Zoe Adams", "Grip", "Grip"], // ties by sort name: Adams before Brown
  ["Al Brown", "Grip", "Grip"],
  ["Maya Okafor", "Editorial", "Editor"],
  ["Ada Aardvark", "Aardvarks", "Handler"], // free-text departments last, by name
  ["Wren Wizard", "Other", "Wizard"],
  ["Pat Puppet", "Puppetry", "Puppeteer"],
];

describe("listRoster", () => {
  let team: Team;
  let project: Project;
  beforeAll(() => {
    ({ team, project } = newProject(CREW));
    t.db.update(people).set({ unions: ["DGA"] }).where(eq(people.id, personId(team, "Samuel Osei"))).run();
    t.db.update(people).set({ unions: ["IATSE", "DGA"] }).where(eq(people.id, personId(team, "Maya Okafor"))).run();
    t.db.update(people).set({ unions: ["IATSE"] }).where(eq(people.id, personId(team, "Chris Dalton"))).run();
  });
  const list = (filter: Parameters<typeof listRoster>[3] = {}, u = viewer) => listRoster(t.db, as(u), project.id, filter, NOW);

  it("lists the roster in end-crawl order: departments, then roles in catalogue order, free text last", () => {
    const r = list();
    expect(cells(r.rows)).toEqual(END_CRAWL);
    expect(r).toMatchObject({ total: 13, page: 1, pages: 1, pageSize: 100 });
  });

  it("gives each row the person's details, the catalogue ids and the status", () => {
    const row = list().rows.find((r) => r.creditedName === "Nikolai Petrov")!;
    expect(row).toEqual({
      id: entry(project, "Nikolai Petrov", "Director of Photography").id,
      personId: personId(team, "Nikolai Petrov"),
      creditedName: "Nikolai Petrov",
      sortName: "Petrov, Nikolai",
      pronouns: null,
      email: null,
      unions: [],
      department: "Camera",
      departmentId: "camera",
      role: "Director of Photography",
      roleId: "camera.director-of-photography",
      sortKey: resolveRole({ role: "DP" }).sortKey,
      character: null,
      status: "none",
      revision: 1,
    });
  });

  it("reverses the end-crawl order with dir desc", () => {
    // Same department and role (the two Grips) still go by sort name ascending.
    expect(cells(list({ sort: "order", dir: "desc" }).rows)).toEqual([
      ["Pat Puppet", "Puppetry", "Puppeteer"],
      ["Wren Wizard", "Other", "Wizard"],
      ["Ada Aardvark", "Aardvarks", "Handler"],
      ["Maya Okafor", "Editorial", "Editor"],
      ["Zoe Adams", "Grip", "Grip"],
      ["Al Brown", "Grip", "Grip"],
      ["José García", "Grip", "Dolly Grip"],
      ["Chris Dalton", "Grip", "Key Grip"],
      ["Drew Flyer", "Camera", "Drone Whisperer"],
      ["Aisha Bello", "Camera", "First Assistant Camera"],
      ["Nikolai Petrov", "Camera", "Director of Photography"],
      ["Samuel Osei", "Direction", "First Assistant Director"],
      ["Maya Okafor", "Direction", "Director"],
    ]);
  });

  it("sorts by sort name, a person's hats in end-crawl order", () => {
    const asc = list({ sort: "name" }).rows.map((r) => `${r.sortName} / ${r.role}`);
    expect(asc).toEqual([
      "Aardvark, Ada / Handler",
      "Adams, Zoe / Grip",
      "Bello, Aisha / First Assistant Camera",
      "Brown, Al / Grip",
      "Dalton, Chris / Key Grip",
      "Flyer, Drew / Drone Whisperer",
      "García, José / Dolly Grip",
      "Okafor, Maya / Director",
      "Okafor, Maya / Editor",
      "Osei, Samuel / First Assistant Director",
      "Petrov, Nikolai / Director of Photography",
      "Puppet, Pat / Puppeteer",
      "Wizard, Wren / Wizard",
    ]);
    const desc = list({ sort: "name", dir: "desc" }).rows.map((r) => `${r.sortName} / ${r.role}`);
    expect(desc.slice(0, 6)).toEqual([
      "Wizard, Wren / Wizard",
      "Puppet, Pat / Puppeteer",
      "Petrov, Nikolai / Director of Photography",
      "Osei, Samuel / First Assistant Director",
      "Okafor, Maya / Director",
      "Okafor, Maya / Editor",
    ]);
    expect(desc.at(-1)).toBe("Aardvark, Ada / Handler");
  });

  it("sorts by role wording, ties by sort name", () => {
    expect(list({ sort: "role" }).rows.map((r) => `${r.role} / ${r.creditedName}`)).toEqual([
      "Director / Maya Okafor",
      "Director of Photography / Nikolai Petrov",
      "Dolly Grip / José García",
      "Drone Whisperer / Drew Flyer",
      "Editor / Maya Okafor",
      "First Assistant Camera / Aisha Bello",
      "First Assistant Director / Samuel Osei",
      "Grip / Zoe Adams",
      "Grip / Al Brown",
      "Handler / Ada Aardvark",
      "Key Grip / Chris Dalton",
      "Puppeteer / Pat Puppet",
      "Wizard / Wren Wizard",
    ]);
    expect(list({ sort: "role", dir: "desc" }).rows.map((r) => `${r.role} / ${r.creditedName}`).slice(0, 5)).toEqual([
      "Wizard / Wren Wizard",
      "Puppeteer / Pat Puppet",
      "Key Grip / Chris Dalton",
      "Handler / Ada Aardvark",
      "Grip / Zoe Adams",
    ]);
  });

  it("sorts names alphabetically regardless of case and accents", () => {
    const { project: p } = newProject([
      ["Mei Zhang", "Grip", "Grip"],
      ["Ana María de la Cruz", "Grip", "Grip"],
      ["Óscar Ábrego", "Grip", "Grip"],
      ["Zoe Adams", "Grip", "Grip"],
    ]);
    const sortNames = listRoster(t.db, as(viewer), p.id, { sort: "name" }).rows.map((r) => r.sortName);
    expect(sortNames).toEqual(["Ábrego, Óscar", "Adams, Zoe", "de la Cruz, Ana María", "Zhang, Mei"]);
  });

  it("filters by department and by role (display names)", () => {
    expect(cells(list({ department: "Camera" }).rows)).toEqual(END_CRAWL.filter((c) => c[1] === "Camera"));
    expect(cells(list({ department: "Other" }).rows)).toEqual([["Wren Wizard", "Other", "Wizard"]]);
    expect(cells(list({ role: "Grip" }).rows)).toEqual([
      ["Zoe Adams", "Grip", "Grip"],
      ["Al Brown", "Grip", "Grip"],
    ]);
    expect(list({ department: "Camera", role: "Grip" })).toMatchObject({ rows: [], total: 0, pages: 1, page: 1 });
  });

  it("filters by union from the people's JSON list", () => {
    expect(list({ union: "DGA" }).rows.map((r) => [r.creditedName, r.role])).toEqual([
      ["Maya Okafor", "Director"],
      ["Samuel Osei", "First Assistant Director"],
      ["Maya Okafor", "Editor"],
    ]);
    expect(list({ union: "IATSE" }).rows.map((r) => r.creditedName)).toEqual(["Maya Okafor", "Chris Dalton", "Maya Okafor"]);
    expect(list({ union: "WGA" }).total).toBe(0);
    // A union name is not matched as a substring of the JSON text.
    expect(list({ union: "DG" }).total).toBe(0);
  });

  it("searches names without accents or case", () => {
    expect(list({ q: "jose" }).rows.map((r) => r.creditedName)).toEqual(["José García"]);
    expect(list({ q: "GARCÍA" }).rows.map((r) => r.creditedName)).toEqual(["José García"]);
    expect(list({ q: "okafor" }).total).toBe(2);
    expect(list({ q: "  " }).total).toBe(13);
    expect(list({ q: "nobody" })).toMatchObject({ rows: [], total: 0 });
  });

  it("combines filters", () => {
    expect(cells(list({ q: "maya", department: "Editorial", union: "DGA" }).rows)).toEqual([["Maya Okafor", "Editorial", "Editor"]]);
  });

  it("pages with total and pages, keeping the order across pages", () => {
    const pages = [1, 2, 3, 4, 5].map((page) => list({ pageSize: 3, page }));
    expect(pages.map((p) => [p.page, p.pages, p.total, p.rows.length])).toEqual([
      [1, 5, 13, 3],
      [2, 5, 13, 3],
      [3, 5, 13, 3],
      [4, 5, 13, 3],
      [5, 5, 13, 1],
    ]);
    expect(pages.flatMap((p) => cells(p.rows))).toEqual(END_CRAWL);
  });

  it("clamps a page past the end to the last page, and a page below 1 to the first", () => {
    const past = list({ pageSize: 5, page: 99 });
    expect(past).toMatchObject({ page: 3, pages: 3, total: 13 });
    expect(cells(past.rows)).toEqual(END_CRAWL.slice(10));
    expect(list({ pageSize: 5, page: 0 }).page).toBe(1);
    expect(list({ pageSize: 5, page: -3 }).rows).toHaveLength(5);
  });

  it("clamps the page size to 1…500", () => {
    expect(list({ pageSize: 0 })).toMatchObject({ pageSize: 1, pages: 13 });
    expect(list({ pageSize: 10_000 }).pageSize).toBe(500);
  });

  it("gives an empty roster one empty page", () => {
    const { project: empty } = newProject([]);
    expect(listRoster(t.db, as(editor), empty.id, { page: 4 })).toEqual({ rows: [], total: 0, page: 1, pages: 1, pageSize: 100 });
  });

  it("answers NotFound to a non-member and for an unknown project, and never lists another project's entries", () => {
    expect(thrownBy(() => listRoster(t.db, as(outsider), project.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => listRoster(t.db, as(editor), "no-such-project"))).toBeInstanceOf(NotFoundError);
    const sibling = seedProject(t.db, team, { title: "Tidewater" }, [["Maya Okafor", "Producers", "Producer"]]);
    expect(cells(listRoster(t.db, as(viewer), sibling.id).rows)).toEqual([["Maya Okafor", "Producers", "Producer"]]);
    expect(list().total).toBe(13);
  });
});

describe("rosterFacets", () => {
  it("lists the project's departments and roles in end-crawl order with counts", () => {
    const { project } = newProject(CREW);
    const f = rosterFacets(t.db, as(viewer), project.id);
    expect(f.departments).toEqual([
      { department: "Direction", entries: 2 },
      { department: "Camera", entries: 3 },
      { department: "Grip", entries: 4 },
      { department: "Editorial", entries: 1 },
      { department: "Aardvarks", entries: 1 },
      { department: "Other", entries: 1 },
      { department: "Puppetry", entries: 1 },
    ]);
    expect(f.roles).toEqual([
      { role: "Director", entries: 1 },
      { role: "First Assistant Director", entries: 1 },
      { role: "Director of Photography", entries: 1 },
      { role: "First Assistant Camera", entries: 1 },
      { role: "Drone Whisperer", entries: 1 },
      { role: "Key Grip", entries: 1 },
      { role: "Dolly Grip", entries: 1 },
      { role: "Grip", entries: 2 },
      { role: "Editor", entries: 1 },
      { role: "Handler", entries: 1 },
      { role: "Puppeteer", entries: 1 },
      { role: "Wizard", entries: 1 },
    ]);
  });

  it("counts a role worded the same in two departments once, at its first place", () => {
    const { project } = newProject([
      ["A Person", "Grip", "Rigging Consultant"],
      ["B Person", "Camera", "Rigging Consultant"],
    ]);
    expect(rosterFacets(t.db, as(viewer), project.id).roles).toEqual([{ role: "Rigging Consultant", entries: 2 }]);
  });

  it("is empty for an empty roster and refuses a non-member", () => {
    const { project } = newProject([]);
    expect(rosterFacets(t.db, as(viewer), project.id)).toEqual({ departments: [], roles: [] });
    expect(thrownBy(() => rosterFacets(t.db, as(outsider), project.id))).toBeInstanceOf(NotFoundError);
  });
});

describe("updateRosterEntry", () => {
  it("changes the role and department, resolving them again", () => {
    const { project } = newProject([["Nikolai Petrov", "Camera", "Camera Operator"]]);
    const e = entry(project, "Nikolai Petrov", "Camera Operator");
    const updated = updateRosterEntry(t.db, as(editor), project.id, e.id, { department: "", role: "dop" }, e.revision);
    expect(updated).toMatchObject({ id: e.id, personId: e.personId, department: "Camera", role: "Director of Photography", roleId: "camera.director-of-photography" });
    const free = updateRosterEntry(t.db, as(editor), project.id, e.id, { department: "Grip", role: "Crane Whisperer" }, updated.revision);
    expect(free).toMatchObject({ department: "Grip", departmentId: "grip", role: "Crane Whisperer", roleId: null, sortKey: resolveRole({ department: "Grip", role: "x" }).sortKey });
    expect(entryRow(e.id)).toEqual(free);
  });

  it("refuses a viewer and an entry of another project, changing nothing", () => {
    const { team, project } = newProject([["Nikolai Petrov", "Camera", "DP"]]);
    const sibling = seedProject(t.db, team, { title: "Tidewater" }, [["Nikolai Petrov", "Camera", "DP"]]);
    const e = entry(project, "Nikolai Petrov", "Director of Photography");
    expect(thrownBy(() => updateRosterEntry(t.db, as(viewer), project.id, e.id, { role: "Gaffer" }, e.revision))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => updateRosterEntry(t.db, as(editor), sibling.id, e.id, { role: "Gaffer" }, e.revision))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => updateRosterEntry(t.db, as(outsider), project.id, e.id, { role: "Gaffer" }, e.revision))).toBeInstanceOf(NotFoundError);
    expect(entryRow(e.id)).toEqual(e);
  });

  it("refuses to give a person a hat they already have on the project", () => {
    const { project } = newProject([
      ["Maya Okafor", "Direction", "Director"],
      ["Maya Okafor", "Editorial", "Editor"],
    ]);
    const editorEntry = entry(project, "Maya Okafor", "Editor");
    expect(thrownBy(() => updateRosterEntry(t.db, as(editor), project.id, editorEntry.id, { department: "Direction", role: "Director" }, editorEntry.revision))).toBeInstanceOf(InvalidError);
  });

  it("two people editing one entry: the second save, from the revision both opened, is refused and the first one's change stays", () => {
    const { project } = newProject([["Nikolai Petrov", "Camera", "Camera Operator"]]);
    const e = entry(project, "Nikolai Petrov", "Camera Operator");
    const first = updateRosterEntry(t.db, as(editor), project.id, e.id, { department: "Camera", role: "Director of Photography" }, e.revision);
    const err = thrownBy(() => updateRosterEntry(t.db, as(owner), project.id, e.id, { department: "Grip", role: "Key Grip" }, e.revision));
    expect(err).toBeInstanceOf(StaleRevisionError);
    expect((err as Error).message).toMatch(/^Eddie Editor changed this roster entry since you opened it\./);
    expect(entryRow(e.id)).toMatchObject({ role: "Director of Photography", revision: first.revision, updatedBy: editor.id });
  });

  it("a bulk move counts as a change: an edit opened before it is refused", () => {
    const { project } = newProject([["Nikolai Petrov", "Camera", "Camera Operator"]]);
    const e = entry(project, "Nikolai Petrov", "Camera Operator");
    bulkChangeDepartment(t.db, as(owner), project.id, [e.id], "Grip");
    expect(thrownBy(() => updateRosterEntry(t.db, as(editor), project.id, e.id, { department: "Camera", role: "Focus Puller" }, e.revision))).toBeInstanceOf(StaleRevisionError);
    expect(entryRow(e.id)?.department).toBe("Grip");
  });
});

describe("bulkChangeDepartment", () => {
  const crew: Crew = [
    ["Nikolai Petrov", "Camera", "DP"],
    ["Aisha Bello", "Camera", "Drone Whisperer"],
    ["Chris Dalton", "Grip", "Key Grip"],
  ];

  it("moves entries to another department; roles keep their wording (a catalogue role stays canonical, filed there)", () => {
    const { project } = newProject(crew);
    const ids = [entry(project, "Nikolai Petrov", "Director of Photography").id, entry(project, "Aisha Bello", "Drone Whisperer").id];
    expect(bulkChangeDepartment(t.db, as(editor), project.id, ids, "Grip")).toBe(2);
    const freeGrip = resolveRole({ department: "Grip", role: "Something" }).sortKey;
    expect(entryRow(ids[0]!)).toMatchObject({ department: "Grip", departmentId: "grip", role: "Director of Photography", roleId: "camera.director-of-photography", sortKey: resolveRole({ department: "Grip", role: "DP" }).sortKey });
    expect(entryRow(ids[1]!)).toMatchObject({ department: "Grip", departmentId: "grip", role: "Drone Whisperer", roleId: null, sortKey: freeGrip });
    // The moved entries now sort after the Key Grip: the catalogue's DP, then the free text.
    expect(cells(listRoster(t.db, as(viewer), project.id).rows).map((c) => c[0])).toEqual(["Chris Dalton", "Nikolai Petrov", "Aisha Bello"]);
  });

  it("keeps a role canonical when the new department has it, and accepts an unknown department", () => {
    const { project } = newProject([["Owen McCarthy", "Camera", "Lamp Wrangler"], ...crew]);
    const lamp = entry(project, "Owen McCarthy", "Lamp Wrangler");
    const dp = entry(project, "Nikolai Petrov", "Director of Photography");
    bulkChangeDepartment(t.db, as(editor), project.id, [dp.id], "Puppetry");
    expect(entryRow(dp.id)).toMatchObject({ department: "Puppetry", departmentId: null, role: "Director of Photography", roleId: null });
    bulkChangeDepartment(t.db, as(editor), project.id, [dp.id], "cinematography");
    expect(entryRow(dp.id)).toMatchObject({ department: "Camera", departmentId: "camera", roleId: "camera.director-of-photography", sortKey: dp.sortKey });
    expect(entryRow(lamp.id)).toEqual(lamp);
  });

  it("counts a repeated id once", () => {
    const { project } = newProject(crew);
    const id = entry(project, "Chris Dalton", "Key Grip").id;
    expect(bulkChangeDepartment(t.db, as(editor), project.id, [id, id], "Electric")).toBe(1);
  });

  it("moves nothing when one id belongs to another project (all or nothing)", () => {
    const { team, project } = newProject(crew);
    const sibling = seedProject(t.db, team, { title: "Tidewater" }, [["Chris Dalton", "Grip", "Key Grip"]]);
    const before = entriesOf(project);
    const foreign = entry(sibling, "Chris Dalton", "Key Grip").id;
    const error = thrownBy(() => bulkChangeDepartment(t.db, as(editor), project.id, [...before.map((e) => e.id), foreign], "Electric"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain("Nothing was changed");
    expect(byId(entriesOf(project))).toEqual(byId(before));
    expect(thrownBy(() => bulkChangeDepartment(t.db, as(editor), project.id, [before[0]!.id, "no-such-entry"], "Electric"))).toBeInstanceOf(NotFoundError);
    expect(byId(entriesOf(project))).toEqual(byId(before));
  });

  it("rolls back the entries already moved when a later update fails", () => {
    const { project } = newProject(crew);
    const before = entriesOf(project);
    const last = before[before.length - 1]!;
    withFailingTrigger("before update on roster_entries", `old.id = '${last.id}'`, () => {
      expect(() => bulkChangeDepartment(t.db, as(editor), project.id, before.map((e) => e.id), "Electric")).toThrow("boom");
    });
    expect(byId(entriesOf(project))).toEqual(byId(before));
  });

  it("never leaves a person with the same department and role twice", () => {
    const { project } = newProject([
      ["Maya Okafor", "Grip", "Rigging Consultant"],
      ["Maya Okafor", "Camera", "Rigging Consultant"],
    ]);
    const camera = entriesOf(project).find((e) => e.department === "Camera")!;
    try {
      bulkChangeDepartment(t.db, as(editor), project.id, [camera.id], "Grip");
    } catch {
      // Refusing the move is fine too.
    }
    const hats = entriesOf(project).map((e) => `${e.personId}/${e.department}/${e.role}`);
    expect(new Set(hats).size).toBe(hats.length);
  });

  it("refuses a viewer and a non-member, moving nothing", () => {
    const { project } = newProject(crew);
    const before = entriesOf(project);
    const ids = before.map((e) => e.id);
    expect(thrownBy(() => bulkChangeDepartment(t.db, as(viewer), project.id, ids, "Electric"))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => bulkChangeDepartment(t.db, as(outsider), project.id, ids, "Electric"))).toBeInstanceOf(NotFoundError);
    expect(byId(entriesOf(project))).toEqual(byId(before));
  });
});

describe("removeRosterEntries and restoreRosterEntries", () => {
  const crew: Crew = [
    ["Nikolai Petrov", "Camera", "DP"],
    ["Aisha Bello", "Camera", "Drone Whisperer"],
    ["Pat Puppet", "Puppetry", "Puppeteer"],
    ["Wren Wizard", "", "Wizard"],
    ["Chris Dalton", "Grip", "Key Grip"],
  ];
  const key = (e: RosterEntry) => ({ id: e.id, personId: e.personId, projectId: e.projectId, department: e.department, departmentId: e.departmentId, role: e.role, roleId: e.roleId, sortKey: e.sortKey });

  it("removes entries and returns them; undo brings back the same ids, departments and roles", () => {
    const { project } = newProject(crew);
    const before = entriesOf(project);
    const gone = before.filter((e) => e.role !== "Key Grip");
    const { rows: removed, undoToken } = removeRosterEntries(t.db, as(editor), project.id, gone.map((e) => e.id));
    expect(byId(removed)).toEqual(byId(gone));
    expect(entriesOf(project).map((e) => e.role)).toEqual(["Key Grip"]);

    expect(restoreRosterEntries(t.db, as(editor), project.id, undoToken)).toEqual({ restored: 4, removed: 4 });
    expect(byId(entriesOf(project)).map(key)).toEqual(byId(before).map(key));
    expect(cells(listRoster(t.db, as(viewer), project.id).rows)).toEqual([
      ["Nikolai Petrov", "Camera", "Director of Photography"],
      ["Aisha Bello", "Camera", "Drone Whisperer"],
      ["Chris Dalton", "Grip", "Key Grip"],
      ["Wren Wizard", "Other", "Wizard"],
      ["Pat Puppet", "Puppetry", "Puppeteer"],
    ]);
  });

  it("restores an entry moved to another department where it was, not in its catalogue department", () => {
    const { project } = newProject(crew);
    const dp = entry(project, "Nikolai Petrov", "Director of Photography");
    bulkChangeDepartment(t.db, as(editor), project.id, [dp.id], "Grip");
    const moved = entryRow(dp.id)!;
    const { undoToken } = removeRosterEntries(t.db, as(editor), project.id, [dp.id]);
    restoreRosterEntries(t.db, as(editor), project.id, undoToken);
    expect(key(entryRow(dp.id)!)).toEqual(key(moved));
    expect(entryRow(dp.id)).toMatchObject({ department: "Grip", departmentId: "grip", role: "Director of Photography", roleId: "camera.director-of-photography" });
  });

  it("an undo token restores once; a second undo is refused and adds nothing", () => {
    const { project } = newProject(crew);
    const { undoToken } = removeRosterEntries(t.db, as(editor), project.id, [entry(project, "Chris Dalton", "Key Grip").id]);
    restoreRosterEntries(t.db, as(editor), project.id, undoToken);
    expect(thrownBy(() => restoreRosterEntries(t.db, as(editor), project.id, undoToken))).toBeInstanceOf(NotFoundError);
    expect(entriesOf(project)).toHaveLength(5);
  });

  it("an undo token is only good for who removed, on that project: another editor, project or team restores nothing", () => {
    const { team, project } = newProject(crew);
    const sibling = seedProject(t.db, team, { title: "Tidewater" }, []);
    const { rows, undoToken } = removeRosterEntries(t.db, as(editor), project.id, [entry(project, "Chris Dalton", "Key Grip").id]);
    expect(thrownBy(() => restoreRosterEntries(t.db, as(owner), project.id, undoToken))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => restoreRosterEntries(t.db, as(editor), sibling.id, undoToken))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => restoreRosterEntries(t.db, as(outsider), project.id, undoToken))).toBeInstanceOf(NotFoundError);
    expect(entryRow(rows[0]!.id)).toBeUndefined();
    expect(entriesOf(sibling)).toHaveLength(0);
  });

  it("reports what it restored, not what was removed: a person deleted since, or a hat given again, is skipped", () => {
    const { project } = newProject(crew);
    const puppet = entry(project, "Pat Puppet", "Puppeteer");
    const grip = entry(project, "Chris Dalton", "Key Grip");
    const dp = entry(project, "Nikolai Petrov", "Director of Photography");
    const { undoToken } = removeRosterEntries(t.db, as(editor), project.id, [puppet.id, grip.id, dp.id]);
    t.db.delete(people).where(eq(people.id, puppet.personId)).run();
    addToRoster(t.db, as(editor), project.id, { personId: grip.personId, department: "Grip", role: "Key Grip" });
    expect(restoreRosterEntries(t.db, as(editor), project.id, undoToken)).toEqual({ restored: 1, removed: 3 });
    expect(entryRow(dp.id)).toBeDefined();
    expect(entryRow(grip.id)).toBeUndefined();
  });

  it("removes nothing when one id is not on the project (all or nothing)", () => {
    const { team, project } = newProject(crew);
    const sibling = seedProject(t.db, team, { title: "Tidewater" }, [["Chris Dalton", "Grip", "Key Grip"]]);
    const ids = [entry(project, "Chris Dalton", "Key Grip").id, entry(sibling, "Chris Dalton", "Key Grip").id];
    expect(thrownBy(() => removeRosterEntries(t.db, as(editor), project.id, ids))).toBeInstanceOf(NotFoundError);
    expect(entriesOf(project)).toHaveLength(5);
    expect(entriesOf(sibling)).toHaveLength(1);
  });

  it("refuses a viewer both ways, changing nothing", () => {
    const { project } = newProject(crew);
    const before = entriesOf(project);
    expect(thrownBy(() => removeRosterEntries(t.db, as(viewer), project.id, [before[0]!.id]))).toBeInstanceOf(ForbiddenError);
    const { undoToken } = removeRosterEntries(t.db, as(editor), project.id, [before[0]!.id]);
    expect(thrownBy(() => restoreRosterEntries(t.db, as(viewer), project.id, undoToken))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => restoreRosterEntries(t.db, as(outsider), project.id, undoToken))).toBeInstanceOf(NotFoundError);
    expect(entriesOf(project)).toHaveLength(4);
  });
});

describe("rosterForExport", () => {
  it("gives every entry in end-crawl order with the person's fields and the status", () => {
    const { team, project } = newProject(CREW);
    t.db
      .update(people)
      .set({ legalName: "Maya Adaeze Okafor", pronouns: "she/her", email: "maya@harbor.film", phone: "555-0100", unions: ["DGA"], notes: "Prefers email." })
      .where(eq(people.id, personId(team, "Maya Okafor")))
      .run();
    const { project: p, rows, contacts } = rosterForExport(t.db, as(editor), project.id, NOW);
    expect(p.id).toBe(project.id);
    expect(contacts).toBe(true);
    expect(cells(rows)).toEqual(END_CRAWL);
    expect(rows[0]).toEqual({
      creditedName: "Maya Okafor",
      sortName: "Okafor, Maya",
      legalName: "Maya Adaeze Okafor",
      pronouns: "she/her",
      email: "maya@harbor.film",
      phone: "555-0100",
      unions: ["DGA"],
      notes: "Prefers email.",
      department: "Direction",
      role: "Director",
      status: "none",
    });
    expect(rosterForExport(t.db, as(owner), project.id, NOW).rows[0]?.email).toBe("maya@harbor.film");
  });

  it("gives a Viewer names, roles, pronouns and unions, never contact details", () => {
    const { team, project } = newProject(CREW);
    t.db
      .update(people)
      .set({ legalName: "Maya Adaeze Okafor", pronouns: "she/her", email: "maya@harbor.film", phone: "555-0100", unions: ["DGA"], notes: "Prefers email." })
      .where(eq(people.id, personId(team, "Maya Okafor")))
      .run();
    const { rows, contacts } = rosterForExport(t.db, as(viewer), project.id, NOW);
    expect(contacts).toBe(false);
    expect(cells(rows)).toEqual(END_CRAWL);
    expect(rows[0]).toMatchObject({ creditedName: "Maya Okafor", pronouns: "she/her", unions: ["DGA"], role: "Director", legalName: null, email: null, phone: null, notes: null });
    expect(JSON.stringify(rows)).not.toMatch(/maya@harbor|555-0100|Adaeze|Prefers email/);
    expect(listRoster(t.db, as(viewer), project.id).rows.every((r) => r.email === null)).toBe(true);
    expect(rosterPeople(t.db, as(viewer), project.id).every((r) => r.email === null)).toBe(true);
    expect(listRoster(t.db, as(editor), project.id).rows.find((r) => r.creditedName === "Maya Okafor")?.email).toBe("maya@harbor.film");
  });

  it("refuses a non-member", () => {
    const { project } = newProject([]);
    expect(thrownBy(() => rosterForExport(t.db, as(outsider), project.id))).toBeInstanceOf(NotFoundError);
    expect(rosterForExport(t.db, as(viewer), project.id).rows).toEqual([]);
  });
});

describe("rosterPeople", () => {
  it("lists each person once, in end-crawl order of their first entry, with all their roles", () => {
    // Only one free-text department: rosterPeople ties free-text departments by sort name, not by department.
    const { project } = newProject(CREW.filter(([, department]) => department !== "Puppetry" && department !== ""));
    const rows = rosterPeople(t.db, as(viewer), project.id);
    expect(rows.map((r) => r.creditedName)).toEqual([...new Set(END_CRAWL.filter(([, d]) => d !== "Puppetry" && d !== "Other").map((c) => c[0]))]);
    const maya = rows.find((r) => r.creditedName === "Maya Okafor")!;
    expect(maya.roles.split(", ").sort()).toEqual(["Director", "Editor"]);
  });

  it("refuses a non-member", () => {
    const { project } = newProject(CREW);
    expect(thrownBy(() => rosterPeople(t.db, as(outsider), project.id))).toBeInstanceOf(NotFoundError);
  });
});

describe("name-check status on the roster", () => {
  type CheckSpec = Partial<typeof nameChecks.$inferInsert>;
  /** Each person's checks (oldest first) and the status the roster should show. */
  const CASES: ReadonlyArray<readonly [string, CheckSpec[], NameStatus]> = [
    ["Conf Irmed", [{ response: "confirmed" }], "confirmed"],
    ["Acce Pted", [{ response: "proposed", decision: "accepted" }], "confirmed"],
    ["Pend Ing", [{ response: "proposed" }], "pending"],
    ["Reje Cted", [{ response: "proposed", decision: "rejected" }], "none"],
    ["Open Link", [{}], "awaiting"],
    ["Expi Red", [{ expiresAt: new Date(NOW - DAY) }], "none"],
    ["Revo Ked", [{ revokedAt: new Date(NOW - DAY) }], "none"],
    ["Nev Er", [], "none"],
    // The latest check decides: a new link after an old confirmation is awaiting again.
    ["Lat Est", [{ response: "confirmed" }, {}], "awaiting"],
    ["Old Open", [{}, { response: "confirmed" }], "confirmed"],
  ];
  let project: Project;
  let team: Team;
  const checks = new Map<string, NameCheck[]>();

  beforeAll(() => {
    ({ team, project } = newProject(CASES.map(([name], i) => [name, "Grip", i % 2 ? "Grip" : "Dolly Grip"] as const)));
    const elsewhere = seedProject(t.db, team, { title: "Tidewater" }, [["Nev Er", "Grip", "Grip"]]);
    for (const [name, specs] of CASES) {
      const pid = personId(team, name);
      checks.set(
        name,
        specs.map((spec, i) =>
          t.db
            .insert(nameChecks)
            .values({ id: newId(), projectId: project.id, personId: pid, tokenHash: newId(), createdAt: new Date(NOW - (10 - i) * DAY), expiresAt: new Date(NOW + 7 * DAY), ...spec })
            .returning()
            .get(),
        ),
      );
    }
    // A confirmation on another project does not count here.
    t.db.insert(nameChecks).values({ id: newId(), projectId: elsewhere.id, personId: personId(team, "Nev Er"), tokenHash: newId(), expiresAt: new Date(NOW + DAY), response: "confirmed" }).run();
  });

  const statuses = (rows: RosterRow[]) => Object.fromEntries(rows.map((r) => [r.creditedName, r.status]));

  it("shows each entry's status from the person's latest check on the project", () => {
    expect(statuses(listRoster(t.db, as(viewer), project.id, {}, NOW).rows)).toEqual(Object.fromEntries(CASES.map(([name, , status]) => [name, status])));
  });

  it("agrees with nameStatus on the latest check", () => {
    const rows = listRoster(t.db, as(viewer), project.id, {}, NOW).rows;
    for (const row of rows) {
      const latest = checks.get(row.creditedName)!.at(-1) ?? null;
      expect(row.status, row.creditedName).toBe(nameStatus(latest, NOW));
    }
  });

  it("uses `now` to decide whether a link is still open", () => {
    const later = NOW + 8 * DAY;
    const rows = listRoster(t.db, as(viewer), project.id, {}, later).rows;
    expect(statuses(rows)["Open Link"]).toBe("none");
    expect(statuses(rows)["Pend Ing"]).toBe("pending");
    expect(rosterForExport(t.db, as(viewer), project.id, later).rows.find((r) => r.creditedName === "Open Link")?.status).toBe("none");
  });

  it("filters by status", () => {
    const names = (status: NameStatus) => listRoster(t.db, as(viewer), project.id, { status }, NOW).rows.map((r) => r.creditedName).sort();
    expect(names("confirmed")).toEqual(["Acce Pted", "Conf Irmed", "Old Open"]);
    expect(names("pending")).toEqual(["Pend Ing"]);
    expect(names("awaiting")).toEqual(["Lat Est", "Open Link"]);
    expect(names("none")).toEqual(["Expi Red", "Nev Er", "Reje Cted", "Revo Ked"]);
    expect(listRoster(t.db, as(viewer), project.id, { status: "pending" }, NOW)).toMatchObject({ total: 1, pages: 1 });
  });

  it("sorts by status, grouping each status together, end-crawl order within a group", () => {
    const asc = listRoster(t.db, as(viewer), project.id, { sort: "status" }, NOW).rows;
    const desc = listRoster(t.db, as(viewer), project.id, { sort: "status", dir: "desc" }, NOW).rows;
    const groups = (rows: RosterRow[]) => rows.map((r) => r.status).filter((s, i, all) => i === 0 || all[i - 1] !== s);
    expect(groups(asc)).toHaveLength(4);
    expect(groups(desc)).toEqual([...groups(asc)].reverse());
    for (const rows of [asc, desc]) {
      for (let i = 1; i < rows.length; i++) {
        if (rows[i]!.status === rows[i - 1]!.status) expect(rows[i]!.sortKey).toBeGreaterThanOrEqual(rows[i - 1]!.sortKey);
      }
    }
  });

  it("shows the status in the export", () => {
    const rows = rosterForExport(t.db, as(viewer), project.id, NOW).rows;
    expect(Object.fromEntries(rows.map((r) => [r.creditedName, r.status]))).toEqual(Object.fromEntries(CASES.map(([name, , status]) => [name, status])));
  });
});

describe("cast characters", () => {
  it("a cast entry keeps the character it plays; moving it out of Cast drops it", async () => {
    const team = seedTeam(t.db, `Team ${Math.random().toString(36).slice(2, 8)}`, [{ user: owner, role: "owner" }]);
    const project = seedProject(t.db, team, { title: "Cast test" }, [["Ida Marsh", "Cast", "Lead Actor"]]);
    const [row] = listRoster(t.db, as(owner), project.id).rows;
    const named = updateRosterEntry(t.db, as(owner), project.id, row!.id, { department: "Cast", role: "Lead Actor", character: " Captain Ruth Vale " }, row!.revision);
    expect(named.character).toBe("Captain Ruth Vale");
    // Leaving the character out keeps it; moving the entry to another department drops it.
    const kept = updateRosterEntry(t.db, as(owner), project.id, row!.id, { department: "Cast", role: "Lead Actor" }, named.revision);
    expect(kept.character).toBe("Captain Ruth Vale");
    expect(updateRosterEntry(t.db, as(owner), project.id, row!.id, { department: "Stunts", role: "Stunt Double", character: "Captain Ruth Vale" }, kept.revision).character).toBeNull();
  });
});
