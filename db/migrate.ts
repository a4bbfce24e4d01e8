import { eq } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { DB } from "@/db";
import { people } from "@/db/schema";
import { sortCollationKey } from "@/lib/people/names";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations that the database has not seen yet, then refreshes derived keys. */
export function migrateDatabase(db: DB): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  refreshSortKeys(db);
}

/**
 * Recomputes the people's stored sort keys that the current rule (lib/people/names.ts
 * sortCollationKey: natural numbers, folded accents) would write differently, so a rule
 * change reaches rows written before it. SQL can't compute the key, hence a pass in code at
 * start-up: one read of two short columns, and writes only for the keys that changed.
 */
export function refreshSortKeys(db: DB): number {
  const stale = db
    .select({ id: people.id, sortName: people.sortName, sortKey: people.sortKey })
    .from(people)
    .all()
    .filter((p) => sortCollationKey(p.sortName) !== p.sortKey);
  if (stale.length) {
    db.transaction((tx) => {
      for (const p of stale) tx.update(people).set({ sortKey: sortCollationKey(p.sortName) }).where(eq(people.id, p.id)).run();
    });
  }
  return stale.length;
}
