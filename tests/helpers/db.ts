import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type DB } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { seedTeam, seedUser } from "@/db/seed";
import type { User } from "@/db/schema";

export type TestDb = {
  db: DB;
  sqlite: ReturnType<typeof openDatabase>["sqlite"];
  file: string;
  /** Closes the connection and deletes the database file (and its WAL/SHM files). */
  close: () => void;
};

/** A fresh SQLite file in the OS temp folder with the app's real migrations applied. */
export function createTestDb(): TestDb {
  const file = path.join(os.tmpdir(), `hatrack-test-${process.pid}-${randomUUID()}.db`);
  const { db, sqlite } = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    sqlite,
    file,
    close: () => {
      if (sqlite.open) sqlite.close();
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    },
  };
}

/** A password that passes the password rules; every test user gets it unless told otherwise. */
export const TEST_PASSWORD = "correct-horse-battery-staple";

/** A user with a unique email (argon2 hashing makes each one cost ~50 ms: keep them few). */
export function makeUser(db: DB, name: string, password: string = TEST_PASSWORD): Promise<User> {
  const local = name.toLowerCase().replace(/[^a-z0-9]+/g, ".");
  return seedUser(db, { name, email: `${local}.${randomUUID().slice(0, 8)}@example.test`, password });
}

/** Row count of a table, straight from SQLite (bypasses the data layer under test). */
export function rowCount(sqlite: TestDb["sqlite"], table: string, where = "1 = 1", ...params: unknown[]): number {
  const row = sqlite.prepare(`select count(*) as n from ${table} where ${where}`).get(...params) as { n: number };
  return row.n;
}

/** The four users most data-layer tests act as: an Owner, an Editor, a Viewer and someone outside the team. */
export async function makeRoleUsers(db: DB): Promise<{ owner: User; editor: User; viewer: User; outsider: User }> {
  const [owner, editor, viewer, outsider] = await Promise.all([
    makeUser(db, "Olive Owner"),
    makeUser(db, "Eddie Editor"),
    makeUser(db, "Vera Viewer"),
    makeUser(db, "Otto Outsider"),
  ]);
  return { owner: owner!, editor: editor!, viewer: viewer!, outsider: outsider! };
}

/** A team of the role users: `owner` as Owner, `editor` as Editor, `viewer` as Viewer (the outsider stays out). */
export function roleTeam(db: DB, users: Awaited<ReturnType<typeof makeRoleUsers>>, name = "Lighthouse") {
  return seedTeam(db, name, [
    { user: users.owner, role: "owner" },
    { user: users.editor, role: "editor" },
    { user: users.viewer, role: "viewer" },
  ]);
}

/**
 * The data-layer tests' usual scenario: a fresh migrated database, the four role users, their
 * team "Lighthouse" (Owner, Editor, Viewer) and the outsider's own team "Elsewhere". Use it in
 * a beforeAll and close `t` in an afterAll:
 *   beforeAll(async () => ({ t, owner, editor, viewer, outsider, team, otherTeam } = await roleScenario()));
 */
export async function roleScenario() {
  const t = createTestDb();
  const users = await makeRoleUsers(t.db);
  const team = roleTeam(t.db, users);
  const otherTeam = seedTeam(t.db, "Elsewhere", [{ user: users.outsider, role: "owner" }]);
  return { t, ...users, team, otherTeam };
}

/** Acting as a user, for the db/queries functions. */
export const as = (u: User) => ({ userId: u.id });
