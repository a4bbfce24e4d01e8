import { eq, sql } from "drizzle-orm";
import type { Conn } from "@/db";
import { projects, type Project } from "@/db/schema";

/**
 * Results computed from a project's data, kept in memory and keyed to one of the project's
 * revisions (db/schema.ts): SQLite triggers give the project a new `data_revision`, in the same
 * transaction, on every write that can change what the credit engine reads, and a new
 * `work_revision` on the writes that change the rows of its big read (work entries, roster,
 * names), whichever connection or code path makes them (the import worker too). A value is
 * served only while the stored revision is still the one it was computed at.
 *
 * The rule that keeps it right: a value is stored under the revision of the project row the
 * caller read *before* the data it computes from, and only when that row is still current
 * (re-read here, inside the caller's transaction if there is one). Data read after the
 * revision can only be newer than it, never older — and a newer write has already moved the
 * revision on, so nobody asks for that key again. A transaction that wrote before asking sees
 * its own new revision differ from the row it holds, and computes without caching.
 *
 * Bounded: at most MAX_VALUES values and MAX_WEIGHT rows in all (least recently used go
 * first). One store per server process (on globalThis, so every route bundle shares it).
 * Values are shared between requests: never mutate them (frozen outside production, so a test
 * that tries fails).
 */

const MAX_VALUES = 16;
/** Rows (work entries, people, suggestions) summed over the cached values: about 3 projects of 100,000 entries. */
const MAX_WEIGHT = 320_000;

type Slot = { revision: number; weight: number; value: unknown };
type Store = Map<string, Slot>;

const globalForCache = globalThis as unknown as { hatrackProjectCache?: Store };
const store = (): Store => (globalForCache.hatrackProjectCache ??= new Map());

export type Revisions = Pick<Project, "dataRevision" | "workRevision">;
/** Which revision a cached value depends on: everything the engine reads, or only the work log's rows. */
export type RevisionKind = "data" | "work";

/** The project's revisions as stored now (in the caller's transaction, if any). */
export function currentRevisions(db: Conn, projectId: string): Revisions | undefined {
  return db.select({ dataRevision: projects.dataRevision, workRevision: projects.workRevision }).from(projects).where(eq(projects.id, projectId)).get();
}

/**
 * Runs a bulk write to one project (20,000 roster entries from an import) with the per-row
 * insert triggers held (migration 0009: they skip a project listed in `revision_holds`), then
 * gives the project new revisions once — one UPDATE instead of one per row. Call it inside
 * the write's transaction; the hold is removed and the revisions moved on even when `write`
 * throws, so a hold never outlives the write.
 */
export function withRevisionsHeld<T>(tx: Conn, projectId: string, write: () => T): T {
  tx.run(sql`insert into revision_holds (project_id) values (${projectId})`);
  try {
    return write();
  } finally {
    tx.run(sql`delete from revision_holds where project_id = ${projectId}`);
    tx.run(sql`update projects set data_revision = random() % 9007199254740992, work_revision = random() % 9007199254740992 where id = ${projectId}`);
  }
}

const revisionOf = (r: Revisions, kind: RevisionKind) => (kind === "data" ? r.dataRevision : r.workRevision);

function deepFreeze(value: unknown, seen = new Set<object>()): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v, seen);
  } else {
    for (const v of Object.values(value)) deepFreeze(v, seen);
  }
  Object.freeze(value);
}

/**
 * `compute()` for the project, or the value computed at the same revision (`revision`: which
 * one it depends on). `project` must be the row read before anything `compute` reads (e.g.
 * from requireProjectPermission). `kind` names what is computed, so several results of one
 * project can be cached.
 */
export function cachedForProject<T>(
  db: Conn,
  kind: string,
  revision: RevisionKind,
  project: Pick<Project, "id"> & Revisions,
  compute: () => T,
  weigh: (value: T) => number,
): T {
  const key = `${kind}\u0000${project.id}`;
  const cache = store();
  const slot = cache.get(key);
  const stored = currentRevisions(db, project.id);
  // The caller's row is out of date (a write since, maybe its own, in this transaction): nothing to trust or keep.
  if (!stored || stored.dataRevision !== project.dataRevision || stored.workRevision !== project.workRevision) return compute();
  const current = revisionOf(stored, revision);
  if (slot && slot.revision === current) {
    cache.delete(key); // most recently used last
    cache.set(key, slot);
    return slot.value as T;
  }
  const value = compute();
  if (process.env.NODE_ENV !== "production") deepFreeze(value);
  const weight = Math.max(1, weigh(value));
  cache.delete(key);
  if (weight <= MAX_WEIGHT) {
    cache.set(key, { revision: current, weight, value });
    let total = 0;
    for (const s of cache.values()) total += s.weight;
    for (const [k, s] of cache) {
      if (cache.size <= MAX_VALUES && total <= MAX_WEIGHT) break;
      cache.delete(k);
      total -= s.weight;
    }
  }
  return value;
}

/** Empties the cache (tests). */
export function clearProjectCache(): void {
  store().clear();
}

/** How many values are cached (tests and the bench). */
export function projectCacheSize(): number {
  return store().size;
}
