import { eq, sql } from "drizzle-orm";
import { refreshSortKeys } from "@/db/migrate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPerson,
  duplicatesOf,
  getPersonWithEntries,
  listPeople,
  mergePeople,
  personColumns,
  PossibleDuplicateError,
  updatePerson,
} from "@/db/queries/people";
import { nameChecks, people, projects, rosterEntries, type Person, type Project, type Team, type User } from "@/db/schema";
import { seedProject, seedTeam } from "@/db/seed";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/tokens";
import { personSchema, type PersonInput } from "@/lib/validation/people";
import { StaleRevisionError } from "@/db/queries/revision";
import { as, createTestDb, makeRoleUsers, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;

beforeAll(async () => {
  t = createTestDb();
  ({ owner, editor, viewer, outsider } = await makeRoleUsers(t.db));
});
afterAll(() => t.close());


/** A team of the shared users: owner (Owner), editor (Editor), viewer (Viewer). */
function newTeam(): Team {
  return seedTeam(t.db, `Team ${Math.random().toString(36).slice(2, 8)}`, [
    { user: owner, role: "owner" },
    { user: editor, role: "editor" },
    { user: viewer, role: "viewer" },
  ]);
}

/** A person's input as the form would give it, then `over` applied without validation. */
const input = (creditedName: string, over: Partial<PersonInput> = {}): PersonInput => ({ ...personSchema.parse({ creditedName }), ...over });
const add = (team: Team, creditedName: string, over: Partial<PersonInput> = {}) =>
  createPerson(t.db, as(editor), team.id, input(creditedName, over), { allowDuplicate: true });
const personRow = (id: string) => t.db.select().from(people).where(eq(people.id, id)).get();
const personByName = (team: Team, name: string) => t.db.select().from(people).where(eq(people.teamId, team.id)).all().find((p) => p.creditedName === name)!;
const entriesOf = (personId: string) => t.db.select().from(rosterEntries).where(eq(rosterEntries.personId, personId)).all();
const peopleIn = (team: Team) => rowCount(t.sqlite, "people", "team_id = ?", team.id);

function addCheck(project: Project, person: Person, over: Partial<typeof nameChecks.$inferInsert> = {}) {
  return t.db
    .insert(nameChecks)
    .values({ id: newId(), projectId: project.id, personId: person.id, tokenHash: newId(), expiresAt: new Date(Date.now() + 86_400_000), ...over })
    .returning()
    .get();
}

describe("personColumns", () => {
  it("derives the sort name and the name key from the credited name", () => {
    expect(personColumns(input("  Ana María   de la Cruz "))).toMatchObject({
      creditedName: "Ana María de la Cruz",
      sortName: "de la Cruz, Ana María",
      sortNameCustom: false,
      familyNameFirst: false,
      nameKey: "ana maria de la cruz",
    });
  });

  it("derives the sort name family name first when asked", () => {
    expect(personColumns(input("Bong Joon-ho", { familyNameFirst: true }))).toMatchObject({ sortName: "Bong, Joon-ho", sortNameCustom: false, familyNameFirst: true });
  });

  it("keeps a custom sort name and marks it custom", () => {
    expect(personColumns(input("Madonna Ciccone", { sortName: "Madonna" }))).toMatchObject({ creditedName: "Madonna Ciccone", sortName: "Madonna", sortNameCustom: true });
  });

  it("does not mark a typed sort name equal to the derived one as custom", () => {
    expect(personColumns(input("Maya Okafor", { sortName: "Okafor, Maya" }))).toMatchObject({ sortName: "Okafor, Maya", sortNameCustom: false });
  });

  it("does not mark a sort name that only differs by inner spaces as custom", () => {
    expect(personColumns(input("Maya Okafor", { sortName: "Okafor,  Maya" }))).toMatchObject({ sortName: "Okafor, Maya", sortNameCustom: false });
  });

  it("lower-cases the email, makes an empty one null and normalizes the legal name", () => {
    expect(personColumns(input("Maya Okafor", { email: " MAYA@Harbor.Film ", legalName: " Maya  Adaeze Okafor " }))).toMatchObject({
      email: "maya@harbor.film",
      legalName: "Maya Adaeze Okafor",
    });
    expect(personColumns(input("Maya Okafor", { email: "" })).email).toBeNull();
  });

  it("matches names ignoring accents, case and punctuation in the name key", () => {
    expect(personColumns(input("José García")).nameKey).toBe(personColumns(input("jose  GARCIA")).nameKey);
    expect(personColumns(input("Conan O'Brien")).nameKey).toBe("conan obrien");
  });
});

describe("createPerson", () => {
  it("lets an editor add a person to the team's directory", () => {
    const team = newTeam();
    const p = createPerson(t.db, as(editor), team.id, input("Maya Okafor", { email: "maya@harbor.film", unions: ["DGA"] }));
    expect(p).toMatchObject({ teamId: team.id, creditedName: "Maya Okafor", sortName: "Okafor, Maya", email: "maya@harbor.film", unions: ["DGA"] });
    expect(personRow(p.id)).toEqual(p);
  });

  it("refuses a viewer (Forbidden) and a non-member (NotFound), writing nothing", () => {
    const team = newTeam();
    expect(thrownBy(() => createPerson(t.db, as(viewer), team.id, input("Maya Okafor")))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => createPerson(t.db, as(outsider), team.id, input("Maya Okafor")))).toBeInstanceOf(NotFoundError);
    expect(peopleIn(team)).toBe(0);
  });

  it("reports a person with the same name ignoring accents and case, and writes nothing", () => {
    const team = newTeam();
    const existing = add(team, "José García", { email: "jose@harbor.film" });
    const error = thrownBy(() => createPerson(t.db, as(editor), team.id, input("jose  GARCIA")));
    expect(error).toBeInstanceOf(PossibleDuplicateError);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as PossibleDuplicateError).candidates).toEqual([{ id: existing.id, creditedName: "José García", email: "jose@harbor.film", reason: "name" }]);
    expect((error as Error).message).toContain("José García");
    expect((error as Error).message).toContain("same name");
    expect(peopleIn(team)).toBe(1);
  });

  it("reports a person with the same email in another case", () => {
    const team = newTeam();
    const existing = add(team, "Maya Okafor", { email: "maya@harbor.film" });
    const error = thrownBy(() => createPerson(t.db, as(editor), team.id, input("M. Okafor", { email: "MAYA@Harbor.Film" }))) as PossibleDuplicateError;
    expect(error).toBeInstanceOf(PossibleDuplicateError);
    expect(error.candidates).toEqual([{ id: existing.id, creditedName: "Maya Okafor", email: "maya@harbor.film", reason: "email" }]);
    expect(peopleIn(team)).toBe(1);
  });

  it("lists every candidate, email matches first, each person once", () => {
    const team = newTeam();
    const byName = add(team, "Sam Osei");
    const byEmail = add(team, "Samuel K. Osei", { email: "sam@harbor.film" });
    const both = add(team, "sam osei", { email: "sam@harbor.film" });
    add(team, "Someone Else", { email: "else@harbor.film" });
    const error = thrownBy(() => createPerson(t.db, as(editor), team.id, input("Sam Osei", { email: "sam@harbor.film" }))) as PossibleDuplicateError;
    expect(error.candidates.map((c) => [c.id, c.reason])).toEqual([
      [byEmail.id, "email"],
      [both.id, "email"],
      [byName.id, "name"],
    ]);
    expect(error.message).toBe("3 people in your directory look like the same person.");
  });

  it("does not count people of another team as duplicates", () => {
    const teamA = newTeam();
    const teamB = newTeam();
    add(teamA, "Maya Okafor", { email: "maya@harbor.film" });
    const p = createPerson(t.db, as(editor), teamB.id, input("Maya Okafor", { email: "maya@harbor.film" }));
    expect(p.teamId).toBe(teamB.id);
  });

  it("checks access before duplicates (no hint about who is in the directory)", () => {
    const team = newTeam();
    add(team, "Maya Okafor");
    expect(thrownBy(() => createPerson(t.db, as(outsider), team.id, input("Maya Okafor")))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => createPerson(t.db, as(viewer), team.id, input("Maya Okafor")))).toBeInstanceOf(ForbiddenError);
  });

  it("writes the person anyway with allowDuplicate", () => {
    const team = newTeam();
    const first = add(team, "José García");
    const second = createPerson(t.db, as(editor), team.id, input("Jose Garcia"), { allowDuplicate: true });
    expect(second.id).not.toBe(first.id);
    expect(second.nameKey).toBe(first.nameKey);
    expect(peopleIn(team)).toBe(2);
  });
});

