import { aliasedTable, and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Conn, DB } from "@/db";
import { customResponsibilities, people, rosterEntries, users, workEntries, type CustomResponsibility, type Project, type WorkEntry } from "@/db/schema";
import type { Degree } from "@/lib/credits/types";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/tokens";
import { workFocusOf } from "@/lib/work/focus";
import { customResponsibility, getResponsibility, RESPONSIBILITIES, WORK_STAGES, workStageOfProject, type Lane, type Responsibility, type WorkStage } from "@/lib/work/taxonomy";
import type { CustomResponsibilityInput, WorkEntryInput } from "@/lib/validation/work";
import { requireProjectPermission, type Actor } from "./access";
import { checkRevision } from "./revision";
import { issueUndo, takeUndo } from "./undo";

const DEGREE_RANK: Record<Degree, number> = { supporting: 1, equal: 2, lead: 3 };

/** A custom row as the taxonomy's Responsibility shape. */
export function customAsResponsibility(row: Pick<CustomResponsibility, "responsibilityId" | "name" | "lane" | "stages" | "description">): Responsibility {
  const r = customResponsibility({ name: row.name, lane: row.lane, stages: row.stages, description: row.description });
  return { ...r, id: row.responsibilityId };
}

/** The taxonomy plus the project's custom responsibilities (no access check: callers check). */
export function responsibilitiesOf(db: Conn, projectId: string): Responsibility[] {
  const custom = db.select().from(customResponsibilities).where(eq(customResponsibilities.projectId, projectId)).orderBy(asc(customResponsibilities.createdAt)).all();
  return [...RESPONSIBILITIES, ...custom.map(customAsResponsibility)];
}

export function projectResponsibilities(db: DB, actor: Actor, projectId: string) {
  requireProjectPermission(db, actor, projectId, "project:read");
  const custom = db.select().from(customResponsibilities).where(eq(customResponsibilities.projectId, projectId)).orderBy(asc(customResponsibilities.createdAt)).all();
  const used = new Map(
    db
      .select({ id: workEntries.responsibilityId, n: sql<number>`count(*)` })
      .from(workEntries)
      .where(eq(workEntries.projectId, projectId))
      .groupBy(workEntries.responsibilityId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return { all: [...RESPONSIBILITIES, ...custom.map(customAsResponsibility)], custom: custom.map((c) => ({ ...c, entries: used.get(c.responsibilityId) ?? 0 })) };
}

/** The responsibility a project may log work against, or a clear refusal. */
function requireResponsibility(db: Conn, projectId: string, responsibilityId: string): Responsibility {
  const known = getResponsibility(responsibilityId);
  if (known) return known;
  const row = responsibilityId.startsWith("custom:")
    ? db
        .select()
        .from(customResponsibilities)
        .where(and(eq(customResponsibilities.projectId, projectId), eq(customResponsibilities.responsibilityId, responsibilityId)))
        .get()
    : undefined;
  if (!row) {
    throw new InvalidError("That responsibility is not one of this project's.", { responsibilityId: ["Choose a responsibility from this project's list."] });
  }
  return customAsResponsibility(row);
}

/** Work can only be logged for people on the project's roster. */
function requireOnRoster(db: Conn, projectId: string, personId: string): void {
  const row = db
    .select({ id: rosterEntries.id })
    .from(rosterEntries)
    .where(and(eq(rosterEntries.projectId, projectId), eq(rosterEntries.personId, personId)))
    .limit(1)
    .get();
  if (!row) throw new InvalidError("That person is not on this project's roster. Add them to the roster first.", { personId: ["Choose someone on this project's roster."] });
}

function checkAmount(r: Responsibility, amountRaised: number | null): void {
  if (amountRaised !== null && !r.tracksAmount) {
    throw new InvalidError("Only financing work records an amount raised.", { amountRaised: [`"${r.name}" is not financing work; leave the amount empty.`] });
  }
}

function columnsOf(input: WorkEntryInput) {
  return {
    personId: input.personId,
    responsibilityId: input.responsibilityId,
    stage: input.stage,
    degree: input.degree,
    effortHours: input.effortHours,
    startDate: input.startDate,
    endDate: input.endDate,
    note: input.note,
    amountRaised: input.amountRaised,
  };
}

export function createWorkEntry(db: DB, actor: Actor, projectId: string, input: WorkEntryInput, now = Date.now()): WorkEntry {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    requireOnRoster(tx, projectId, input.personId);
    checkAmount(requireResponsibility(tx, projectId, input.responsibilityId), input.amountRaised);
    return tx
      .insert(workEntries)
      .values({ id: newId(), projectId, ...columnsOf(input), createdBy: actor.userId, createdAt: new Date(now), updatedBy: actor.userId, updatedAt: new Date(now) })
      .returning()
      .get();
  });
}

