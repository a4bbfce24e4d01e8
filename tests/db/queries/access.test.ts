import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actorForRequest, requireProjectPermission, requireTeamPermission, roleInTeam, type Actor } from "@/db/queries/access";
import { getProject } from "@/db/queries/projects";
import { listWorkEntries, projectResponsibilities } from "@/db/queries/work";
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

describe("one access check per request", () => {
  /** How many times `body` looks a project's access up (the projects ⨝ memberships query). */
  function accessLookups(body: () => void): number {
    const prepare = vi.spyOn(t.sqlite, "prepare");
    try {
      body();
      return prepare.mock.calls.filter(([sql]) => /from "projects" inner join "memberships"/i.test(String(sql))).length;
    } finally {
      prepare.mockRestore();
    }
  }

  /** What the work page reads, layout included (app/(app)/projects/[projectId]/layout.tsx and work/page.tsx). */
  function workPageReads(actor: Actor) {
    getProject(t.db, actor, project.id);
    listWorkEntries(t.db, actor, project.id, {});
    projectResponsibilities(t.db, actor, project.id);
  }

  it("looks the project up once for a request's actor, where a plain actor looks it up for every read", () => {
    expect(accessLookups(() => workPageReads({ userId: viewer.id }))).toBe(3);
    expect(accessLookups(() => workPageReads(actorForRequest(viewer.id)))).toBe(1);
  });

  it("still refuses another team's project, every time, and remembers nothing for it", () => {
    const actor = actorForRequest(outsider.id);
    expect(accessLookups(() => {
      expect(() => getProject(t.db, actor, project.id)).toThrow(NotFoundError);
      expect(() => listWorkEntries(t.db, actor, project.id, {})).toThrow(NotFoundError);
    })).toBe(2);
    expect(actor.readable?.size).toBe(0);
  });

  it("checks a write afresh, so a remembered read grants no write", () => {
    const actor = actorForRequest(viewer.id);
    expect(accessLookups(() => {
      requireProjectPermission(t.db, actor, project.id, "project:read");
      expect(() => requireProjectPermission(t.db, actor, project.id, "project:write")).toThrow(ForbiddenError);
    })).toBe(2);
  });

  it("remembers per actor: another user's request does not share it", () => {
    const mine = actorForRequest(owner.id);
    requireProjectPermission(t.db, mine, project.id, "project:read");
    expect(() => requireProjectPermission(t.db, actorForRequest(outsider.id), project.id, "project:read")).toThrow(NotFoundError);
  });
});
