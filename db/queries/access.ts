import { and, eq } from "drizzle-orm";
import type { Conn } from "@/db";
import { memberships, projects, type Project } from "@/db/schema";
import { can, type Permission, type TeamRole } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** Who is acting. Every query takes one; access is decided here, never only in the UI or proxy. */
export type Actor = {
  userId: string;
  /**
   * The projects this actor was found to read earlier in the same request, so a page and its
   * layout look a project up once (server/auth's `requestActor` makes one per request). Only
   * read checks use it; a write always checks afresh.
   */
  readonly readable?: Map<string, { project: Project; role: TeamRole }>;
};

/** An actor for one request: it remembers the projects it was found to read (see `readable`). */
export function actorForRequest(userId: string): Actor {
  return { userId, readable: new Map() };
}

export function roleInTeam(db: Conn, actor: Actor, teamId: string): TeamRole | null {
  const row = db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.teamId, teamId), eq(memberships.userId, actor.userId)))
    .get();
  return row?.role ?? null;
}

/**
 * The actor's role in a team, required to grant `permission`.
 * Non-members get NotFound (no hint that the team exists); members without the permission get Forbidden.
 */
export function requireTeamPermission(db: Conn, actor: Actor, teamId: string, permission: Permission): TeamRole {
  const role = roleInTeam(db, actor, teamId);
  if (!role) throw new NotFoundError("Team not found.");
  if (!can(role, permission)) throw new ForbiddenError();
  return role;
}

/** A project with the actor's role in its team, or NotFound / Forbidden as for teams. */
export function requireProjectPermission(
  db: Conn,
  actor: Actor,
  projectId: string,
  permission: Permission,
): { project: Project; role: TeamRole } {
  const read = permission === "project:read";
  const row =
    (read ? actor.readable?.get(projectId) : undefined) ??
    db
      .select({ project: projects, role: memberships.role })
      .from(projects)
      .innerJoin(memberships, and(eq(memberships.teamId, projects.teamId), eq(memberships.userId, actor.userId)))
      .where(eq(projects.id, projectId))
      .get();
  if (!row) throw new NotFoundError("Project not found.");
  if (!can(row.role, permission)) throw new ForbiddenError();
  if (read) actor.readable?.set(projectId, row);
  return row;
}
