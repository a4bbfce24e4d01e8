import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { invites, memberships, teams, users, type Invite, type Team } from "@/db/schema";
import { removesLastOwner, ROLE_LABELS, type TeamRole } from "@/lib/auth/roles";
import { inviteMessage } from "@/lib/mail/messages";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { inviteStatus, INVITE_TTL_MS, type InviteStatus } from "@/lib/teams/invites";
import { hashToken, newId, newToken } from "@/lib/tokens";
import { requireTeamPermission, roleInTeam, type Actor } from "./access";
import { enqueueMessage, mailSettings, type MailSettings } from "./outbox";

export type TeamWithRole = Team & { role: TeamRole };

export function listTeams(db: DB, actor: Actor): TeamWithRole[] {
  return db
    .select({ id: teams.id, name: teams.name, senderName: teams.senderName, createdAt: teams.createdAt, role: memberships.role })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(eq(memberships.userId, actor.userId))
    .orderBy(asc(teams.name))
    .all();
}

/** The team the user is working in: their chosen one if still a member, else their first team. */
export function getCurrentTeam(db: DB, actor: Actor): TeamWithRole | null {
  const all = listTeams(db, actor);
  if (all.length === 0) return null;
  const user = db.select({ currentTeamId: users.currentTeamId }).from(users).where(eq(users.id, actor.userId)).get();
  return all.find((t) => t.id === user?.currentTeamId) ?? all[0]!;
}

export function switchTeam(db: DB, actor: Actor, teamId: string): void {
  requireTeamPermission(db, actor, teamId, "team:read");
  db.update(users).set({ currentTeamId: teamId }).where(eq(users.id, actor.userId)).run();
}

/** A new team with the actor as its Owner; it becomes their current team. */
export function createTeam(db: DB, actor: Actor, name: string): Team {
  return db.transaction((tx) => {
    const team = tx.insert(teams).values({ id: newId(), name }).returning().get();
    tx.insert(memberships).values({ teamId: team.id, userId: actor.userId, role: "owner" }).run();
    tx.update(users).set({ currentTeamId: team.id }).where(eq(users.id, actor.userId)).run();
    return team;
  });
}

export function renameTeam(db: DB, actor: Actor, teamId: string, name: string): void {
  requireTeamPermission(db, actor, teamId, "team:rename");
  db.update(teams).set({ name }).where(eq(teams.id, teamId)).run();
}

export function getTeam(db: DB, actor: Actor, teamId: string): TeamWithRole {
  const role = requireTeamPermission(db, actor, teamId, "team:read");
  const team = db.select().from(teams).where(eq(teams.id, teamId)).get();
  if (!team) throw new NotFoundError("Team not found.");
  return { ...team, role };
}

export function listMembers(db: DB, actor: Actor, teamId: string) {
  requireTeamPermission(db, actor, teamId, "team:read");
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, teamId))
    .orderBy(asc(users.name))
    .all();
}

function ownerCount(db: Conn, teamId: string): number {
  return (
    db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.teamId, teamId), eq(memberships.role, "owner")))
      .get()?.n ?? 0
  );
}

const LAST_OWNER = "A team needs at least one Owner. Make someone else an Owner first.";

export function changeMemberRole(db: DB, actor: Actor, teamId: string, userId: string, role: TeamRole): void {
  db.transaction((tx) => {
    requireTeamPermission(tx, actor, teamId, "team:manage-members");
    const current = roleInTeam(tx, { userId }, teamId);
    if (!current) throw new NotFoundError("Member not found.");
    if (removesLastOwner(ownerCount(tx, teamId), current === "owner", role)) throw new ConflictError(LAST_OWNER);
    tx.update(memberships).set({ role }).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId))).run();
  });
}

function dropMembership(tx: Conn, teamId: string, userId: string): void {
  tx.delete(memberships).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId))).run();
  tx.update(users).set({ currentTeamId: null }).where(and(eq(users.id, userId), eq(users.currentTeamId, teamId))).run();
}

export function removeMember(db: DB, actor: Actor, teamId: string, userId: string): void {
  db.transaction((tx) => {
    requireTeamPermission(tx, actor, teamId, "team:manage-members");
    const current = roleInTeam(tx, { userId }, teamId);
    if (!current) throw new NotFoundError("Member not found.");
    if (removesLastOwner(ownerCount(tx, teamId), current === "owner", null)) throw new ConflictError(LAST_OWNER);
    dropMembership(tx, teamId, userId);
  });
}

export function leaveTeam(db: DB, actor: Actor, teamId: string): void {
  db.transaction((tx) => {
    const role = requireTeamPermission(tx, actor, teamId, "team:read");
    if (removesLastOwner(ownerCount(tx, teamId), role === "owner", null)) {
      throw new ConflictError("You are this team's last Owner. Make someone else an Owner before you leave.");
    }
    dropMembership(tx, teamId, actor.userId);
  });
}

export type InviteRow = Pick<Invite, "id" | "role" | "createdAt" | "expiresAt" | "usedAt" | "revokedAt"> & {
  status: InviteStatus;
  createdByName: string | null;
  usedByName: string | null;
};

