import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activeSessionUser,
  changePassword,
  createSession,
  createUser,
  getUserById,
  listActiveSessions,
  revokeAllSessions,
  revokeSession,
  signUp,
  TooManyAttemptsError,
  updateProfile,
  verifyCredentials,
} from "@/db/queries/accounts";
import type { User } from "@/db/schema";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { createTestDb, makeUser, rowCount, TEST_PASSWORD, type TestDb } from "@/tests/helpers/db";

const MIN = 60_000;
const NOW = Date.now();

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

const uniqueEmail = (label = "user") => `${label}-${randomUUID().slice(0, 8)}@example.test`;
let ipCounter = 0;
const uniqueIp = () => `203.0.113.${++ipCounter}`;

async function failTimes(n: number, input: { email: string; ip: string | null }, now = NOW) {
  for (let i = 0; i < n; i++) {
    const r = await verifyCredentials(t.db, { ...input, password: "definitely-wrong-password" }, now);
    expect(r).toEqual({ ok: false, reason: "invalid" });
  }
}

describe("createUser", () => {
  it("creates a user with a lower-cased, trimmed email and a hashed password", async () => {
    const email = uniqueEmail("New.User");
    const user = await createUser(t.db, { name: "New User", email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.name).toBe("New User");
    expect(user.passwordHash).not.toContain(TEST_PASSWORD);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(getUserById(t.db, user.id)?.email).toBe(email.toLowerCase());
  });

  it("refuses an email that exists in another case with a ConflictError", async () => {
    const email = uniqueEmail("dup");
    await createUser(t.db, { name: "First", email, password: TEST_PASSWORD });
    await expect(createUser(t.db, { name: "Second", email: email.toUpperCase(), password: TEST_PASSWORD })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(rowCount(t.sqlite, "users", "email = ?", email.toLowerCase())).toBe(1);
  });

  it("refuses a weak password with an InvalidError on the password field, creating nothing", async () => {
    const email = uniqueEmail("weak");
    const err = await createUser(t.db, { name: "Weak", email, password: "password123" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).fieldErrors).toEqual({ password: ["This password is too common. Choose one that is harder to guess."] });
    expect((err as InvalidError).status).toBe(422);
    expect(rowCount(t.sqlite, "users", "email = ?", email)).toBe(0);
  });

  it("refuses the person's name as the password", async () => {
    await expect(createUser(t.db, { name: "Maya Okafor Films", email: uniqueEmail(), password: "mayaokaforfilms" })).rejects.toThrow(
      "Don't use your name as your password.",
    );
  });
});

describe("verifyCredentials", () => {
  let user: User;
  beforeAll(async () => {
    user = await makeUser(t.db, "Verify Me");
  });

  it("accepts the right password, whatever the email's case and spacing", async () => {
    const r = await verifyCredentials(t.db, { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD, ip: uniqueIp() }, NOW);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.user.id).toBe(user.id);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const wrong = await verifyCredentials(t.db, { email: user.email, password: "not-the-password", ip: null }, NOW);
    const unknown = await verifyCredentials(t.db, { email: uniqueEmail("nobody"), password: TEST_PASSWORD, ip: null }, NOW);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("records a failure for the email and for the IP", async () => {
    const email = uniqueEmail("rec");
    const ip = uniqueIp();
    await failTimes(1, { email, ip });
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `email:${email}`)).toBe(1);
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `ip:${ip}`)).toBe(1);
  });

  it("locks the 6th attempt after 5 failures, even with the right password", async () => {
    const u = await makeUser(t.db, "Locked Out");
    await failTimes(5, { email: u.email, ip: null });
    const r = await verifyCredentials(t.db, { email: u.email, password: TEST_PASSWORD, ip: null }, NOW);
    expect(r).toEqual({
      ok: false,
      reason: "locked",
      message: "Too many failed sign-ins. Try again in 15 minutes.",
      retryAfterMinutes: 15,
    });
  });

  it("allows the 5th attempt after only 4 failures", async () => {
    const u = await makeUser(t.db, "Four Failures");
    await failTimes(4, { email: u.email, ip: null });
    const r = await verifyCredentials(t.db, { email: u.email, password: TEST_PASSWORD, ip: null }, NOW);
    expect(r.ok).toBe(true);
  });

  it("counts failures for one email across different cases", async () => {
    const email = uniqueEmail("case");
    await failTimes(3, { email, ip: null });
    await failTimes(2, { email: email.toUpperCase(), ip: null });
    const r = await verifyCredentials(t.db, { email, password: "x-anything-x", ip: null }, NOW);
    expect(r.ok === false && r.reason).toBe("locked");
  });

  it("does not record failures while locked (the lock does not extend itself)", async () => {
    const email = uniqueEmail("nolengthen");
    await failTimes(5, { email, ip: null }, NOW - 10 * MIN);
    const r = await verifyCredentials(t.db, { email, password: "wrong-again-wrong", ip: null }, NOW);
    expect(r).toMatchObject({ reason: "locked", retryAfterMinutes: 5 });
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `email:${email}`)).toBe(5);
  });

  it("locks other emails signing in from an IP with 5 failures", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await failTimes(1, { email: uniqueEmail(`spray${i}`), ip });
    const fromThatIp = await verifyCredentials(t.db, { email: user.email, password: TEST_PASSWORD, ip }, NOW);
    expect(fromThatIp).toMatchObject({ ok: false, reason: "locked", message: "Too many failed sign-ins. Try again in 15 minutes." });
    // The same account from another IP is not affected.
    const elsewhere = await verifyCredentials(t.db, { email: user.email, password: TEST_PASSWORD, ip: uniqueIp() }, NOW);
    expect(elsewhere.ok).toBe(true);
  });

  it("ignores failures older than 15 minutes", async () => {
    const u = await makeUser(t.db, "Old Failures");
    await failTimes(5, { email: u.email, ip: null }, NOW - 16 * MIN);
    const r = await verifyCredentials(t.db, { email: u.email, password: TEST_PASSWORD, ip: null }, NOW);
    expect(r.ok).toBe(true);
  });

  it("does not count failures exactly 15 minutes old", async () => {
    const email = uniqueEmail("edge");
    await failTimes(5, { email, ip: null }, NOW - 15 * MIN);
    const r = await verifyCredentials(t.db, { email, password: "wrong-wrong-wrong", ip: null }, NOW);
    expect(r).toEqual({ ok: false, reason: "invalid" });
  });

  it("reports the time left from the oldest counted failure", async () => {
    const email = uniqueEmail("left");
    await failTimes(5, { email, ip: null }, NOW - 14 * MIN - 30_000);
    const r = await verifyCredentials(t.db, { email, password: "whatever-whatever", ip: null }, NOW);
    expect(r).toEqual({ ok: false, reason: "locked", message: "Too many failed sign-ins. Try again in 1 minute.", retryAfterMinutes: 1 });
  });

  it("forgets failures that no longer count when recording a new one", async () => {
    const email = uniqueEmail("prune");
    t.sqlite.prepare("insert into sign_in_failures (key, at) values (?, ?)").run(`email:${email}`, NOW - 20 * MIN);
    await failTimes(1, { email, ip: null });
    expect(rowCount(t.sqlite, "sign_in_failures", "at < ?", NOW - 15 * MIN)).toBe(0);
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `email:${email}`)).toBe(1);
  });

  it("a success clears the email's failures but not the IP's", async () => {
    const u = await makeUser(t.db, "Clears Failures");
    const ip = uniqueIp();
    await failTimes(4, { email: u.email, ip });
    expect((await verifyCredentials(t.db, { email: u.email, password: TEST_PASSWORD, ip }, NOW)).ok).toBe(true);
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `email:${u.email}`)).toBe(0);
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `ip:${ip}`)).toBe(4);

    // Four more failures for the email (from no IP): without the reset there would be 8.
    await failTimes(4, { email: u.email, ip: null });
    expect((await verifyCredentials(t.db, { email: u.email, password: TEST_PASSWORD, ip: null }, NOW)).ok).toBe(true);
  });
});

