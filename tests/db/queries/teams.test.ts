import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptInvite,
  changeMemberRole,
  createInvite,
  createTeam,
  getCurrentTeam,
  getTeam,
  leaveTeam,
  listInvites,
  listMembers,
  listTeams,
  lookupInvite,
  removeMember,
  renameTeam,
  revokeInvite,
  switchTeam,
} from "@/db/queries/teams";
import { roleInTeam } from "@/db/queries/access";
import { invites, memberships, users, type Team, type User } from "@/db/schema";
import { seedTeam } from "@/db/seed";
import type { TeamRole } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { INVITE_TTL_MS } from "@/lib/teams/invites";
import { hashToken } from "@/lib/tokens";
import { createTestDb, makeUser, rowCount, type TestDb } from "@/tests/helpers/db";
import { thrownBy } from "@/tests/helpers/errors";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();

let t: TestDb;
let owner: User, owner2: User, editor: User, viewer: User, newcomer: User, outsider: User;

beforeAll(async () => {
  t = createTestDb();
  [owner, owner2, editor, viewer, newcomer, outsider] = await Promise.all([
    makeUser(t.db, "Olive Owner"),
    makeUser(t.db, "Oscar Owner"),
    makeUser(t.db, "Eddie Editor"),
    makeUser(t.db, "Vera Viewer"),
    makeUser(t.db, "Nina Newcomer"),
    makeUser(t.db, "Otto Outsider"),
  ]);
});
afterAll(() => t.close());

const as = (u: User) => ({ userId: u.id });

/** A team of the shared users: owner (Owner), editor (Editor), viewer (Viewer), plus any extras. */
function standardTeam(extra: ReadonlyArray<{ user: User; role: TeamRole }> = []): Team {
  return seedTeam(t.db, `Team ${Math.random().toString(36).slice(2, 8)}`, [
    { user: owner, role: "owner" },
    { user: editor, role: "editor" },
    { user: viewer, role: "viewer" },
    ...extra,
  ]);
}

const roleOf = (teamId: string, u: User) => roleInTeam(t.db, as(u), teamId);
const currentTeamIdOf = (u: User) => t.db.select({ id: users.currentTeamId }).from(users).where(eq(users.id, u.id)).get()?.id ?? null;
const inviteRow = (id: string) => t.db.select().from(invites).where(eq(invites.id, id)).get();

describe("createTeam", () => {
  it("makes the actor its Owner and its current team", async () => {
    const u = await makeUser(t.db, "Team Founder");
    const team = createTeam(t.db, as(u), "Founders Film Co");
    expect(team.name).toBe("Founders Film Co");
    expect(listTeams(t.db, as(u))).toEqual([expect.objectContaining({ id: team.id, role: "owner" })]);
    expect(currentTeamIdOf(u)).toBe(team.id);
    expect(getCurrentTeam(t.db, as(u))).toMatchObject({ id: team.id, name: "Founders Film Co", role: "owner" });
  });

  it("leaves no team behind when the membership cannot be written (atomic)", () => {
    const before = rowCount(t.sqlite, "teams");
    // No such user: the membership's foreign key fails after the team row was inserted.
    expect(() => createTeam(t.db, { userId: "no-such-user" }, "Ghost Team")).toThrow();
    expect(rowCount(t.sqlite, "teams")).toBe(before);
    expect(rowCount(t.sqlite, "teams", "name = ?", "Ghost Team")).toBe(0);
  });
});

