import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, revokeSession } from "@/db/queries/accounts";
import type { User } from "@/db/schema";
import { sessionToken } from "@/server/auth/token";
import { createTestDb, makeUser, type TestDb } from "@/tests/helpers/db";

// getCurrentUser reads the cookie through NextAuth's auth() and the database through getDb():
// both stand in here, so the test sees every query the look-up makes.
const state = vi.hoisted(() => ({ db: null as unknown, session: null as { sid?: string; user?: { id?: string } } | null }));
vi.mock("@/server/auth/index", () => ({ auth: async () => state.session }));
vi.mock("@/db", async (original) => ({ ...(await original<typeof import("@/db")>()), getDb: () => state.db }));

const { getCurrentUser } = await import("@/server/auth/session");

let t: TestDb;
let user: User;

beforeAll(async () => {
  t = createTestDb();
  state.db = t.db;
  user = await makeUser(t.db, "Sasha Session");
});
afterAll(() => t.close());

/** The statements `body` prepares that read the sessions table. */
async function sessionLookups(body: () => Promise<unknown>): Promise<number> {
  const prepare = vi.spyOn(t.sqlite, "prepare");
  try {
    await body();
    return prepare.mock.calls.filter(([sql]) => /"sessions"/.test(String(sql))).length;
  } finally {
    prepare.mockRestore();
  }
}

describe("getCurrentUser", () => {
  it("checks the session in the database with one look-up (the cookie alone is not trusted)", async () => {
    const sid = createSession(t.db, user.id, "vitest");
    state.session = { sid, user: { id: user.id } };
    let found: Awaited<ReturnType<typeof getCurrentUser>> = null;
    expect(await sessionLookups(async () => (found = await getCurrentUser()))).toBe(1);
    expect(found).toEqual({ id: user.id, name: user.name, email: user.email, sessionId: sid });
  });

  it("is null once the session is revoked (sign out everywhere), though the cookie still names it", async () => {
    const sid = createSession(t.db, user.id, "vitest");
    revokeSession(t.db, user.id, sid);
    state.session = { sid, user: { id: user.id } };
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null when the cookie's user is not the session's, or the cookie names no session", async () => {
    const sid = createSession(t.db, user.id, "vitest");
    state.session = { sid, user: { id: "someone-else" } };
    expect(await getCurrentUser()).toBeNull();
    state.session = { user: { id: user.id } };
    expect(await getCurrentUser()).toBeNull();
    state.session = null;
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("the session cookie", () => {
  it("is read without the database (the proxy's gate), so a request looks its session up once", async () => {
    const reads = vi.spyOn(t.sqlite, "prepare");
    try {
      const signedIn = sessionToken({ token: {}, user: { id: user.id, sid: "s1" } as { id: string } });
      expect(signedIn).toMatchObject({ sub: user.id, sid: "s1" });
      expect(sessionToken({ token: signedIn })).toBe(signedIn);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });
});