describe("attempts in parallel (the limiter race)", () => {
  it("checks at most 5 of 100 parallel wrong passwords for one account; the rest are refused unhashed", async () => {
    const u = await makeUser(t.db, "Burst Target");
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => verifyCredentials(t.db, { email: u.email, password: `wrong-guess-${i}`, ip: uniqueIp() }, NOW)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(95);
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `email:${u.email}`)).toBe(5);
  });

  it("refuses the right password sent last in a burst of 30 (29 wrong ones first)", async () => {
    const u = await makeUser(t.db, "Burst Last");
    const ip = uniqueIp();
    const attempts = Array.from({ length: 30 }, (_, i) => (i === 29 ? TEST_PASSWORD : `wrong-guess-${i}`));
    const results = await Promise.all(attempts.map((password) => verifyCredentials(t.db, { email: u.email, password, ip }, NOW)));
    expect(results[29]).toMatchObject({ ok: false, reason: "locked" });
    expect(results.filter((r) => r.ok)).toHaveLength(0);
  });

  it("counts parallel attempts per IP too, across different emails", async () => {
    const ip = uniqueIp();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyCredentials(t.db, { email: uniqueEmail(`spray${i}`), password: "wrong-wrong-wrong", ip }, NOW)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `ip:${ip}`)).toBe(5);
  });
});