describe("getCurrentTeam", () => {
  it("is null for a user with no team", async () => {
    const u = await makeUser(t.db, "Teamless");
    expect(getCurrentTeam(t.db, as(u))).toBeNull();
  });

  it("is the chosen team while the user is a member", async () => {
    const u = await makeUser(t.db, "Chooser");
    const a = createTeam(t.db, as(u), "A Team");
    const b = createTeam(t.db, as(u), "B Team");
    expect(getCurrentTeam(t.db, as(u))?.id).toBe(b.id);
    switchTeam(t.db, as(u), a.id);
    expect(getCurrentTeam(t.db, as(u))?.id).toBe(a.id);
  });

  it("falls back to the first team by name when the chosen team was left", async () => {
    const u = await makeUser(t.db, "Leaver");
    const zulu = createTeam(t.db, as(u), "Zulu Pictures");
    const alpha = seedTeam(t.db, "Alpha Pictures", [{ user: owner, role: "owner" }]);
    const mike = seedTeam(t.db, "Mike Pictures", [{ user: owner, role: "owner" }]);
    // Join Alpha and Mike without making either current.
    t.db.insert(memberships).values([
      { teamId: alpha.id, userId: u.id, role: "viewer" },
      { teamId: mike.id, userId: u.id, role: "editor" },
    ]).run();
    switchTeam(t.db, as(u), mike.id);
    leaveTeam(t.db, as(u), mike.id);
    expect(getCurrentTeam(t.db, as(u))).toMatchObject({ id: alpha.id, role: "viewer" });
    expect(listTeams(t.db, as(u)).map((x) => x.id)).toEqual([alpha.id, zulu.id]);
  });

  it("ignores a stale choice for a team the user is no longer in", async () => {
    const u = await makeUser(t.db, "Stale Chooser");
    const mine = createTeam(t.db, as(u), "Mine");
    const notMine = seedTeam(t.db, "Not Mine", [{ user: owner, role: "owner" }]);
    t.db.update(users).set({ currentTeamId: notMine.id }).where(eq(users.id, u.id)).run();
    expect(getCurrentTeam(t.db, as(u))?.id).toBe(mine.id);
  });
});

describe("switchTeam", () => {
  it("refuses a team the user is not in (NotFound) and keeps the current one", () => {
    const team = standardTeam();
    const before = currentTeamIdOf(outsider);
    expect(() => switchTeam(t.db, as(outsider), team.id)).toThrow(NotFoundError);
    expect(currentTeamIdOf(outsider)).toBe(before);
  });
});

describe("renameTeam", () => {
  it("lets an owner rename, not an editor", () => {
    const team = standardTeam();
    expect(() => renameTeam(t.db, as(editor), team.id, "Hijacked")).toThrow(ForbiddenError);
    renameTeam(t.db, as(owner), team.id, "Renamed Pictures");
    expect(getTeam(t.db, as(viewer), team.id)).toMatchObject({ name: "Renamed Pictures", role: "viewer" });
  });
});

describe("listMembers", () => {
  it("lists every member with their role to any member, sorted by name", () => {
    const team = standardTeam();
    const members = listMembers(t.db, as(viewer), team.id);
    expect(members.map((m) => [m.name, m.role])).toEqual([
      ["Eddie Editor", "editor"],
      ["Olive Owner", "owner"],
      ["Vera Viewer", "viewer"],
    ]);
  });

  it("is NotFound for a non-member", () => {
    const team = standardTeam();
    expect(() => listMembers(t.db, as(outsider), team.id)).toThrow(NotFoundError);
  });
});

describe("changeMemberRole", () => {
  it("lets an owner change a member's role", () => {
    const team = standardTeam();
    changeMemberRole(t.db, as(owner), team.id, editor.id, "viewer");
    expect(roleOf(team.id, editor)).toBe("viewer");
    changeMemberRole(t.db, as(owner), team.id, viewer.id, "owner");
    expect(roleOf(team.id, viewer)).toBe("owner");
  });

  it("refuses an editor (Forbidden) and changes nothing", () => {
    const team = standardTeam();
    expect(() => changeMemberRole(t.db, as(editor), team.id, viewer.id, "editor")).toThrow(ForbiddenError);
    expect(() => changeMemberRole(t.db, as(editor), team.id, editor.id, "owner")).toThrow(ForbiddenError);
    expect(roleOf(team.id, viewer)).toBe("viewer");
    expect(roleOf(team.id, editor)).toBe("editor");
  });

  it("is NotFound for an outsider", () => {
    const team = standardTeam();
    expect(() => changeMemberRole(t.db, as(outsider), team.id, viewer.id, "owner")).toThrow(NotFoundError);
  });

  it("refuses to demote the last owner (Conflict)", () => {
    const team = standardTeam();
    const err = thrownBy(() => changeMemberRole(t.db, as(owner), team.id, owner.id, "editor"));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).message).toBe("A team needs at least one Owner. Make someone else an Owner first.");
    expect(roleOf(team.id, owner)).toBe("owner");
  });

  it("lets the last owner 'change' to owner (no-op)", () => {
    const team = standardTeam();
    changeMemberRole(t.db, as(owner), team.id, owner.id, "owner");
    expect(roleOf(team.id, owner)).toBe("owner");
  });

  it("allows demoting one of two owners, then refuses the other", () => {
    const team = standardTeam([{ user: owner2, role: "owner" }]);
    changeMemberRole(t.db, as(owner2), team.id, owner.id, "viewer");
    expect(roleOf(team.id, owner)).toBe("viewer");
    expect(() => changeMemberRole(t.db, as(owner2), team.id, owner2.id, "editor")).toThrow(ConflictError);
  });

  it("is NotFound for a user who is not a member", () => {
    const team = standardTeam();
    expect(() => changeMemberRole(t.db, as(owner), team.id, outsider.id, "viewer")).toThrow("Member not found.");
  });
});

