import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databasePath } from "@/lib/env";
import * as schema from "./schema";

/** The drizzle client; `$client` is its better-sqlite3 connection (e.g. `$client.name`, the file, for a worker to open its own). */
export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * SQLite's page cache per connection, in KiB (its default is 2 MiB). A 20,000-row import
 * writes, and a 100,000-entry work log reads, far more pages than 2 MiB: the pages spilled and
 * read again cost a fifth of the import's write. The cache fills only as pages are read.
 */
const PAGE_CACHE_KIB = 32 * 1024;

/** Opens a SQLite file with the settings the app relies on: WAL, foreign keys, a busy timeout, a 32 MiB page cache. */
export function openDatabase(file: string): { db: DB; sqlite: Database.Database } {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  return { db: drizzle(sqlite, { schema }), sqlite };
}

const globalForDb = globalThis as unknown as { hatrackDb?: DB };

/** The app's one cached client, on DATABASE_PATH (default data/hatrack.db), opened on first use. */
export function getDb(): DB {
  if (!globalForDb.hatrackDb) {
    globalForDb.hatrackDb = openDatabase(databasePath).db;
  }
  return globalForDb.hatrackDb;
}

export { schema };

/** A transaction handle; queries that may run inside a transaction take a `Conn`. */
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];
export type Conn = DB | Tx;