function requireEntry(db: Conn, projectId: string, entryId: string): WorkEntry {
  const row = db.select().from(workEntries).where(and(eq(workEntries.id, entryId), eq(workEntries.projectId, projectId))).get();
  if (!row) throw new NotFoundError("That work entry no longer exists.");
  return row;
}

/**
 * Saves an edit of an entry opened at `expectedRevision` (null: none named, refused with 428);
 * refuses with a StaleRevisionError, saving nothing, when someone changed it since.
 */
export function updateWorkEntry(
  db: DB,
  actor: Actor,
  projectId: string,
  entryId: string,
  input: WorkEntryInput,
  expectedRevision: number | null,
  now = Date.now(),
): WorkEntry {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const entry = requireEntry(tx, projectId, entryId);
    checkRevision(tx, actor, entry, expectedRevision, "work entry");
    requireOnRoster(tx, projectId, input.personId);
    checkAmount(requireResponsibility(tx, projectId, input.responsibilityId), input.amountRaised);
    return tx
      .update(workEntries)
      .set({ ...columnsOf(input), updatedBy: actor.userId, updatedAt: new Date(now), revision: entry.revision + 1 })
      .where(eq(workEntries.id, entryId))
      .returning()
      .get();
  });
}

/** Deletes entries (all or nothing) and returns them with the token that undoes it (see db/queries/undo.ts). */
export function deleteWorkEntries(db: DB, actor: Actor, projectId: string, entryIds: readonly string[], now = Date.now()): { rows: WorkEntry[]; undoToken: string } {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const rows = entryIds.length ? tx.select().from(workEntries).where(and(eq(workEntries.projectId, projectId), inArray(workEntries.id, [...entryIds]))).all() : [];
    if (rows.length !== new Set(entryIds).size) throw new NotFoundError("Some of those work entries no longer exist. Nothing was deleted.");
    tx.delete(workEntries).where(inArray(workEntries.id, rows.map((r) => r.id))).run();
    return { rows, undoToken: issueUndo(tx, actor, projectId, "work-entries", rows.map(keptForUndo), now) };
  });
}

/** A deleted entry as the undo store keeps it (JSON: dates as epoch milliseconds). */
type KeptEntry = Omit<WorkEntry, "createdAt" | "updatedAt"> & { createdAt: number; updatedAt: number };
const keptForUndo = (r: WorkEntry): KeptEntry => ({ ...r, createdAt: r.createdAt.getTime(), updatedAt: r.updatedAt.getTime() });

/**
 * Undo of a deletion: the entries the token stands for come back as they were (same ids, who
 * created them and when), if their people and responsibilities still belong to the project;
 * their revision moves on, so an edit form opened before the deletion can't overwrite them.
 * Returns how many came back (an id in use again is skipped).
 */
export function restoreWorkEntries(db: DB, actor: Actor, projectId: string, undoToken: string, now = Date.now()): number {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const rows = takeUndo(tx, actor, projectId, "work-entries", undoToken, now) as KeptEntry[];
    let n = 0;
    for (const r of rows) {
      requireOnRoster(tx, projectId, r.personId);
      checkAmount(requireResponsibility(tx, projectId, r.responsibilityId), r.amountRaised);
      // Whoever logged it may have deleted their account since.
      const createdBy = r.createdBy && tx.select({ id: users.id }).from(users).where(eq(users.id, r.createdBy)).get() ? r.createdBy : null;
      n += tx
        .insert(workEntries)
        .values({ ...r, projectId, createdBy, createdAt: new Date(r.createdAt), updatedBy: actor.userId, updatedAt: new Date(now), revision: r.revision + 1 })
        .onConflictDoNothing()
        .run().changes;
    }
    return n;
  });
}

export type WorkFilter = { personId?: string; responsibilityId?: string; stage?: WorkStage };

const creators = aliasedTable(users, "creators");
const updaters = aliasedTable(users, "updaters");

/** The project's work log, newest first, with names of the person and of who logged it. */
export function listWorkEntries(db: DB, actor: Actor, projectId: string, filter: WorkFilter = {}) {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  const where = [eq(workEntries.projectId, projectId)];
  if (filter.personId) where.push(eq(workEntries.personId, filter.personId));
  if (filter.responsibilityId) where.push(eq(workEntries.responsibilityId, filter.responsibilityId));
  if (filter.stage) where.push(eq(workEntries.stage, filter.stage));
  const rows = db
    .select({
      entry: workEntries,
      personName: people.creditedName,
      createdByName: creators.name,
      updatedByName: updaters.name,
    })
    .from(workEntries)
    .innerJoin(people, eq(people.id, workEntries.personId))
    .leftJoin(creators, eq(creators.id, workEntries.createdBy))
    .leftJoin(updaters, eq(updaters.id, workEntries.updatedBy))
    .where(and(...where))
    .orderBy(desc(workEntries.updatedAt), asc(workEntries.id))
    .all();
  return { project, role, rows };
}