describe("updatePerson", () => {
  it("lets an editor rename a person, re-deriving the sort name and name key", () => {
    const team = newTeam();
    const p = add(team, "Maya Okafor");
    const updated = updatePerson(t.db, as(editor), p.id, input("Maya Adaeze Okafor-Reyes", { pronouns: "she/her" }), p.revision);
    expect(updated).toMatchObject({ id: p.id, creditedName: "Maya Adaeze Okafor-Reyes", sortName: "Okafor-Reyes, Maya Adaeze", nameKey: "maya adaeze okafor reyes", pronouns: "she/her" });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(p.updatedAt.getTime());
    expect(personRow(p.id)).toEqual(updated);
  });

  it("refuses a viewer and leaves the row unchanged", () => {
    const team = newTeam();
    const p = add(team, "Maya Okafor", { email: "maya@harbor.film" });
    expect(thrownBy(() => updatePerson(t.db, as(viewer), p.id, input("Someone Else"), p.revision))).toBeInstanceOf(ForbiddenError);
    expect(personRow(p.id)).toEqual(p);
  });

  it("answers NotFound for a person of another team, and for an unknown id", () => {
    const mine = newTeam();
    const theirs = seedTeam(t.db, "Other Co", [{ user: outsider, role: "owner" }]);
    const p = createPerson(t.db, as(outsider), theirs.id, input("Their Person"));
    const error = thrownBy(() => updatePerson(t.db, as(editor), p.id, input("Hijacked"), p.revision));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe("Person not found.");
    expect(personRow(p.id)).toEqual(p);
    expect(thrownBy(() => updatePerson(t.db, as(editor), "no-such-person", input("X"), 1))).toBeInstanceOf(NotFoundError);
    expect(peopleIn(mine)).toBe(0);
  });
});

