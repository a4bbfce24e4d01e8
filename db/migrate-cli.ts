import { getDb } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { databasePath } from "@/lib/env";

migrateDatabase(getDb());
console.log(`Migrated ${databasePath}`);
