import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireProjectPermission, requireTeamPermission, roleInTeam } from "@/db/queries/access";
import type { Project, Team, User } from "@/db/schema";
import { seedProject, seedTeam } from "@/db/seed";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createTestDb, makeUser, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

let t: TestDb;
let owner: User, editor: User, viewer: User, outsider: User;
let team: Team, otherTeam: Team;
let project: Project;

beforeAll(async () => {
  t = createTestDb();
  owner = await makeUser(t.db, "Olive Owner");
  editor = await makeUser(t.db, "Eddie Editor");
  viewer = await makeUser(t.db, "Vera Viewer");
  outsider = await makeUser(t.db, "Otto Outsider");
  team = seedTeam(t.db, "Lighthouse", [
    { user: owner, role: "owner" },
    { user: editor, role: "editor" },
    { user: viewer, role: "viewer" },
  ]);
  otherTeam = seedTeam(t.db, "Elsewhere", [{ user: outsider, role: "owner" }]);
  project = seedProject(t.db, team, { title: "Harbor Lights" }, []);
});
afterAll(() => t.close());

describe("roleInTeam", () => {
  it("is the member's role, or null for a non-member", () => {
    expect(roleInTeam(t.db, { userId: owner.id }, team.id)).toBe("owner");
    expect(roleInTeam(t.db, { userId: editor.id }, team.id)).toBe("editor");
    expect(roleInTeam(t.db, { userId: viewer.id }, team.id)).toBe("viewer");
    expect(roleInTeam(t.db, { userId: outsider.id }, team.id)).toBeNull();
    expect(roleInTeam(t.db, { userId: owner.id }, "no-such-team")).toBeNull();
  });
});

describe("requireTeamPermission", () => {
  it("returns the role when it grants the permission", () => {
    expect(requireTeamPermission(t.db, { userId: viewer.id }, team.id, "team:read")).toBe("viewer");
    expect(requireTeamPermission(t.db, { userId: owner.id }, team.id, "team:manage-members")).toBe("owner");
  });

  it("is NotFound (not Forbidden) for a non-member, so the team's existence is not revealed", () => {
    const err = thrownBy(() => requireTeamPermission(t.db, { userId: outsider.id }, team.id, "team:read"));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).not.toBeInstanceOf(ForbiddenError);
    // Same answer as for a team that does not exist.
    expect(() => requireTeamPermission(t.db, { userId: outsider.id }, "no-such-team", "team:read")).toThrow(NotFoundError);
  });

  it("is Forbidden for a member whose role lacks the permission", () => {
    expect(() => requireTeamPermission(t.db, { userId: viewer.id }, team.id, "project:write")).toThrow(ForbiddenError);
    expect(() => requireTeamPermission(t.db, { userId: editor.id }, team.id, "team:manage-members")).toThrow(ForbiddenError);
  });

  it("checks the role in the team asked about, not in another team", () => {
    // The outsider owns another team; that grants nothing here.
    expect(() => requireTeamPermission(t.db, { userId: outsider.id }, team.id, "team:manage-members")).toThrow(NotFoundError);
    expect(() => requireTeamPermission(t.db, { userId: owner.id }, otherTeam.id, "team:read")).toThrow(NotFoundError);
  });
});

describe("requireProjectPermission", () => {
  it("returns the project and the role", () => {
    const r = requireProjectPermission(t.db, { userId: editor.id }, project.id, "project:write");
    expect(r.role).toBe("editor");
    expect(r.project.id).toBe(project.id);
    expect(r.project.title).toBe("Harbor Lights");
  });

  it("lets a viewer read", () => {
    expect(requireProjectPermission(t.db, { userId: viewer.id }, project.id, "project:read").role).toBe("viewer");
  });

  it("is Forbidden for a viewer asking project:write or project:delete", () => {
    expect(() => requireProjectPermission(t.db, { userId: viewer.id }, project.id, "project:write")).toThrow(ForbiddenError);
    expect(() => requireProjectPermission(t.db, { userId: viewer.id }, project.id, "project:delete")).toThrow(ForbiddenError);
  });

  it("is NotFound for a non-member, even one who owns another team", () => {
    const err = thrownBy(() => requireProjectPermission(t.db, { userId: outsider.id }, project.id, "project:read"));
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).message).toBe("Project not found.");
    expect((err as NotFoundError).status).toBe(404);
  });

  it("is NotFound for an unknown project id", () => {
    expect(() => requireProjectPermission(t.db, { userId: owner.id }, "no-such-project", "project:read")).toThrow("Project not found.");
  });
});
