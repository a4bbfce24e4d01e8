import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addToRoster } from "@/db/queries/roster";
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

let users: Awaited<ReturnType<typeof makeRoleUsers>>;

beforeAll(async () => {
  t = createTestDb();
  users = await makeRoleUsers(t.db);
  ({ owner, editor, viewer, outsider } = users);
});
// A team (so a people directory) of its own per test: imports match people by name, and the
// same names recur across tests run in any order.
beforeEach(() => {
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
    expect(commitImport(t.db, as(editor), p.id, { table, mapping })).toEqual({ peopleAdded: 2, peopleUpdated: 0, entriesAdded: 3, entriesSkipped: 0, rowsWithErrors: 0 });
    expect(commitImport(t.db, as(editor), p.id, { table, mapping })).toEqual({ peopleAdded: 0, peopleUpdated: 0, entriesAdded: 0, entriesSkipped: 3, rowsWithErrors: 0 });
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
    // The row triggers were held for the write (db/queries/project-cache.ts), and the hold is gone.
    expect(rowCount(t.sqlite, "revision_holds")).toBe(0);
  }, 30_000); // a correctness test; its speed is `npm run bench`'s (a loaded machine takes several seconds)

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

describe("merging contact details into directory people", () => {
  const contactMapping = { Name: "creditedName", Position: "role", Email: "email", Phone: "phone" } as const;
  const contactTable = (rows: string[][]) => ({ headers: ["Name", "Position", "Email", "Phone"], rows, rowNumbers: rows.map((_, i) => i + 2) });
  const person = (name: string) => t.sqlite.prepare("select * from people where team_id = ? and credited_name = ?").get(team.id, name) as { email: string | null; phone: string | null; revision: number };

  it("fills in what the directory lacks, even for people already on the roster, and keeps the directory's values on a conflict unless the row chooses the sheet", () => {
    const p = seedProject(t.db, team, { title: "Merge" }, [
      ["Rosa Delgado", "Cast", "Lead Actor"],
      ["Tomas Ruiz", "Camera", "DP"],
    ]);
    t.sqlite.prepare("update people set phone = '555-0100' where team_id = ? and credited_name = 'Tomas Ruiz'").run(team.id);
    const rosaBefore = person("Rosa Delgado");
    const table = contactTable([
      ["Rosa Delgado", "Lead Actor", "rosa@example.test", "555-0142"],
      ["Tomas Ruiz", "DP", "tomas@example.test", "555-0199"],
    ]);
    const preview = previewImport(t.db, as(editor), p.id, table, contactMapping);
    expect(preview.rows[0]).toMatchObject({ outcome: "skip", contacts: { fills: [{ field: "email", sheet: "rosa@example.test" }, { field: "phone", sheet: "555-0142" }], conflicts: [], choice: "keep" } });
    expect(preview.rows[0]!.warnings).toContain('Adds the email, phone to "Rosa Delgado" in your people directory.');
    expect(preview.rows[1]!.contacts?.conflicts).toEqual([{ field: "phone", directory: "555-0100", sheet: "555-0199" }]);
    expect(preview.rows[1]!.warnings).toContain('The phone differs from "Tomas Ruiz" in your people directory — keeps the directory\'s.');
    expect(preview.summary).toMatchObject({ peopleUpdated: 2, contactConflicts: 1, entriesToAdd: 0 });

    // Row 3 (Tomas) keeps the directory's phone; his email is new, so it is filled in.
    expect(commitImport(t.db, as(editor), p.id, { table, mapping: contactMapping })).toMatchObject({ peopleAdded: 0, peopleUpdated: 2, entriesAdded: 0 });
    expect(person("Rosa Delgado")).toMatchObject({ email: "rosa@example.test", phone: "555-0142", revision: rosaBefore.revision + 1 });
    expect(person("Tomas Ruiz")).toMatchObject({ email: "tomas@example.test", phone: "555-0100" });

    // Choosing the sheet for row 3 changes the phone.
    expect(commitImport(t.db, as(editor), p.id, { table, mapping: contactMapping, contacts: { 3: "sheet" } })).toMatchObject({ peopleUpdated: 1 });
    expect(person("Tomas Ruiz")).toMatchObject({ phone: "555-0199" });
    // Importing the same sheet again changes nothing.
    expect(commitImport(t.db, as(editor), p.id, { table, mapping: contactMapping })).toMatchObject({ peopleUpdated: 0, entriesAdded: 0 });
  });

  it("never touches another team's people", () => {
    const p = newProject();
    const before = rowCount(t.sqlite, "people", "team_id <> ? and email = 'rosa@example.test'", team.id);
    commitImport(t.db, as(editor), p.id, { table: contactTable([["Rosa Delgado", "Lead Actor", "rosa@example.test", ""]]), mapping: contactMapping });
    expect(rowCount(t.sqlite, "people", "team_id <> ? and email = 'rosa@example.test'", team.id)).toBe(before);
  });
});