export function getWorkEntry(db: DB, actor: Actor, projectId: string, entryId: string): WorkEntry {
  requireProjectPermission(db, actor, projectId, "project:read");
  return requireEntry(db, projectId, entryId);
}

/** People on the roster in end-crawl order with their roles: who work can be logged for. */
export function workPeople(db: Conn, projectId: string): { id: string; name: string; roles: string }[] {
  return db
    .select({ id: people.id, name: people.creditedName, roles: sql<string>`group_concat(${rosterEntries.role}, ', ')` })
    .from(rosterEntries)
    .innerJoin(people, eq(people.id, rosterEntries.personId))
    .where(eq(rosterEntries.projectId, projectId))
    .groupBy(people.id)
    .orderBy(sql`min(${rosterEntries.sortKey})`, asc(people.sortKey))
    .all();
}

/** Where a project's work is (lib/work/focus.ts): the matrix opens at its busiest stage and lane. */
export function workFocus(db: DB, actor: Actor, projectId: string): { stage: WorkStage; lane: Lane | null } {
  const { project } = requireProjectPermission(db, actor, projectId, "project:read");
  const counts = db
    .select({ stage: workEntries.stage, responsibilityId: workEntries.responsibilityId, n: count() })
    .from(workEntries)
    .where(eq(workEntries.projectId, projectId))
    .groupBy(workEntries.stage, workEntries.responsibilityId)
    .all();
  return workFocusOf(counts, workStageOfProject(project.stage), new Map(responsibilitiesOf(db, projectId).map((r) => [r.id, r.lane])));
}

/** The matrix at one stage: people × responsibilities, each cell the strongest degree logged. */
export function matrixData(db: DB, actor: Actor, projectId: string, stage: WorkStage) {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  const rows = db
    .select({ personId: workEntries.personId, responsibilityId: workEntries.responsibilityId, degree: workEntries.degree })
    .from(workEntries)
    .where(and(eq(workEntries.projectId, projectId), eq(workEntries.stage, stage)))
    .all();
  const cells: Record<string, { degree: Degree; count: number }> = {};
  for (const r of rows) {
    const key = `${r.personId}|${r.responsibilityId}`;
    const cell = cells[key];
    if (!cell) cells[key] = { degree: r.degree, count: 1 };
    else {
      cell.count++;
      if (DEGREE_RANK[r.degree] > DEGREE_RANK[cell.degree]) cell.degree = r.degree;
    }
  }
  return { project, role, people: workPeople(db, projectId), responsibilities: responsibilitiesOf(db, projectId), cells };
}

function strongest(rows: readonly { degree: Degree }[]): Degree | null {
  let best: Degree | null = null;
  for (const r of rows) if (best === null || DEGREE_RANK[r.degree] > DEGREE_RANK[best]) best = r.degree;
  return best;
}

export class StaleCellError extends ConflictError {
  constructor(
    readonly degree: Degree | null,
    readonly count: number,
  ) {
    super("Someone else changed this cell a moment ago; it now shows their value.");
  }
}

/**
 * One matrix cell: sets the degree of every entry of (person, responsibility, stage),
 * creates one when there are none, deletes them all for "none" (with a token that undoes it).
 * `expected` is what the user saw: if the cell changed since, nothing is written.
 */
export function setMatrixCell(
  db: DB,
  actor: Actor,
  projectId: string,
  input: { personId: string; responsibilityId: string; stage: WorkStage; degree: Degree | null; expected: Degree | null },
  now = Date.now(),
): { degree: Degree | null; count: number; removed: number; undoToken?: string } {
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    requireOnRoster(tx, projectId, input.personId);
    requireResponsibility(tx, projectId, input.responsibilityId);
    const triple = and(
      eq(workEntries.projectId, projectId),
      eq(workEntries.personId, input.personId),
      eq(workEntries.responsibilityId, input.responsibilityId),
      eq(workEntries.stage, input.stage),
    );
    const current = tx.select().from(workEntries).where(triple).all();
    if (strongest(current) !== input.expected) throw new StaleCellError(strongest(current), current.length);
    if (input.degree === null) {
      if (current.length === 0) return { degree: null, count: 0, removed: 0 };
      tx.delete(workEntries).where(triple).run();
      return { degree: null, count: 0, removed: current.length, undoToken: issueUndo(tx, actor, projectId, "work-entries", current.map(keptForUndo), now) };
    }
    if (current.length === 0) {
      tx.insert(workEntries)
        .values({
          id: newId(),
          projectId,
          personId: input.personId,
          responsibilityId: input.responsibilityId,
          stage: input.stage,
          degree: input.degree,
          createdBy: actor.userId,
          createdAt: new Date(now),
          updatedBy: actor.userId,
          updatedAt: new Date(now),
        })
        .run();
      return { degree: input.degree, count: 1, removed: 0 };
    }
    tx.update(workEntries)
      .set({ degree: input.degree, updatedBy: actor.userId, updatedAt: new Date(now), revision: sql`${workEntries.revision} + 1` })
      .where(triple)
      .run();
    return { degree: input.degree, count: current.length, removed: 0 };
  });
}

