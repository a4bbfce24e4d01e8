import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEOPLE_SEARCH_LIMIT, searchProjectPeople } from "@/db/queries/project-people";
import { people, workEntries, type Project, type Team, type User } from "@/db/schema";
import { seedProject, seedTeam } from "@/db/seed";
import { deriveSortName, nameMatchKey, sortCollationKey } from "@/lib/people/names";
import { NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/tokens";
import { as, createTestDb, makeRoleUsers, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

let t: TestDb;
let editor: User, viewer: User, outsider: User;
let team: Team;
let project: Project;

beforeAll(async () => {
  t = createTestDb();
  const users = await makeRoleUsers(t.db);
  ({ editor, viewer, outsider } = users);
  team = seedTeam(t.db, "Lighthouse", [
    { user: users.owner, role: "owner" },
    { user: editor, role: "editor" },
    { user: viewer, role: "viewer" },
  ]);
  const crew: [string, string, string][] = Array.from({ length: 30 }, (_, i) => [`Crew Person ${i + 1}`, "Grip", "Grip"]);
  project = seedProject(t.db, team, { title: "Harbor Lights" }, [["Zoë Laurent", "Sound Post", "Re-recording Mixer"], ["Nikolai Petrov", "Camera", "Director of Photography"], ...crew]);
  seedProject(t.db, team, { title: "Other film" }, [["Olga Elsewhere", "Camera", "Gaffer"]]);
  // Someone with work logged but no roster entry (taken off the roster since) is on the project too: the engine reads them.
  const id = newId();
  t.db.insert(people).values({ id, teamId: team.id, creditedName: "Wendy Worklog", sortName: deriveSortName("Wendy Worklog"), sortKey: sortCollationKey(deriveSortName("Wendy Worklog")), nameKey: nameMatchKey("Wendy Worklog") }).run();
  t.db.insert(workEntries).values({ id: newId(), projectId: project.id, personId: id, responsibilityId: "scheduling", stage: "production", degree: "lead" }).run();
});
afterAll(() => t.close());

describe("searchProjectPeople", () => {
  it("finds people on the roster or in the work log by part of their name, accents and case ignored", () => {
    expect(searchProjectPeople(t.db, as(viewer), project.id, "zoe").people.map((p) => p.name)).toEqual(["Zoë Laurent"]);
    expect(searchProjectPeople(t.db, as(viewer), project.id, "PETROV").people.map((p) => p.name)).toEqual(["Nikolai Petrov"]);
    expect(searchProjectPeople(t.db, as(viewer), project.id, "worklog").people.map((p) => p.name)).toEqual(["Wendy Worklog"]);
  });

  it("leaves out the team's people who are not on this project", () => {
    expect(searchProjectPeople(t.db, as(viewer), project.id, "Olga")).toEqual({ people: [], more: false });
  });

  it("answers at most 20, in name order, and says when more match", () => {
    const all = searchProjectPeople(t.db, as(viewer), project.id, "crew person");
    expect(all.people).toHaveLength(PEOPLE_SEARCH_LIMIT);
    expect(all.more).toBe(true);
    expect(all.people.slice(0, 3).map((p) => p.name)).toEqual(["Crew Person 1", "Crew Person 2", "Crew Person 3"]);
    expect(searchProjectPeople(t.db, as(viewer), project.id, "crew person", 5).people).toHaveLength(5);
    expect(searchProjectPeople(t.db, as(viewer), project.id, "crew person", 10_000).people).toHaveLength(PEOPLE_SEARCH_LIMIT);
    expect(searchProjectPeople(t.db, as(viewer), project.id, "", 0).people).toHaveLength(PEOPLE_SEARCH_LIMIT);
    expect(searchProjectPeople(t.db, as(viewer), project.id, "crew person 3").people.map((p) => p.name)).toEqual(["Crew Person 3", "Crew Person 30"]);
  });

  it("reads only the first 100 characters of the search", () => {
    expect(searchProjectPeople(t.db, as(viewer), project.id, `Zoë${" ".repeat(97)}${"x".repeat(10_000)}`).people.map((p) => p.name)).toEqual(["Zoë Laurent"]);
  });

  it("is NotFound for someone outside the team", () => {
    expect(thrownBy(() => searchProjectPeople(t.db, as(outsider), project.id, "zoe"))).toBeInstanceOf(NotFoundError);
  });
});
