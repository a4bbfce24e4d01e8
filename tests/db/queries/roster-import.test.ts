import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitImport, importDirectory, previewImport, writeImport } from "@/db/queries/roster-import";
import type { Project, Team, User } from "@/db/schema";
import { seedProject } from "@/db/seed";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { planCommit } from "@/lib/roster/import/requests";
import { as, createTestDb, makeRoleUsers, roleTeam, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team;

beforeAll(async () => {
  t = createTestDb();
  const users = await makeRoleUsers(t.db);
  ({ owner, editor, viewer, outsider } = users);
  team = roleTeam(t.db, users);
});
afterAll(() => t.close());

const mapping = { Name: "creditedName", Position: "role", Email: "email" } as const;
const tableOf = (rows: string[][]) => ({ headers: ["Name", "Position", "Email"], rows, rowNumbers: rows.map((_, i) => i + 2) });
const newProject = (): Project => seedProject(t.db, team, { title: `Import ${Math.random().toString(36).slice(2, 8)}` }, []);
const entries = (p: Project) => rowCount(t.sqlite, "roster_entries", "project_id = ?", p.id);
const teamPeople = () => rowCount(t.sqlite, "people", "team_id = ?", team.id);

describe("commitImport", () => {
  it("adds new people and their entries, and adds nothing when the same file is imported again", () => {
    const p = newProject();
    const table = tableOf([["Ines Alvarez", "Gaffer", "ines@example.test"], ["Ines Alvarez", "Key Grip", "ines@example.test"], ["Kofi Mensah", "DP", ""]]);
    expect(commitImport(t.db, as(editor), p.id, { table, mapping })).toEqual({ peopleAdded: 2, entriesAdded: 3, entriesSkipped: 0, rowsWithErrors: 0 });
    expect(commitImport(t.db, as(editor), p.id, { table, mapping })).toEqual({ peopleAdded: 0, entriesAdded: 0, entriesSkipped: 3, rowsWithErrors: 0 });
    expect(entries(p)).toBe(3);
  });

  it("refuses rows with errors unless skipped, writing nothing", () => {
    const p = newProject();
    const before = teamPeople();
    const table = tableOf([["Lee Chen", "Editor", ""], ["", "Gaffer", ""]]);
    expect(thrownBy(() => commitImport(t.db, as(editor), p.id, { table, mapping }))).toBeInstanceOf(InvalidError);
    expect([entries(p), teamPeople()]).toEqual([0, before]);
    expect(commitImport(t.db, as(editor), p.id, { table, mapping, skipErrors: true })).toMatchObject({ entriesAdded: 1, rowsWithErrors: 1 });
  });

  it("writes 20,000 rows in one go", () => {
    const p = newProject();
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Bulk Person ${i}`, "Gaffer", `bulk${i}@example.test`]);
    expect(commitImport(t.db, as(editor), p.id, { table: tableOf(rows), mapping })).toMatchObject({ peopleAdded: 20_000, entriesAdded: 20_000 });
    expect(entries(p)).toBe(20_000);
  });

  it("refuses a Viewer and another team's member before anything is read or written", () => {
    const p = newProject();
    const input = { table: tableOf([["Intruder", "Gaffer", ""]]), mapping };
    expect(thrownBy(() => commitImport(t.db, as(viewer), p.id, input))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => commitImport(t.db, as(outsider), p.id, input))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => previewImport(t.db, as(outsider), p.id, input.table, mapping))).toBeInstanceOf(NotFoundError);
    expect(entries(p)).toBe(0);
  });
});

describe("writeImport", () => {
  it("refuses rows planned against a directory that changed since (another import, a new person), writing nothing", () => {
    const p = newProject();
    const { directory, key } = importDirectory(t.db, as(editor), p.id);
    const plan = planCommit({ table: tableOf([["Nia Brooks", "Gaffer", "nia@example.test"]]), mapping }, directory);
    if ("failure" in plan) throw new Error(plan.failure.message);
    // Meanwhile someone else imports the same person.
    commitImport(t.db, as(owner), p.id, { table: tableOf([["Nia Brooks", "Gaffer", "nia@example.test"]]), mapping });
    const before = teamPeople();
    const err = thrownBy(() => writeImport(t.db, as(editor), p.id, { rows: plan.rows, directoryKey: key }));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toMatch(/^Someone changed the roster or the people directory while this import was being checked\. Nothing was saved/);
    expect([entries(p), teamPeople()]).toEqual([1, before]);
  });

  it("is all or nothing: an entry that can't be written takes the people written before it back out", () => {
    const p = newProject();
    const { directory, key } = importDirectory(t.db, as(editor), p.id);
    const plan = planCommit({ table: tableOf([["Half Done", "Gaffer", ""], ["Other Half", "Grip", ""]]), mapping }, directory);
    if ("failure" in plan) throw new Error(plan.failure.message);
    const before = teamPeople();
    const broken = { ...plan.rows, entries: [...plan.rows.entries, { ...plan.rows.entries[0]!, person: { personId: "no-such-person" } }] };
    expect(() => writeImport(t.db, as(editor), p.id, { rows: broken, directoryKey: key })).toThrow();
    expect([entries(p), teamPeople()]).toEqual([0, before]);
  });
});