describe("two people editing one person", () => {
  it("the second save, from the revision both opened, is refused and the first one's change stays", () => {
    const team = newTeam();
    const p = add(team, "Maya Okafor");
    const first = updatePerson(t.db, as(editor), p.id, input("Maya Okafor", { pronouns: "she/her", notes: "Prefers Maya" }), p.revision);
    const err = thrownBy(() => updatePerson(t.db, as(owner), p.id, input("Maya O.", { notes: "Olive's note" }), p.revision));
    expect(err).toBeInstanceOf(StaleRevisionError);
    expect((err as Error).message).toMatch(/^Eddie Editor changed this person since you opened it\. Nothing was saved/);
    expect(personRow(p.id)).toMatchObject({ creditedName: "Maya Okafor", pronouns: "she/her", notes: "Prefers Maya", revision: first.revision, updatedBy: editor.id });
  });

  it("a merge changes the person it keeps: an edit opened before it is refused", () => {
    const team = newTeam();
    const keep = add(team, "Maya Okafor");
    const dupe = add(team, "Maya  Okafor", { email: "maya@harbor.film" });
    mergePeople(t.db, as(owner), keep.id, dupe.id);
    expect(thrownBy(() => updatePerson(t.db, as(editor), keep.id, input("Maya Okafor"), keep.revision))).toBeInstanceOf(StaleRevisionError);
    expect(personRow(keep.id)?.email).toBe("maya@harbor.film");
  });
});

