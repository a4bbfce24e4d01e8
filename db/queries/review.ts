import { and, asc, eq, ne } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { credits, people, projects, rosterEntries, type Project } from "@/db/schema";
import type { EngineOutput } from "@/lib/credits/types";
import type { CreditRecord } from "@/lib/decisions/credits-view";
import { NotFoundError } from "@/lib/errors";
import {
  coverage,
  creditHistory,
  personCreditHistory,
  personWork,
  prepareReview,
  resolveConcentrationThreshold,
  truthCheck,
  type CreditHistoryRow,
  type ReviewData,
} from "@/lib/review";
import { cmp } from "@/lib/credits/normalize";
import type { Responsibility } from "@/lib/work/taxonomy";
import { requireProjectPermission, type Actor } from "./access";
import { loadEngineRows } from "./credit-input";
import { runEngine } from "./credits";
import { undecidedClaims } from "@/lib/decisions/claims";

/** Each person's departments on the project's roster (display names, one per department). */
function rosterDepartments(db: Conn, projectId: string): Map<string, string[]> {
  const rows = db
    .selectDistinct({ personId: rosterEntries.personId, department: rosterEntries.department })
    .from(rosterEntries)
    .where(eq(rosterEntries.projectId, projectId))
    .all();
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.personId) ?? [];
    list.push(r.department);
    out.set(r.personId, list);
  }
  return out;
}

/** A project's work as the review reads it: what the matrix, coverage and comparison need. */
export type ProjectWork = {
  project: Project;
  role: ReturnType<typeof requireProjectPermission>["role"];
  /** The aggregation every review view reads (lib/review prepareReview). */
  data: ReviewData;
  /** The Owner's concentration warning threshold as used (0–1). */
  threshold: number;
  /** Every department on the roster, by name (the department filter's options). */
  departments: string[];
};

/** The work plus what the credits say: the engine's suggestions and the held credits (the truth check, hats cards). */
export type ProjectReview = ProjectWork & { output: EngineOutput; records: CreditRecord[]; claims: ReturnType<typeof undecidedClaims> };

function workOf(db: Conn, project: Project, role: ProjectWork["role"], rows: Pick<ReturnType<typeof loadEngineRows>, "people" | "entries">, responsibilities: Responsibility[]): ProjectWork {
  const depts = rosterDepartments(db, project.id);
  const data = prepareReview({ people: rows.people.map((p) => ({ ...p, departments: depts.get(p.id) ?? [] })), responsibilities, entries: rows.entries });
  const departments = [...new Set([...depts.values()].flat())].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }) || cmp(a, b));
  return { project, role, data, threshold: resolveConcentrationThreshold(project.concentrationThreshold), departments };
}

function workOnly(db: Conn, project: Project, role: ProjectWork["role"]): ProjectWork {
  // The rows the engine read (cached with its results at this data revision): no second read.
  const state = runEngine(db, project);
  return workOf(db, project, role, state, state.responsibilities);
}

/** A project's work for the review, without running the credit engine. Readers of the project only. */
export function projectWork(db: DB, actor: Actor, projectId: string): ProjectWork {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  return workOnly(db, project, role);
}

/** A project's multi-hat review: its work aggregated, the engine's suggestions, its held credits. Readers of the project only. */
export function projectReview(db: DB, actor: Actor, projectId: string): ProjectReview {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  const { output, people: crew, responsibilities, entries, records, claims: allClaims } = runEngine(db, project);
  const claims = undecidedClaims(allClaims, records);
  return { ...workOf(db, project, role, { people: crew, entries }, responsibilities), output, records, claims };
}

/** Coverage and the truth check of a review, computed once. */
export function reviewSummary(review: ProjectReview) {
  const people = review.data.people.map((p) => ({ id: p.id, name: p.name }));
  return {
    coverage: coverage(review.data, { threshold: review.threshold }),
    truth: truthCheck(people, [...review.records, ...review.claims], review.output.suggestions),
  };
}

/**
 * The held titles of one person on every project of a team (every decision but a
 * rejection), for their credit history. Archived projects count: they were made.
 */
function teamCreditRows(db: Conn, teamId: string, personId: string): CreditHistoryRow[] {
  return db
    .select({ projectId: credits.projectId, projectTitle: projects.title, personId: credits.personId, title: credits.title, personName: people.creditedName })
    .from(credits)
    .innerJoin(projects, eq(projects.id, credits.projectId))
    .innerJoin(people, eq(people.id, credits.personId))
    .where(and(eq(projects.teamId, teamId), eq(credits.personId, personId), ne(credits.status, "rejected")))
    .orderBy(asc(projects.title), asc(credits.title))
    .all();
}

/**
 * One person's hats card on a project: their work by lane and stage, the titles they hold
 * and the titles their work suggests here, their roster roles, and their credit history
 * across every project of the team. A person not on this project is NotFound, as is a
 * project the actor can't read.
 */
export function personHats(db: DB, actor: Actor, projectId: string, personId: string) {
  const review = projectReview(db, actor, projectId);
  const work = personWork(review.data, personId);
  if (!work) throw new NotFoundError("Person not found on this project.");
  const roles = db
    .select({ department: rosterEntries.department, role: rosterEntries.role })
    .from(rosterEntries)
    .where(and(eq(rosterEntries.projectId, projectId), eq(rosterEntries.personId, personId)))
    .orderBy(asc(rosterEntries.sortKey), asc(rosterEntries.id))
    .all();
  const truth = truthCheck(
    [{ id: work.personId, name: work.name }],
    [...review.records, ...review.claims].filter((r) => r.personId === personId),
    review.output.suggestions.filter((s) => s.personId === personId),
  );
  const suggestions = review.output.suggestions.filter((s) => s.personId === personId);
  const history = personCreditHistory(creditHistory(teamCreditRows(db, review.project.teamId, personId)), personId, work.name);
  return { ...review, work, roles, truth: truth.people[0] ?? null, suggestions, history };
}

/** The team's other projects, for the comparison picker (newest first). */
export function teamProjectsFor(db: DB, actor: Actor, projectId: string): { id: string; title: string; archived: boolean }[] {
  const { project } = requireProjectPermission(db, actor, projectId, "project:read");
  return db
    .select({ id: projects.id, title: projects.title, archivedAt: projects.archivedAt })
    .from(projects)
    .where(and(eq(projects.teamId, project.teamId), ne(projects.id, project.id)))
    .orderBy(asc(projects.title), asc(projects.id))
    .all()
    .map((p) => ({ id: p.id, title: p.title, archived: p.archivedAt !== null }));
}

/**
 * Both projects' reviews for a comparison. The second must belong to the same team as the
 * first (another team's project is NotFound, as if it didn't exist).
 */
export function compareReviews(db: DB, actor: Actor, projectId: string, otherId: string): { a: ProjectWork; b: ProjectWork } {
  const a = projectWork(db, actor, projectId);
  const { project, role } = requireProjectPermission(db, actor, otherId, "project:read");
  if (project.teamId !== a.project.teamId || project.id === a.project.id) throw new NotFoundError("Project not found.");
  return { a, b: workOnly(db, project, role) };
}

/** The Owner's concentration warning threshold (0–1), or null to restore the default. */
export function updateConcentrationThreshold(db: DB, actor: Actor, projectId: string, value: number | null): Project {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "credits:configure");
    return tx
      .update(projects)
      .set({ concentrationThreshold: value === null ? null : resolveConcentrationThreshold(value), updatedAt: new Date() })
      .where(eq(projects.id, projectId))
      .returning()
      .get();
  });
}