describe("removeMember", () => {
  it("removes a member and clears their current team if it was this one", () => {
    const team = standardTeam();
    expect(currentTeamIdOf(viewer)).toBe(team.id);
    removeMember(t.db, as(owner), team.id, viewer.id);
    expect(roleOf(team.id, viewer)).toBeNull();
    expect(currentTeamIdOf(viewer)).toBeNull();
    expect(() => getTeam(t.db, as(viewer), team.id)).toThrow(NotFoundError);
  });

  it("keeps the member's current team when it is another one", () => {
    const team = standardTeam();
    const other = standardTeam(); // now everyone's current team
    removeMember(t.db, as(owner), team.id, editor.id);
    expect(currentTeamIdOf(editor)).toBe(other.id);
  });

  it("refuses to remove the last owner", () => {
    const team = standardTeam();
    expect(() => removeMember(t.db, as(owner), team.id, owner.id)).toThrow(ConflictError);
    expect(roleOf(team.id, owner)).toBe("owner");
  });

  it("removes an owner when another owner remains", () => {
    const team = standardTeam([{ user: owner2, role: "owner" }]);
    removeMember(t.db, as(owner2), team.id, owner.id);
    expect(listMembers(t.db, as(owner2), team.id).map((m) => m.userId)).not.toContain(owner.id);
  });

  it("refuses an editor (Forbidden)", () => {
    const team = standardTeam();
    expect(() => removeMember(t.db, as(editor), team.id, viewer.id)).toThrow(ForbiddenError);
    expect(roleOf(team.id, viewer)).toBe("viewer");
  });

  it("is NotFound for someone who is not a member", () => {
    const team = standardTeam();
    expect(() => removeMember(t.db, as(owner), team.id, outsider.id)).toThrow(NotFoundError);
  });
});

describe("leaveTeam", () => {
  it("refuses the last owner with a Conflict and keeps the membership", () => {
    const team = standardTeam();
    const err = thrownBy(() => leaveTeam(t.db, as(owner), team.id));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).message).toBe("You are this team's last Owner. Make someone else an Owner before you leave.");
    expect(roleOf(team.id, owner)).toBe("owner");
  });

  it("lets a viewer or editor leave", () => {
    const team = standardTeam();
    leaveTeam(t.db, as(viewer), team.id);
    leaveTeam(t.db, as(editor), team.id);
    expect(listMembers(t.db, as(owner), team.id).map((m) => m.userId)).toEqual([owner.id]);
  });

  it("lets an owner leave when another owner remains", () => {
    const team = standardTeam([{ user: owner2, role: "owner" }]);
    leaveTeam(t.db, as(owner), team.id);
    expect(roleOf(team.id, owner)).toBeNull();
    expect(() => leaveTeam(t.db, as(owner2), team.id)).toThrow(ConflictError);
  });

  it("is NotFound for a non-member", () => {
    const team = standardTeam();
    expect(() => leaveTeam(t.db, as(outsider), team.id)).toThrow(NotFoundError);
  });
});