describe("a Character column", () => {
  it("stores a person and their entry column for column as the roster form does (the import writes through its own statements)", () => {
    const typed = { creditedName: "Zoë  Ábrego-Núñez", legalName: "Zoe Abrego", pronouns: "she/her", email: "Zoe@Example.test", phone: "+1 555 0100", unions: ["DGA", "SAG-AFTRA"], notes: "Prefers mornings" };
    const imported = newProject();
    const headers = ["Name", "Department", "Role", "Character", "Legal", "Pronouns", "Email", "Phone", "Unions", "Notes"];
    const row = [typed.creditedName, "Cast", "Lead", "Ida Marsh", typed.legalName, typed.pronouns, typed.email, typed.phone, typed.unions.join(", "), typed.notes];
    const importMapping = { Name: "creditedName", Department: "department", Role: "role", Character: "character", Legal: "legalName", Pronouns: "pronouns", Email: "email", Phone: "phone", Unions: "unions", Notes: "notes" } as const;
    expect(commitImport(t.db, as(editor), imported.id, { table: { headers, rows: [row], rowNumbers: [2] }, mapping: importMapping })).toMatchObject({ peopleAdded: 1, entriesAdded: 1 });
    // The same person through the roster form, in a team of its own (else it would be a duplicate).
    const other = roleTeam(t.db, users);
    const formProject = seedProject(t.db, other, { title: "By the form" }, []);
    addToRoster(t.db, as(editor), formProject.id, {
      person: { ...typed, sortName: null, familyNameFirst: false, unions: ["DGA", "SAG-AFTRA"] },
      department: "Cast",
      role: "Lead Actor",
      character: "Ida Marsh",
    });
    const stored = (projectId: string) => {
      const { id: _id, person_id: _p, project_id: _pr, created_at: _c, ...entry } = t.sqlite.prepare("select * from roster_entries where project_id = ?").get(projectId) as Record<string, unknown>;
      const { id: _i, team_id: _t, created_at: _pc, updated_at: _u, ...person } = t.sqlite.prepare("select people.* from people join roster_entries on roster_entries.person_id = people.id where roster_entries.project_id = ?").get(projectId) as Record<string, unknown>;
      return { person, entry };
    };
    expect(stored(imported.id)).toEqual(stored(formProject.id));
    expect(stored(imported.id).person).toMatchObject({ credited_name: "Zoë Ábrego-Núñez", email: "zoe@example.test", unions: '["DGA","SAG-AFTRA"]', revision: 1, updated_by: editor.id });
  });

  it("sets the character of cast entries only", () => {
    const p = newProject();
    const table = { headers: ["Name", "Department", "Role", "Character"], rows: [["Rosa Delgado", "Cast", "Lead", "Ida Marsh"], ["Kofi Mensah", "Camera", "DP", "Nobody"]], rowNumbers: [2, 3] };
    commitImport(t.db, as(editor), p.id, { table, mapping: { Name: "creditedName", Department: "department", Role: "role", Character: "character" } });
    const rows = t.sqlite.prepare("select role, character from roster_entries where project_id = ? order by sort_key").all(p.id);
    expect(rows).toEqual([
      { role: "Lead Actor", character: "Ida Marsh" },
      { role: "Director of Photography", character: null },
    ]);
  });
});
