import { and, asc, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { DB } from "@/db";
import { people, projects, rosterEntries, type Project } from "@/db/schema";
import { InvalidError } from "@/lib/errors";
import { newId } from "@/lib/tokens";
import type { ProjectInput } from "@/lib/validation/project";
import { requireProjectPermission, requireTeamPermission, type Actor } from "./access";
import { checkRevision } from "./revision";
import { foldForSearch } from "@/lib/text/fold";

export type ProjectListFilter = { q: string; archived: "active" | "archived" | "all" };

export type ProjectListItem = Project & { crewCount: number };

export function listProjects(db: DB, actor: Actor, teamId: string, filter: ProjectListFilter): ProjectListItem[] {
  requireTeamPermission(db, actor, teamId, "project:read");
  const conditions = [eq(projects.teamId, teamId)];
  if (filter.archived === "active") conditions.push(isNull(projects.archivedAt));
  if (filter.archived === "archived") conditions.push(isNotNull(projects.archivedAt));
  const q = foldForSearch(filter.q);
  const crew = db
    .select({ projectId: rosterEntries.projectId, n: sql<number>`count(distinct ${rosterEntries.personId})`.as("n") })
    .from(rosterEntries)
    .groupBy(rosterEntries.projectId)
    .as("crew");
  return db
    .select({ project: projects, crewCount: sql<number>`coalesce(${crew.n}, 0)` })
    .from(projects)
    .leftJoin(crew, eq(crew.projectId, projects.id))
    .where(and(...conditions))
    .orderBy(desc(projects.updatedAt))
    .all()
    .map((r) => ({ ...r.project, crewCount: Number(r.crewCount) }))
    // A team has tens of projects, not millions: matching here ignores case and accents in every script,
    // which SQLite's LIKE (ASCII-only case folding) cannot.
    .filter((p) => !q || foldForSearch(p.title).includes(q) || foldForSearch(p.logline).includes(q));
}

export function countProjects(db: DB, actor: Actor, teamId: string): { active: number; archived: number } {
  requireTeamPermission(db, actor, teamId, "project:read");
  const rows = db
    .select({ archived: sql<number>`${projects.archivedAt} is not null`, n: count() })
    .from(projects)
    .where(eq(projects.teamId, teamId))
    .groupBy(sql`${projects.archivedAt} is not null`)
    .all();
  return {
    active: rows.find((r) => !r.archived)?.n ?? 0,
    archived: rows.find((r) => r.archived)?.n ?? 0,
  };
}

export function getProject(db: DB, actor: Actor, projectId: string) {
  return requireProjectPermission(db, actor, projectId, "project:read");
}

export function createProject(db: DB, actor: Actor, teamId: string, input: ProjectInput): Project {
  requireTeamPermission(db, actor, teamId, "project:write");
  return db
    .insert(projects)
    .values({ id: newId(), teamId, createdBy: actor.userId, ...input })
    .returning()
    .get();
}

/**
 * Saves project fields from a form or API client that opened the project at
 * `expectedRevision`; refuses (StaleRevisionError) when someone changed them since.
 */
export function updateProject(db: DB, actor: Actor, projectId: string, input: Partial<ProjectInput>, expectedRevision: number | null): Project {
  return db.transaction((tx) => {
    const { project } = requireProjectPermission(tx, actor, projectId, "project:write");
    checkRevision(tx, actor, project, expectedRevision, "project");
    return tx
      .update(projects)
      .set({ ...input, updatedAt: new Date(), updatedBy: actor.userId, revision: project.revision + 1 })
      .where(eq(projects.id, projectId))
      .returning()
      .get()!;
  });
}

export function setProjectArchived(db: DB, actor: Actor, projectId: string, archived: boolean): Project {
  requireProjectPermission(db, actor, projectId, "project:write");
  return db
    .update(projects)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(eq(projects.id, projectId))
    .returning()
    .get()!;
}

/** Deletes a project and everything in it, once the caller has typed its exact title. */
export function deleteProject(db: DB, actor: Actor, projectId: string, confirmTitle: string): void {
  const { project } = requireProjectPermission(db, actor, projectId, "project:delete");
  if (confirmTitle.normalize("NFC").trim() !== project.title) {
    throw new InvalidError("Type the project's title exactly to confirm.", { confirmTitle: ["Type the project's title exactly to confirm."] });
  }
  db.delete(projects).where(eq(projects.id, projectId)).run();
}

/** What the overview shows of the roster until the roster pages exist: crew by department. */
export function rosterSummary(db: DB, actor: Actor, projectId: string) {
  requireProjectPermission(db, actor, projectId, "project:read");
  const byDepartment = db
    .select({ department: rosterEntries.department, people: sql<number>`count(distinct ${rosterEntries.personId})` })
    .from(rosterEntries)
    .where(eq(rosterEntries.projectId, projectId))
    .groupBy(rosterEntries.department)
    .orderBy(asc(sql`min(${rosterEntries.sortKey})`))
    .all();
  const totals = db
    .select({ people: sql<number>`count(distinct ${rosterEntries.personId})`, entries: count() })
    .from(rosterEntries)
    .where(eq(rosterEntries.projectId, projectId))
    .get();
  const multiHat = db
    .select({ personId: rosterEntries.personId, name: people.creditedName, hats: count() })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(eq(rosterEntries.projectId, projectId))
    .groupBy(rosterEntries.personId)
    .having(sql`count(*) > 1`)
    .orderBy(desc(count()), asc(people.sortKey))
    .all();
  return { byDepartment, people: totals?.people ?? 0, entries: totals?.entries ?? 0, multiHat };
}