export function listInvites(db: DB, actor: Actor, teamId: string, now = Date.now()): InviteRow[] {
  requireTeamPermission(db, actor, teamId, "team:manage-members");
  const rows = db
    .select({
      id: invites.id,
      role: invites.role,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
      usedAt: invites.usedAt,
      revokedAt: invites.revokedAt,
      createdBy: invites.createdBy,
      usedBy: invites.usedBy,
    })
    .from(invites)
    .where(eq(invites.teamId, teamId))
    .orderBy(desc(invites.createdAt))
    .all();
  const names = new Map(
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(eq(memberships.teamId, teamId))
      .all()
      .map((u) => [u.id, u.name]),
  );
  return rows.map(({ createdBy, usedBy, ...r }) => ({
    ...r,
    status: inviteStatus(r, now),
    createdByName: (createdBy && names.get(createdBy)) ?? null,
    usedByName: (usedBy && names.get(usedBy)) ?? null,
  }));
}

/** Creates a one-time invitation; the token is returned once and only its hash is stored. */
export function createInvite(db: Conn, actor: Actor, teamId: string, role: TeamRole, now = Date.now()): { id: string; token: string } {
  requireTeamPermission(db, actor, teamId, "team:manage-members");
  const token = newToken();
  const id = newId();
  db.insert(invites)
    .values({ id, teamId, role, tokenHash: hashToken(token), createdBy: actor.userId, createdAt: new Date(now), expiresAt: new Date(now + INVITE_TTL_MS) })
    .run();
  return { id, token };
}

/**
 * An invitation emailed to `email`: the invitation and its message are written together
 * (the outbox sends it, or holds it when no SMTP server is configured). `emailed` says which.
 */
export function emailInvite(
  db: DB,
  actor: Actor,
  teamId: string,
  input: { role: TeamRole; email: string },
  settings: MailSettings = mailSettings(),
  now = Date.now(),
): { id: string; token: string; emailed: "queued" | "held" } {
  return db.transaction((tx) => {
    const invite = createInvite(tx, actor, teamId, input.role, now);
    const team = tx.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId)).get()!;
    const inviter = tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.userId)).get();
    const link = `${settings.appUrl}/invite/${invite.token}`;
    const expiresAt = new Date(now + INVITE_TTL_MS);
    const emailed = enqueueMessage(
      tx,
      {
        teamId,
        kind: "invite",
        dedupeKey: `invite:${invite.id}`,
        to: { address: input.email.trim().toLowerCase() },
        replyTo: inviter?.email ?? null,
        content: inviteMessage({ teamName: team.name, inviterName: inviter?.name ?? "A team Owner", roleLabel: ROLE_LABELS[input.role], link, expiresAt }),
        link,
        expiresAt,
        createdBy: actor.userId,
      },
      settings,
      now,
    );
    return { ...invite, emailed };
  });
}

export function revokeInvite(db: DB, actor: Actor, teamId: string, inviteId: string): void {
  requireTeamPermission(db, actor, teamId, "team:manage-members");
  const res = db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(eq(invites.id, inviteId), eq(invites.teamId, teamId), isNull(invites.usedAt), isNull(invites.revokedAt)))
    .run();
  if (res.changes === 0) throw new NotFoundError("That invitation is no longer open.");
}

/** What the invitation page shows before anyone accepts: the team and role, and whether it still works. */
export function lookupInvite(db: DB, token: string, now = Date.now()) {
  const row = db
    .select({ invite: invites, teamName: teams.name })
    .from(invites)
    .innerJoin(teams, eq(teams.id, invites.teamId))
    .where(eq(invites.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  return { teamId: row.invite.teamId, teamName: row.teamName, role: row.invite.role, status: inviteStatus(row.invite, now) };
}

/** Joins the actor to the invitation's team; the link then stops working. */
export function acceptInvite(db: DB, actor: Actor, token: string, now = Date.now()): { teamId: string; alreadyMember: boolean } {
  return db.transaction((tx) => {
    const invite = tx.select().from(invites).where(eq(invites.tokenHash, hashToken(token))).get();
    if (!invite) throw new NotFoundError("This invitation link is not valid.");
    const status = inviteStatus(invite, now);
    if (status !== "open") {
      throw new InvalidError(
        status === "used"
          ? "This invitation has already been used. Ask an Owner of the team for a new link."
          : status === "revoked"
            ? "This invitation was revoked. Ask an Owner of the team for a new link."
            : "This invitation has expired. Ask an Owner of the team for a new link.",
      );
    }
    const existing = roleInTeam(tx, actor, invite.teamId);
    if (!existing) {
      tx.insert(memberships).values({ teamId: invite.teamId, userId: actor.userId, role: invite.role }).run();
      tx.update(invites).set({ usedAt: new Date(now), usedBy: actor.userId }).where(eq(invites.id, invite.id)).run();
    }
    tx.update(users).set({ currentTeamId: invite.teamId }).where(eq(users.id, actor.userId)).run();
    return { teamId: invite.teamId, alreadyMember: Boolean(existing) };
  });
}
