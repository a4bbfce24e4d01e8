import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/db/queries/accounts";
import { listProjects } from "@/db/queries/projects";
import { getCurrentTeam } from "@/db/queries/teams";
import type { User } from "@/db/schema";
import { DEMO_LOGIN, isEmpty, seedDemo, seedProject, seedTeam, seedUser } from "@/db/seed";
import { createTestDb, makeUser, rowCount, TEST_PASSWORD, type TestDb } from "@/tests/helpers/db";

let t: TestDb;
let alice: User;
beforeAll(async () => {
  t = createTestDb();
  alice = await makeUser(t.db, "Alice Seed");
});
afterAll(() => t.close());

describe("seedUser", () => {
  it("stores the email lower-cased and returns the existing user for the same email", async () => {
    const again = await seedUser(t.db, { email: alice.email.toUpperCase(), password: "another-passphrase-x", name: "Other" });
    expect(again.id).toBe(alice.id);
    expect(again.name).toBe("Alice Seed");
    expect(rowCount(t.sqlite, "users", "email = ?", alice.email)).toBe(1);
    expect((await verifyCredentials(t.db, { email: alice.email, password: TEST_PASSWORD, ip: null })).ok).toBe(true);
  });
});

describe("seedTeam", () => {
  it("adds the members with their roles and makes the team current for each", () => {
    const team = seedTeam(t.db, "Seeded", [{ user: alice, role: "editor" }]);
    expect(getCurrentTeam(t.db, { userId: alice.id })).toMatchObject({ id: team.id, role: "editor" });
  });

  it("is atomic: a member that cannot be added leaves no team", () => {
    const ghost = { ...alice, id: "no-such-user" };
    expect(() => seedTeam(t.db, "Half Team", [{ user: alice, role: "owner" }, { user: ghost, role: "viewer" }])).toThrow();
    expect(rowCount(t.sqlite, "teams", "name = ?", "Half Team")).toBe(0);
    expect(rowCount(t.sqlite, "memberships", "user_id = ? and team_id not in (select id from teams)", alice.id)).toBe(0);
  });
});

describe("seedProject", () => {
  it("creates the project with its roster, one person per name", () => {
    const team = seedTeam(t.db, "Crew Team", [{ user: alice, role: "owner" }]);
    const p = seedProject(t.db, team, { title: "Two Hats" }, [
      ["Sofia van der Berg", "Art", "Set Decorator"],
      ["Sofia van der Berg", "Art", "Art Director"],
    ]);
    expect(p.title).toBe("Two Hats");
    expect(rowCount(t.sqlite, "roster_entries", "project_id = ?", p.id)).toBe(2);
    const person = t.sqlite.prepare("select credited_name, sort_name from people where team_id = ?").all(team.id);
    expect(person).toEqual([{ credited_name: "Sofia van der Berg", sort_name: "van der Berg, Sofia" }]);
  });

  it("is atomic: a crew row that fails half-way leaves no project, person or roster entry", () => {
    const team = seedTeam(t.db, "Atomic Team", [{ user: alice, role: "owner" }]);
    const before = { projects: rowCount(t.sqlite, "projects"), people: rowCount(t.sqlite, "people"), roster: rowCount(t.sqlite, "roster_entries") };
    const badCrew = [
      ["Maya Okafor", "Producers", "Producer"],
      ["Grace Whitfield", "Direction", null as unknown as string], // no role: fails after the first rows were written
    ] as const;
    expect(() => seedProject(t.db, team, { title: "Half Written" }, badCrew)).toThrow();
    expect(rowCount(t.sqlite, "projects", "title = ?", "Half Written")).toBe(0);
    expect({ projects: rowCount(t.sqlite, "projects"), people: rowCount(t.sqlite, "people"), roster: rowCount(t.sqlite, "roster_entries") }).toEqual(before);
  });
});

describe("isEmpty", () => {
  it("is true for a fresh database and false once a user exists", () => {
    const fresh = createTestDb();
    try {
      expect(isEmpty(fresh.db)).toBe(true);
      expect(isEmpty(t.db)).toBe(false);
    } finally {
      fresh.close();
    }
  });
});

describe("seedDemo", () => {
  it("creates the demo login, its team and two projects", async () => {
    const fresh = createTestDb();
    try {
      const { user, team, project } = await seedDemo(fresh.db);
      expect(user.email).toBe(DEMO_LOGIN.email);
      expect(project.title).toBe("Harbor Lights");
      const list = listProjects(fresh.db, { userId: user.id }, team.id, { q: "", archived: "all" });
      expect(Object.fromEntries(list.map((p) => [p.title, p.crewCount]))).toEqual({ "Harbor Lights": 31, Tidewater: 3 });
      const signIn = await verifyCredentials(fresh.db, { email: DEMO_LOGIN.email, password: DEMO_LOGIN.password, ip: null });
      expect(signIn.ok).toBe(true);
    } finally {
      fresh.close();
    }
  });
});
