import { getDb } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { isEmpty, seedDemo } from "@/db/seed";
import { authSecret, databasePath, seedDemo as shouldSeed } from "@/lib/env";

/** Runs once when the server starts: migrate, seed the demo on a fresh database, make sure a secret exists. */
export async function bootstrap(): Promise<void> {
  const db = getDb();
  migrateDatabase(db);
  authSecret();
  if (shouldSeed && isEmpty(db)) {
    await seedDemo(db);
    console.log(`[hatrack] New database at ${databasePath}: seeded the demo team and project.`);
  }
}