describe("signUp throttling", () => {
  it("answers \"already exists\" 5 times per address in 15 minutes, then refuses without saying", async () => {
    const existing = await makeUser(t.db, "Already Here");
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) {
      await expect(signUp(t.db, { name: "Prober", email: existing.email, password: TEST_PASSWORD, ip }, NOW)).rejects.toBeInstanceOf(ConflictError);
    }
    const refused = await signUp(t.db, { name: "Prober", email: existing.email, password: TEST_PASSWORD, ip }, NOW).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManyAttemptsError);
    expect((refused as TooManyAttemptsError).status).toBe(429);
    expect((refused as Error).message).toBe("Too many sign-up attempts from your network. Try again in 15 minutes.");
    // Even a new email is refused from that address now; from another address it works.
    const fresh = uniqueEmail("fresh");
    await expect(signUp(t.db, { name: "Fresh", email: fresh, password: TEST_PASSWORD, ip }, NOW)).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(rowCount(t.sqlite, "users", "email = ?", fresh)).toBe(0);
    expect((await signUp(t.db, { name: "Fresh", email: fresh, password: TEST_PASSWORD, ip: uniqueIp() }, NOW)).email).toBe(fresh);
  });

  it("does not count accounts created or weak passwords refused", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 6; i++) await signUp(t.db, { name: `Crew ${i}`, email: uniqueEmail(`crew${i}`), password: TEST_PASSWORD, ip }, NOW);
    await expect(signUp(t.db, { name: "Weak", email: uniqueEmail("weak"), password: "password123", ip }, NOW)).rejects.toBeInstanceOf(InvalidError);
    expect(rowCount(t.sqlite, "sign_in_failures", "key = ?", `signup-ip:${ip}`)).toBe(0);
  });

  it("holds under a parallel burst: 30 probes at once get at most 5 answers", async () => {
    const existing = await makeUser(t.db, "Burst Probe");
    const ip = uniqueIp();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => signUp(t.db, { name: "P", email: existing.email, password: TEST_PASSWORD, ip }, NOW).catch((e: unknown) => e)),
    );
    expect(results.filter((e) => e instanceof ConflictError)).toHaveLength(5);
    expect(results.filter((e) => e instanceof TooManyAttemptsError)).toHaveLength(25);
  });
});

describe("createSession", () => {
  it("creates an active session for the user and keeps at most 300 characters of User-Agent", async () => {
    const u = await makeUser(t.db, "Session Maker");
    const id = createSession(t.db, u.id, "Mozilla/5.0 " + "x".repeat(500));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(activeSessionUser(t.db, id)).toBe(u.id);
    const [listed] = listActiveSessions(t.db, u.id);
    expect(listed?.id).toBe(id);
    expect(listed?.userAgent).toHaveLength(300);
    expect(createSession(t.db, u.id, null)).not.toBe(id);
  });
});

describe("activeSessionUser", () => {
  it("is null for an unknown session", () => {
    expect(activeSessionUser(t.db, "no-such-session")).toBeNull();
  });
});

describe("revokeAllSessions", () => {
  it("revokes every active session of the user, and only theirs", async () => {
    const u = await makeUser(t.db, "Everywhere");
    const other = await makeUser(t.db, "Bystander");
    const a = createSession(t.db, u.id, "A");
    const b = createSession(t.db, u.id, "B");
    const theirs = createSession(t.db, other.id, "C");
    expect(revokeAllSessions(t.db, u.id)).toBe(2);
    expect(activeSessionUser(t.db, a)).toBeNull();
    expect(activeSessionUser(t.db, b)).toBeNull();
    expect(activeSessionUser(t.db, theirs)).toBe(other.id);
    expect(listActiveSessions(t.db, u.id)).toEqual([]);
    expect(revokeAllSessions(t.db, u.id)).toBe(0);
  });
});