describe("listPeople", () => {
  let team: Team;
  let other: Team;
  beforeAll(() => {
    team = newTeam();
    other = newTeam();
    seedProject(t.db, team, { title: "Harbor Lights" }, [
      ["José García", "Camera", "DP"],
      ["José García", "Camera", "Camera Operator"],
      ["Samuel Osei", "Direction", "1st AD"],
    ]);
    seedProject(t.db, team, { title: "Tidewater" }, [["José García", "Direction", "Director"]]);
    add(team, "Zoe Adams", { email: "zoe@Harbor.film" });
    add(team, "Ben Carter");
    add(team, "Lucy Chen", { email: "lucy@studio.test" });
    // Another team with look-alike people who must never show up.
    add(other, "José García", { email: "jose@harbor.film" });
    add(other, "Zoe Adams", { email: "zoe@harbor.film" });
  });

  it("lists the team's people by sort name with counts of projects and entries", () => {
    const r = listPeople(t.db, as(viewer), team.id);
    expect(r.total).toBe(5);
    expect(r.rows.map((p) => [p.creditedName, p.projects, p.entries])).toEqual([
      ["Zoe Adams", 0, 0],
      ["Ben Carter", 0, 0],
      ["Lucy Chen", 0, 0],
      ["José García", 2, 3],
      ["Samuel Osei", 1, 1],
    ]);
  });

  it("gives a Viewer no emails, and no search by email", () => {
    const r = listPeople(t.db, as(viewer), team.id);
    expect(r.contacts).toBe(false);
    expect(r.rows.every((p) => p.email === null)).toBe(true);
    expect(listPeople(t.db, as(viewer), team.id, { q: "studio.test" }).rows).toEqual([]);
    expect(listPeople(t.db, as(editor), team.id).rows.find((p) => p.creditedName === "Lucy Chen")?.email).toBe("lucy@studio.test");
  });

  it("sorts numbers in names as numbers, also for keys stored before the rule (refreshed at start-up)", () => {
    const crew = newTeam();
    for (const n of [1017, 102, 2, 10]) add(crew, `Crew Person ${n}`, { sortName: `Crew Person ${n}` });
    const order = () => listPeople(t.db, as(viewer), crew.id).rows.map((p) => p.creditedName);
    expect(order()).toEqual(["Crew Person 2", "Crew Person 10", "Crew Person 102", "Crew Person 1017"]);
    // A database from before: keys compared numbers as text.
    t.db.update(people).set({ sortKey: sql`lower(${people.sortName})` }).where(eq(people.teamId, crew.id)).run();
    expect(order()).toEqual(["Crew Person 10", "Crew Person 1017", "Crew Person 102", "Crew Person 2"]);
    expect(refreshSortKeys(t.db)).toBe(4);
    expect(order()).toEqual(["Crew Person 2", "Crew Person 10", "Crew Person 102", "Crew Person 1017"]);
    expect(refreshSortKeys(t.db)).toBe(0);
  });

  it("finds people by name without accents or case", () => {
    for (const q of ["jose", "GARCIA", "García", " josé garc "]) {
      expect(listPeople(t.db, as(editor), team.id, { q }).rows.map((p) => p.creditedName), q).toEqual(["José García"]);
    }
  });

  it("finds people by part of their email, in any case", () => {
    expect(listPeople(t.db, as(editor), team.id, { q: "STUDIO.test" }).rows.map((p) => p.creditedName)).toEqual(["Lucy Chen"]);
    const r = listPeople(t.db, as(editor), team.id, { q: "harbor.film" });
    expect(r.rows.map((p) => p.creditedName)).toEqual(["Zoe Adams"]);
    expect(r.total).toBe(1);
  });

  it("pages through the list", () => {
    const page1 = listPeople(t.db, as(editor), team.id, { pageSize: 2, page: 1 });
    const page3 = listPeople(t.db, as(editor), team.id, { pageSize: 2, page: 3 });
    expect(page1).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(page1.rows.map((p) => p.creditedName)).toEqual(["Zoe Adams", "Ben Carter"]);
    expect(page3.rows.map((p) => p.creditedName)).toEqual(["Samuel Osei"]);
    expect(listPeople(t.db, as(editor), team.id, { pageSize: 2, page: 4 }).rows).toEqual([]);
  });

  it("sorts names alphabetically regardless of case and accents", () => {
    const abc = newTeam();
    for (const name of ["Mei Zhang", "Ana María de la Cruz", "Óscar Ábrego", "Zoe Adams"]) add(abc, name);
    expect(listPeople(t.db, as(editor), abc.id).rows.map((p) => p.sortName)).toEqual(["Ábrego, Óscar", "Adams, Zoe", "de la Cruz, Ana María", "Zhang, Mei"]);
  });

  it("clamps the page size to 1…200", () => {
    expect(listPeople(t.db, as(editor), team.id, { pageSize: 10_000 }).pageSize).toBe(200);
    expect(listPeople(t.db, as(editor), team.id, { pageSize: 0 }).rows).toHaveLength(1);
  });

  it("never lists another team's people", () => {
    const ids = new Set(t.db.select({ id: people.id }).from(people).where(eq(people.teamId, other.id)).all().map((p) => p.id));
    for (const q of ["", "jose", "zoe", "harbor"]) {
      const rows = listPeople(t.db, as(editor), team.id, { q }).rows;
      expect(rows.filter((p) => ids.has(p.id)), q).toEqual([]);
    }
  });

  it("refuses a non-member", () => {
    expect(thrownBy(() => listPeople(t.db, as(outsider), team.id))).toBeInstanceOf(NotFoundError);
  });
});

