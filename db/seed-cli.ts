import { getDb } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { DEMO_LOGIN, isEmpty, seedDemo } from "@/db/seed";
import { databasePath } from "@/lib/env";

const db = getDb();
migrateDatabase(db);
if (!isEmpty(db) && !process.argv.includes("--force")) {
  console.log(`${databasePath} already has data; nothing seeded (pass --force to add the demo team again).`);
} else {
  await seedDemo(db);
  console.log(`Seeded the demo into ${databasePath}. Sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
}