describe("createInvite", () => {
  it("returns a token whose hash is stored; the token itself is not in the database", () => {
    const team = standardTeam();
    const { id, token } = createInvite(t.db, as(owner), team.id, "editor", NOW);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = inviteRow(id)!;
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.role).toBe("editor");
    expect(row.createdBy).toBe(owner.id);
    expect(row.expiresAt.getTime()).toBe(NOW + INVITE_TTL_MS);
    expect(row.usedAt).toBeNull();
    expect(row.revokedAt).toBeNull();
    const raw = t.sqlite.prepare("select * from invites where id = ?").get(id) as Record<string, unknown>;
    for (const value of Object.values(raw)) expect(String(value)).not.toContain(token);
  });

  it("makes a different token every time", () => {
    const team = standardTeam();
    const a = createInvite(t.db, as(owner), team.id, "viewer");
    const b = createInvite(t.db, as(owner), team.id, "viewer");
    expect(a.token).not.toBe(b.token);
    expect(a.id).not.toBe(b.id);
  });

  it("refuses an editor (Forbidden) and an outsider (NotFound), storing nothing", () => {
    const team = standardTeam();
    expect(() => createInvite(t.db, as(editor), team.id, "owner")).toThrow(ForbiddenError);
    expect(() => createInvite(t.db, as(outsider), team.id, "owner")).toThrow(NotFoundError);
    expect(rowCount(t.sqlite, "invites", "team_id = ?", team.id)).toBe(0);
  });
});

describe("lookupInvite", () => {
  it("shows the team and role of an open invitation", () => {
    const team = standardTeam();
    const { token } = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    expect(lookupInvite(t.db, token, NOW + 1)).toEqual({ teamId: team.id, teamName: team.name, role: "viewer", status: "open" });
  });

  it("is null for an unknown token", () => {
    expect(lookupInvite(t.db, "not-a-real-token")).toBeNull();
  });

  it("does not find an invitation by its stored hash", () => {
    const team = standardTeam();
    const { token } = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    expect(lookupInvite(t.db, hashToken(token))).toBeNull();
  });

  it("reports expired from exactly 7 days on", () => {
    const team = standardTeam();
    const { token } = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    expect(lookupInvite(t.db, token, NOW + INVITE_TTL_MS - 1)?.status).toBe("open");
    expect(lookupInvite(t.db, token, NOW + INVITE_TTL_MS)?.status).toBe("expired");
    expect(lookupInvite(t.db, token, NOW + 8 * DAY)?.status).toBe("expired");
  });

  it("reports used and revoked", () => {
    const team = standardTeam();
    const used = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    acceptInvite(t.db, as(newcomer), used.token, NOW);
    expect(lookupInvite(t.db, used.token, NOW)?.status).toBe("used");

    const revoked = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    revokeInvite(t.db, as(owner), team.id, revoked.id);
    expect(lookupInvite(t.db, revoked.token, NOW)?.status).toBe("revoked");
  });
});

describe("acceptInvite", () => {
  it("adds the membership with the invitation's role, marks it used and makes the team current", async () => {
    const team = standardTeam();
    const joiner = await makeUser(t.db, "Jo Joiner");
    const { id, token } = createInvite(t.db, as(owner), team.id, "editor", NOW);
    expect(acceptInvite(t.db, as(joiner), token, NOW + DAY)).toEqual({ teamId: team.id, alreadyMember: false });
    expect(roleOf(team.id, joiner)).toBe("editor");
    expect(currentTeamIdOf(joiner)).toBe(team.id);
    const row = inviteRow(id)!;
    expect(row.usedAt?.getTime()).toBe(NOW + DAY);
    expect(row.usedBy).toBe(joiner.id);
  });

  it("refuses a second use with an InvalidError", () => {
    const team = standardTeam();
    const { token } = createInvite(t.db, as(owner), team.id, "owner", NOW);
    acceptInvite(t.db, as(newcomer), token, NOW);
    const err = thrownBy(() => acceptInvite(t.db, as(outsider), token, NOW));
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).message).toBe("This invitation has already been used. Ask an Owner of the team for a new link.");
    expect(roleOf(team.id, outsider)).toBeNull();
  });

  it("refuses an expired invitation (8 days later)", () => {
    const team = standardTeam();
    const { token } = createInvite(t.db, as(owner), team.id, "editor", NOW);
    const err = thrownBy(() => acceptInvite(t.db, as(newcomer), token, NOW + 8 * DAY));
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).message).toBe("This invitation has expired. Ask an Owner of the team for a new link.");
    expect(roleOf(team.id, newcomer)).toBeNull();
  });

  it("refuses a revoked invitation", () => {
    const team = standardTeam();
    const { id, token } = createInvite(t.db, as(owner), team.id, "editor", NOW);
    revokeInvite(t.db, as(owner), team.id, id);
    const err = thrownBy(() => acceptInvite(t.db, as(newcomer), token, NOW));
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).message).toBe("This invitation was revoked. Ask an Owner of the team for a new link.");
    expect(roleOf(team.id, newcomer)).toBeNull();
  });

  it("is NotFound for an unknown token", () => {
    expect(() => acceptInvite(t.db, as(newcomer), "not-a-real-token", NOW)).toThrow(NotFoundError);
  });

  it("does not change an existing member's role and leaves the link open for its invitee", () => {
    const team = standardTeam();
    const { id, token } = createInvite(t.db, as(owner), team.id, "owner", NOW);
    expect(acceptInvite(t.db, as(viewer), token, NOW)).toEqual({ teamId: team.id, alreadyMember: true });
    expect(roleOf(team.id, viewer)).toBe("viewer");
    expect(inviteRow(id)?.usedAt).toBeNull();
    expect(lookupInvite(t.db, token, NOW)?.status).toBe("open");
  });
});