/** One person's work on the project in production order, with their roster roles. */
export function personTimeline(db: DB, actor: Actor, projectId: string, personId: string) {
  const { project, role } = requireProjectPermission(db, actor, projectId, "project:read");
  const person = db
    .select({ id: people.id, name: people.creditedName, teamId: people.teamId })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.teamId, project.teamId)))
    .get();
  if (!person) throw new NotFoundError("Person not found.");
  const roles = db
    .select({ role: rosterEntries.role, department: rosterEntries.department })
    .from(rosterEntries)
    .where(and(eq(rosterEntries.projectId, projectId), eq(rosterEntries.personId, personId)))
    .orderBy(asc(rosterEntries.sortKey))
    .all();
  const entries = db.select().from(workEntries).where(and(eq(workEntries.projectId, projectId), eq(workEntries.personId, personId))).all();
  const stageRank = new Map<string, number>(WORK_STAGES.map((s, i) => [s, i]));
  entries.sort(
    (a, b) =>
      (stageRank.get(a.stage) ?? 9) - (stageRank.get(b.stage) ?? 9) ||
      (a.startDate ?? "9999").localeCompare(b.startDate ?? "9999") ||
      DEGREE_RANK[b.degree] - DEGREE_RANK[a.degree] ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
  return { project, role, person, roles, entries, responsibilities: responsibilitiesOf(db, projectId) };
}

export function addCustomResponsibility(db: DB, actor: Actor, projectId: string, input: CustomResponsibilityInput): CustomResponsibility {
  const r = customResponsibility({ name: input.name, lane: input.lane, stages: input.stages, description: input.description });
  return db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const clash = tx
      .select({ name: customResponsibilities.name })
      .from(customResponsibilities)
      .where(and(eq(customResponsibilities.projectId, projectId), eq(customResponsibilities.responsibilityId, r.id)))
      .get();
    if (clash) throw new InvalidError(`This project already has "${clash.name}".`, { name: [`"${clash.name}" already exists; choose another name.`] });
    const standard = RESPONSIBILITIES.find((t) => t.name.localeCompare(r.name, undefined, { sensitivity: "base" }) === 0 || `custom:${t.id}` === r.id);
    if (standard) {
      throw new InvalidError(`"${r.name}" is already in the standard list.`, { name: [`The standard list already has "${standard.name}"; use that one.`] });
    }
    return tx
      .insert(customResponsibilities)
      .values({ id: newId(), projectId, responsibilityId: r.id, name: r.name, lane: r.lane, stages: [...r.stages], description: input.description, createdBy: actor.userId })
      .returning()
      .get();
  });
}

/** Removes a custom responsibility nobody's work uses (work entries would lose their meaning). */
export function deleteCustomResponsibility(db: DB, actor: Actor, projectId: string, id: string): void {
  db.transaction((tx) => {
    requireProjectPermission(tx, actor, projectId, "project:write");
    const row = tx.select().from(customResponsibilities).where(and(eq(customResponsibilities.id, id), eq(customResponsibilities.projectId, projectId))).get();
    if (!row) throw new NotFoundError("That responsibility no longer exists.");
    const used = tx
      .select({ n: sql<number>`count(*)` })
      .from(workEntries)
      .where(and(eq(workEntries.projectId, projectId), eq(workEntries.responsibilityId, row.responsibilityId)))
      .get()?.n ?? 0;
    if (used > 0) throw new ConflictError(`"${row.name}" is used by ${used} work ${used === 1 ? "entry" : "entries"}. Delete or change those first.`);
    tx.delete(customResponsibilities).where(eq(customResponsibilities.id, id)).run();
  });
}

export type { Project };

/** How many people on the project's roster have at least one work entry (the overview's checklist). */
export function peopleWithWork(db: DB, actor: Actor, projectId: string): number {
  requireProjectPermission(db, actor, projectId, "project:read");
  return (
    db
      .select({ n: sql<number>`count(distinct ${workEntries.personId})` })
      .from(workEntries)
      .where(and(eq(workEntries.projectId, projectId), sql`${workEntries.personId} in (select ${rosterEntries.personId} from ${rosterEntries} where ${rosterEntries.projectId} = ${projectId})`))
      .get()?.n ?? 0
  );
}