describe("revokeSession", () => {
  it("revokes the user's own session only", async () => {
    const owner = await makeUser(t.db, "Session Owner");
    const intruder = await makeUser(t.db, "Session Intruder");
    const sid = createSession(t.db, owner.id, "browser");
    const keep = createSession(t.db, owner.id, "other browser");

    revokeSession(t.db, intruder.id, sid);
    expect(activeSessionUser(t.db, sid)).toBe(owner.id);

    revokeSession(t.db, owner.id, sid);
    expect(activeSessionUser(t.db, sid)).toBeNull();
    expect(activeSessionUser(t.db, keep)).toBe(owner.id);
  });
});

describe("changePassword", () => {
  it("allows 5 wrong current passwords, then refuses even the right one for 15 minutes (also in parallel)", async () => {
    const u = await makeUser(t.db, "Guessed At");
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => changePassword(t.db, u.id, { currentPassword: `guess-${i}-guess`, newPassword: "a-brand-new-passphrase" }, null, NOW).catch((e: unknown) => e)),
    );
    expect(results.filter((e) => e instanceof InvalidError)).toHaveLength(5);
    expect(results.filter((e) => e instanceof TooManyAttemptsError)).toHaveLength(20);
    const locked = await changePassword(t.db, u.id, { currentPassword: TEST_PASSWORD, newPassword: "a-brand-new-passphrase" }, null, NOW).catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(TooManyAttemptsError);
    expect((locked as TooManyAttemptsError).fieldErrors).toEqual({ currentPassword: ["Too many wrong passwords. Try again in 15 minutes."] });
    expect(getUserById(t.db, u.id)?.passwordHash).toBe(u.passwordHash);
    await changePassword(t.db, u.id, { currentPassword: TEST_PASSWORD, newPassword: "a-brand-new-passphrase" }, null, NOW + 16 * MIN);
  });

  it("refuses a wrong current password with an InvalidError and changes nothing", async () => {
    const u = await makeUser(t.db, "Wrong Current");
    const sid = createSession(t.db, u.id, "other");
    const err = await changePassword(t.db, u.id, { currentPassword: "not-my-password", newPassword: "a-brand-new-passphrase" }, null).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as InvalidError).fieldErrors).toEqual({ currentPassword: ["Your current password is not correct."] });
    expect(getUserById(t.db, u.id)?.passwordHash).toBe(u.passwordHash);
    expect(activeSessionUser(t.db, sid)).toBe(u.id);
  });

  it("refuses a weak new password on the newPassword field", async () => {
    const u = await makeUser(t.db, "Weak New");
    const err = await changePassword(t.db, u.id, { currentPassword: TEST_PASSWORD, newPassword: "1234567890" }, null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidError);
    expect(Object.keys((err as InvalidError).fieldErrors)).toEqual(["newPassword"]);
    expect(getUserById(t.db, u.id)?.passwordHash).toBe(u.passwordHash);
  });

  it("changes the password and revokes the other sessions but keeps the given one", async () => {
    const u = await makeUser(t.db, "Changer");
    const current = createSession(t.db, u.id, "this browser");
    const other1 = createSession(t.db, u.id, "laptop");
    const other2 = createSession(t.db, u.id, "phone");
    const newPassword = "harbor-lights-at-dawn";

    await changePassword(t.db, u.id, { currentPassword: TEST_PASSWORD, newPassword }, current);

    expect(activeSessionUser(t.db, current)).toBe(u.id);
    expect(activeSessionUser(t.db, other1)).toBeNull();
    expect(activeSessionUser(t.db, other2)).toBeNull();
    expect((await verifyCredentials(t.db, { email: u.email, password: newPassword, ip: null }, NOW)).ok).toBe(true);
    expect(await verifyCredentials(t.db, { email: u.email, password: TEST_PASSWORD, ip: null }, NOW)).toEqual({ ok: false, reason: "invalid" });
  });

  it("revokes every session when none is kept", async () => {
    const u = await makeUser(t.db, "Changer Two");
    const s = createSession(t.db, u.id, "x");
    await changePassword(t.db, u.id, { currentPassword: TEST_PASSWORD, newPassword: "another-good-passphrase" }, null);
    expect(activeSessionUser(t.db, s)).toBeNull();
  });

  it("is NotFound for an unknown user", async () => {
    await expect(changePassword(t.db, "no-such-user", { currentPassword: "x", newPassword: "y" }, null)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("updateProfile", () => {
  it("renames the user, and is NotFound for an unknown user", async () => {
    const u = await makeUser(t.db, "Old Name");
    updateProfile(t.db, u.id, { name: "New Name" });
    expect(getUserById(t.db, u.id)?.name).toBe("New Name");
    expect(() => updateProfile(t.db, "no-such-user", { name: "X" })).toThrow(NotFoundError);
  });
});