describe("getPersonWithEntries", () => {
  it("gives the person's entries across the team's projects, by project title then end-crawl order", () => {
    const team = newTeam();
    const tide = seedProject(t.db, team, { title: "Tidewater" }, [["Maya Okafor", "Producers", "Producer"]]);
    seedProject(t.db, team, { title: "Harbor Lights" }, [
      ["Maya Okafor", "Editorial", "Editor"],
      ["Maya Okafor", "Direction", "Director"],
      ["Someone Else", "Grip", "Key Grip"],
    ]);
    t.db.update(projects).set({ archivedAt: new Date() }).where(eq(projects.id, tide.id)).run();
    const maya = personByName(team, "Maya Okafor");
    const { person, entries } = getPersonWithEntries(t.db, as(viewer), maya.id);
    expect(person.id).toBe(maya.id);
    expect(entries.map((e) => [e.projectTitle, e.department, e.role, Boolean(e.projectArchived)])).toEqual([
      ["Harbor Lights", "Direction", "Director", false],
      ["Harbor Lights", "Editorial", "Editor", false],
      ["Tidewater", "Producers", "Producer", true],
    ]);
  });

  it("gives a Viewer the person without contact details; an Editor with them", () => {
    const team = newTeam();
    const p = add(team, "Ida Marsh", { email: "ida@harbor.film", phone: "555-0101", legalName: "Ida K. Marsh", notes: "Agent: R. Hale" });
    const seen = getPersonWithEntries(t.db, as(viewer), p.id);
    expect(seen.contacts).toBe(false);
    expect(seen.person).toMatchObject({ creditedName: "Ida Marsh", email: null, phone: null, legalName: null, notes: null });
    const full = getPersonWithEntries(t.db, as(editor), p.id);
    expect(full.contacts).toBe(true);
    expect(full.person).toMatchObject({ email: "ida@harbor.film", phone: "555-0101", legalName: "Ida K. Marsh", notes: "Agent: R. Hale" });
  });

  it("gives an empty list for a person on no roster", () => {
    const team = newTeam();
    const p = add(team, "Nobody Yet");
    expect(getPersonWithEntries(t.db, as(editor), p.id).entries).toEqual([]);
  });

  it("answers NotFound to a non-member", () => {
    const team = newTeam();
    const p = add(team, "Maya Okafor");
    expect(thrownBy(() => getPersonWithEntries(t.db, as(outsider), p.id))).toBeInstanceOf(NotFoundError);
  });
});

