import { describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { createTestDb } from "@/tests/helpers/db";

describe("migrateDatabase", () => {
  it("creates every table and can run again without changing anything", () => {
    const t = createTestDb();
    try {
      const tables = () =>
        (t.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map(
          (r) => r.name,
        );
      const first = tables();
      expect(first).toEqual(expect.arrayContaining(["invites", "memberships", "people", "projects", "roster_entries", "sessions", "sign_in_failures", "teams", "users"]));
      migrateDatabase(t.db);
      expect(tables()).toEqual(first);
    } finally {
      t.close();
    }
  });
});

describe("openDatabase (via the test helper)", () => {
  it("turns on foreign keys and WAL, with a 32 MiB page cache", () => {
    const t = createTestDb();
    try {
      expect(t.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(t.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      // Negative: KiB (SQLite's default, -2000, spills a 20,000-row import's pages).
      expect(t.sqlite.pragma("cache_size", { simple: true })).toBe(-32 * 1024);
    } finally {
      t.close();
    }
  });
});