describe("revokeInvite", () => {
  it("lets an owner revoke an open invitation", () => {
    const team = standardTeam();
    const { id } = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    revokeInvite(t.db, as(owner), team.id, id);
    expect(inviteRow(id)?.revokedAt).toBeInstanceOf(Date);
  });

  it("refuses a non-owner (Forbidden) and keeps the invitation open", () => {
    const team = standardTeam();
    const { id, token } = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    expect(() => revokeInvite(t.db, as(editor), team.id, id)).toThrow(ForbiddenError);
    expect(() => revokeInvite(t.db, as(viewer), team.id, id)).toThrow(ForbiddenError);
    expect(lookupInvite(t.db, token, NOW)?.status).toBe("open");
  });

  it("cannot revoke team A's invitation through team B's id", () => {
    const teamA = standardTeam();
    const teamB = standardTeam(); // the same owner owns both
    const { id, token } = createInvite(t.db, as(owner), teamA.id, "editor", NOW);
    expect(() => revokeInvite(t.db, as(owner), teamB.id, id)).toThrow(NotFoundError);
    expect(lookupInvite(t.db, token, NOW)?.status).toBe("open");
  });

  it("is NotFound for an invitation already used or revoked", () => {
    const team = standardTeam();
    const used = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    acceptInvite(t.db, as(newcomer), used.token, NOW);
    expect(() => revokeInvite(t.db, as(owner), team.id, used.id)).toThrow("That invitation is no longer open.");
    expect(inviteRow(used.id)?.revokedAt).toBeNull();

    const twice = createInvite(t.db, as(owner), team.id, "viewer", NOW);
    revokeInvite(t.db, as(owner), team.id, twice.id);
    expect(() => revokeInvite(t.db, as(owner), team.id, twice.id)).toThrow(NotFoundError);
  });
});

describe("listInvites", () => {
  it("lists the team's invitations with their status and who made and used them", () => {
    const team = standardTeam();
    const open = createInvite(t.db, as(owner), team.id, "viewer", NOW - 3 * DAY);
    const used = createInvite(t.db, as(owner), team.id, "editor", NOW - 2 * DAY);
    const revoked = createInvite(t.db, as(owner), team.id, "viewer", NOW - DAY);
    const expired = createInvite(t.db, as(owner), team.id, "viewer", NOW - 8 * DAY);
    acceptInvite(t.db, as(newcomer), used.token, NOW - DAY);
    revokeInvite(t.db, as(owner), team.id, revoked.id);
    standardTeam(); // an unrelated team's invitations must not appear
    const rows = listInvites(t.db, as(owner), team.id, NOW);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [revoked.id, "revoked"],
      [used.id, "used"],
      [open.id, "open"],
      [expired.id, "expired"],
    ]);
    expect(rows.find((r) => r.id === used.id)).toMatchObject({ createdByName: "Olive Owner", usedByName: "Nina Newcomer", role: "editor" });
    expect(rows.find((r) => r.id === open.id)).toMatchObject({ usedByName: null });
    expect(rows.every((r) => !("tokenHash" in r))).toBe(true);
  });

  it("is only for owners", () => {
    const team = standardTeam();
    expect(() => listInvites(t.db, as(editor), team.id)).toThrow(ForbiddenError);
    expect(() => listInvites(t.db, as(outsider), team.id)).toThrow(NotFoundError);
  });
});