describe("duplicatesOf", () => {
  it("finds look-alikes in the team and excludes the person itself when asked", () => {
    const team = newTeam();
    const a = add(team, "José García", { email: "jose@harbor.film" });
    const b = add(team, "Jose Garcia");
    const c = add(team, "J. García", { email: "JOSE@harbor.film" });
    add(newTeam(), "José García", { email: "jose@harbor.film" });
    const all = duplicatesOf(t.db, team.id, { creditedName: a.creditedName, email: a.email });
    expect(all.map((d) => [d.id, d.reason])).toEqual([
      [a.id, "email"],
      [c.id, "email"],
      [b.id, "name"],
    ]);
    const others = duplicatesOf(t.db, team.id, { creditedName: a.creditedName, email: a.email }, a.id);
    expect(others.map((d) => d.id)).toEqual([c.id, b.id]);
  });

  it("finds nothing for a new name without an email", () => {
    const team = newTeam();
    add(team, "Maya Okafor");
    expect(duplicatesOf(t.db, team.id, { creditedName: "Maya Okafor-Reyes" })).toEqual([]);
    expect(duplicatesOf(t.db, team.id, { creditedName: "Someone", email: "" })).toEqual([]);
  });
});

describe("mergePeople", () => {
  /** Two people of one team on two projects, with a shared entry and name checks. */
  function mergeSetup() {
    const team = newTeam();
    const harbor = seedProject(t.db, team, { title: "Harbor Lights" }, [
      ["Maya Okafor", "Producers", "Producer"],
      ["Maya O.", "Producers", "Producer"],
      ["Maya O.", "Direction", "Director"],
    ]);
    const tide = seedProject(t.db, team, { title: "Tidewater" }, [["Maya O.", "Editorial", "Editor"]]);
    const keepId = personByName(team, "Maya Okafor").id;
    const mergeId = personByName(team, "Maya O.").id;
    t.db.update(people).set({ pronouns: "she/her", unions: ["DGA"], notes: "Prefers email." }).where(eq(people.id, keepId)).run();
    t.db
      .update(people)
      .set({ pronouns: "they/them", email: "maya@harbor.film", phone: "555-0100", legalName: "Maya Adaeze Okafor", unions: ["PGA", "DGA"], notes: "Met at Sundance." })
      .where(eq(people.id, mergeId))
      .run();
    const keep = personRow(keepId)!;
    const merge = personRow(mergeId)!;
    const check = addCheck(harbor, merge, { response: "confirmed" });
    return { team, harbor, tide, keep, merge, check };
  }

  /** Everything a merge may change, to compare before and after a refused merge. */
  const snapshot = (keep: Person, merge: Person) => ({
    keep: personRow(keep.id),
    merge: personRow(merge.id),
    keepEntries: entriesOf(keep.id),
    mergeEntries: entriesOf(merge.id),
    checks: t.db.select().from(nameChecks).all().filter((c) => c.personId === keep.id || c.personId === merge.id),
  });

  it("moves roster entries and name checks to the kept person and deletes the other", () => {
    const { harbor, tide, keep, merge, check } = mergeSetup();
    mergePeople(t.db, as(editor), keep.id, merge.id);
    expect(personRow(merge.id)).toBeUndefined();
    expect(entriesOf(merge.id)).toEqual([]);
    expect(entriesOf(keep.id).map((e) => [e.projectId, e.department, e.role]).sort()).toEqual(
      [
        [harbor.id, "Direction", "Director"],
        [harbor.id, "Producers", "Producer"],
        [tide.id, "Editorial", "Editor"],
      ].sort(),
    );
    expect(t.db.select().from(nameChecks).where(eq(nameChecks.id, check.id)).get()?.personId).toBe(keep.id);
  });

  it("drops an entry the kept person already has in the same project, department and role", () => {
    const { harbor, keep, merge } = mergeSetup();
    const before = rowCount(t.sqlite, "roster_entries", "project_id = ?", harbor.id);
    mergePeople(t.db, as(editor), keep.id, merge.id);
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ?", harbor.id)).toBe(before - 1);
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ? and role = 'Producer'", harbor.id)).toBe(1);
  });

  it("keeps the same role in another department or project", () => {
    const team = newTeam();
    const p = seedProject(t.db, team, { title: "Harbor Lights" }, [
      ["Keep Me", "Camera", "Drone Whisperer"],
      ["Merge Me", "Grip", "Drone Whisperer"],
    ]);
    seedProject(t.db, team, { title: "Tidewater" }, [["Merge Me", "Camera", "Drone Whisperer"]]);
    const keep = personByName(team, "Keep Me");
    mergePeople(t.db, as(editor), keep.id, personByName(team, "Merge Me").id);
    expect(entriesOf(keep.id)).toHaveLength(3);
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ?", p.id)).toBe(2);
  });

  it("fills the kept person's empty fields, keeps the filled ones, unions the unions and joins the notes", () => {
    const { keep, merge } = mergeSetup();
    const merged = mergePeople(t.db, as(editor), keep.id, merge.id);
    expect(merged).toMatchObject({
      id: keep.id,
      creditedName: "Maya Okafor",
      sortName: "Okafor, Maya",
      pronouns: "she/her",
      email: "maya@harbor.film",
      phone: "555-0100",
      legalName: "Maya Adaeze Okafor",
      notes: "Prefers email.\n\nMet at Sundance.",
    });
    expect([...merged.unions].sort()).toEqual(["DGA", "PGA"]);
    expect(personRow(keep.id)).toEqual(merged);
  });

  it("leaves notes null when neither person had any", () => {
    const team = newTeam();
    const a = add(team, "Ann One");
    const b = add(team, "Ann Two");
    expect(mergePeople(t.db, as(owner), a.id, b.id).notes).toBeNull();
  });

  it("refuses to merge a person with themself", () => {
    const { keep } = mergeSetup();
    expect(thrownBy(() => mergePeople(t.db, as(editor), keep.id, keep.id))).toBeInstanceOf(ConflictError);
    expect(personRow(keep.id)).toEqual(keep);
  });

  it("answers NotFound for people of two different teams, even to a member of both, changing nothing", () => {
    const { keep, merge } = mergeSetup();
    const before = snapshot(keep, merge);
    const otherTeam = newTeam(); // editor is a member of both teams
    const stranger = add(otherTeam, "Maya Okafor");
    expect(thrownBy(() => mergePeople(t.db, as(editor), keep.id, stranger.id))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => mergePeople(t.db, as(editor), stranger.id, merge.id))).toBeInstanceOf(NotFoundError);
    expect(snapshot(keep, merge)).toEqual(before);
    expect(personRow(stranger.id)).toEqual(stranger);
  });

  it("refuses a viewer (Forbidden) and a non-member (NotFound), changing nothing", () => {
    const { keep, merge } = mergeSetup();
    const before = snapshot(keep, merge);
    expect(thrownBy(() => mergePeople(t.db, as(viewer), keep.id, merge.id))).toBeInstanceOf(ForbiddenError);
    expect(thrownBy(() => mergePeople(t.db, as(outsider), keep.id, merge.id))).toBeInstanceOf(NotFoundError);
    expect(snapshot(keep, merge)).toEqual(before);
  });

  it("rolls everything back when the last step fails (atomic)", () => {
    const { keep, merge } = mergeSetup();
    const before = snapshot(keep, merge);
    // A test-only trigger makes deleting the merged person fail after every other write.
    t.sqlite.exec(`create trigger fail_merge before delete on people when old.id = '${merge.id}' begin select raise(abort, 'boom'); end;`);
    try {
      expect(() => mergePeople(t.db, as(editor), keep.id, merge.id)).toThrow("boom");
    } finally {
      t.sqlite.exec("drop trigger fail_merge");
    }
    expect(snapshot(keep, merge)).toEqual(before);
  });
});
