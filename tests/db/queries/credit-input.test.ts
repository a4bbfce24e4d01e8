import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { schema, type DB } from "@/db";
import { loadEngineRows } from "@/db/queries/credit-input";
import { customResponsibilities, people, workEntries, type NewWorkEntry, type Project, type Team } from "@/db/schema";
import { seedProject, seedTeam } from "@/db/seed";
import { suggestCredits } from "@/lib/credits/engine";
import { newId } from "@/lib/tokens";
import { RESPONSIBILITIES } from "@/lib/work/taxonomy";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
let team: Team;
let project: Project, other: Project;
let maya: string, tomas: string, grace: string, nadia: string;

const personId = (name: string) => t.db.select({ id: people.id }).from(people).where(eq(people.creditedName, name)).get()!.id;

function work(projectOf: Project, person: string, over: Partial<NewWorkEntry> = {}): NewWorkEntry {
  const row: NewWorkEntry = { id: newId(), projectId: projectOf.id, personId: person, responsibilityId: "writing", stage: "development", degree: "lead", ...over };
  t.db.insert(workEntries).values(row).run();
  return row;
}

beforeAll(() => {
  t = createTestDb();
  team = seedTeam(t.db, "Lighthouse", []);
});

// Every test gets projects of its own (the team's people are shared), so none depends on
// what another logged.
beforeEach(() => {
  // Maya wears two hats on Harbor Lights; Tomás is on its roster with no work logged.
  project = seedProject(t.db, team, { title: "Harbor Lights" }, [
    ["Maya Okafor", "Producers", "Producer"],
    ["Maya Okafor", "Direction", "Director"],
    ["Tomás Herrera", "Producers", "Line Producer"],
  ]);
  // Grace is only on Tidewater's roster but logged work on Harbor Lights; Nadia is on neither's work.
  other = seedProject(t.db, team, { title: "Tidewater" }, [
    ["Grace Whitfield", "Direction", "Director"],
    ["Nadia Haddad", "Camera", "Director of Photography"],
  ]);
  maya = personId("Maya Okafor");
  tomas = personId("Tomás Herrera");
  grace = personId("Grace Whitfield");
  nadia = personId("Nadia Haddad");
});
afterAll(() => t.close());

describe("loadEngineRows", () => {
  it("returns an empty work log for a project with no work, with its roster", () => {
    const fresh = seedProject(t.db, team, { title: "Empty" }, [["Maya Okafor", "Producers", "Producer"]]);
    expect(loadEngineRows(t.db, fresh.id)).toEqual({ people: [{ id: maya, name: "Maya Okafor" }], entries: [], custom: [] });
  });

  it("maps every column the engine reads, keeps nulls, and reads only the project's entries", () => {
    const financing = work(project, maya, { responsibilityId: "securing-financing", stage: "pre-production", degree: "equal", effortHours: 12.5, amountRaised: 250_000, note: "Term sheet" });
    const directing = work(project, maya, { responsibilityId: "directing", stage: "production", degree: "supporting" });
    work(other, nadia, { responsibilityId: "cinematography", stage: "production" });
    const rows = loadEngineRows(t.db, project.id);
    const byId = new Map(rows.entries.map((e) => [e.id, e]));
    expect(rows.entries).toHaveLength(2);
    expect(byId.get(financing.id)).toEqual({
      id: financing.id,
      personId: maya,
      responsibilityId: "securing-financing",
      stage: "pre-production",
      degree: "equal",
      effortHours: 12.5,
      amountRaised: 250_000,
    });
    expect(byId.get(directing.id)).toEqual({
      id: directing.id,
      personId: maya,
      responsibilityId: "directing",
      stage: "production",
      degree: "supporting",
      effortHours: null,
      amountRaised: null,
    });
  });

  it("lists the roster once per person, plus people with work but no roster entry, sorted by id", () => {
    work(project, grace, { responsibilityId: "editing", stage: "post-production" });
    const rows = loadEngineRows(t.db, project.id);
    const expected = [
      { id: maya, name: "Maya Okafor" },
      { id: tomas, name: "Tomás Herrera" },
      { id: grace, name: "Grace Whitfield" },
    ].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(rows.people).toEqual(expected);
    expect(rows.people.map((p) => p.id)).not.toContain(nadia);
  });

  it("returns the project's custom responsibilities only, oldest first", () => {
    const add = (projectOf: Project, name: string, createdAt: number) =>
      t.db
        .insert(customResponsibilities)
        .values({ id: newId(), projectId: projectOf.id, responsibilityId: `custom:${name.toLowerCase()}`, name, lane: "execution", stages: ["production"], description: "", createdAt: new Date(createdAt) })
        .run();
    add(project, "Drones", 2_000);
    add(project, "Boats", 1_000);
    add(other, "Horses", 500);
    expect(loadEngineRows(t.db, project.id).custom.map((c) => [c.responsibilityId, c.name, c.lane, c.stages])).toEqual([
      ["custom:boats", "Boats", "execution", ["production"]],
      ["custom:drones", "Drones", "execution", ["production"]],
    ]);
  });

  it("passes a stage or degree it does not know through unchanged (the engine skips such rows)", () => {
    const odd = work(project, tomas, { stage: "reshoots" as never, degree: "huge" as never });
    const rows = loadEngineRows(t.db, project.id);
    expect(rows.entries.find((e) => e.id === odd.id)).toMatchObject({ stage: "reshoots", degree: "huge" });
    t.db.delete(workEntries).where(eq(workEntries.id, odd.id)).run();
  });

  it("reads inside a transaction too, and feeds the engine directly", () => {
    work(project, grace, { responsibilityId: "editing", stage: "post-production" });
    const rows = t.db.transaction((tx) => loadEngineRows(tx, project.id));
    expect(rows).toEqual(loadEngineRows(t.db, project.id));
    const out = suggestCredits({ budget: { amount: 1_000_000, currency: "USD" }, people: rows.people, responsibilities: RESPONSIBILITIES, entries: rows.entries });
    expect(out.suggestions.map((s) => [s.personId, s.title])).toContainEqual([grace, "edited-by"]);
    expect(Object.keys(out.stats.byPerson).sort()).toEqual(rows.people.map((p) => p.id).sort());
  });
});

describe("loadEngineRows: the work log read", () => {
  it("reads the work log off a covering index, never the table (its time grows linearly with the log)", () => {
    const statements: string[] = [];
    const traced = new Database(t.file, { verbose: (message) => statements.push(String(message)) });
    try {
      loadEngineRows(drizzle(traced, { schema }) as unknown as DB, project.id);
    } finally {
      traced.close();
    }
    const read = statements.find((s) => /from\s+"work_entries"/i.test(s) && !/union/i.test(s));
    expect(read).toBeDefined();
    const plan = t.sqlite.prepare(`explain query plan ${read!}`).all(...Array.from({ length: (read!.match(/\?/g) ?? []).length }, () => project.id)) as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual([expect.stringMatching(/^SEARCH work_entries USING COVERING INDEX work_entries_engine_idx \(project_id=\?\)$/)]);
  });
});
