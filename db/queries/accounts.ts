import { hash, verify } from "@node-rs/argon2";
import { and, desc, eq, gt, inArray, isNull, lt } from "drizzle-orm";
import type { DB } from "@/db";
import { sessions, signInFailures, users, type User } from "@/db/schema";
import { decide, emailKey, ipKey, lockoutMessage, passwordChangeKey, signUpKey, strictest, WINDOW_MS, type RateDecision } from "@/lib/auth/rate-limit";
import { ConflictError, DomainError, InvalidError, NotFoundError } from "@/lib/errors";
import { newId } from "@/lib/tokens";
import { passwordProblem } from "@/lib/auth/password-rules";

/** argon2id with OWASP's recommended minimums (19 MiB, 2 passes). */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified against when the email is unknown, so both answers take the same time.
let dummyHash: Promise<string> | null = null;

export async function createUser(db: DB, input: { name: string; email: string; password: string }): Promise<User> {
  const email = input.email.trim().toLowerCase();
  const problem = passwordProblem(input.password, { email, name: input.name });
  if (problem) throw new InvalidError(problem, { password: [problem] });
  const passwordHash = await hashPassword(input.password);
  const taken = "An account with this email already exists. Sign in instead.";
  const existing = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (existing) throw new ConflictError(taken);
  try {
    return db.insert(users).values({ id: newId(), name: input.name, email, passwordHash }).returning().get();
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides, the loser gets the same answer.
    if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") throw new ConflictError(taken);
    throw error;
  }
}

/** Whether the seeded demo account is there (the sign-in page then shows its login). */
export function demoAccountExists(db: DB, email: string): boolean {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.email, email)).get());
}

export function getUserById(db: DB, id: string): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export type CredentialsResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; message: string; retryAfterMinutes: number };

/** An attempt counted in advance against each of its keys (one sign_in_failures row per key). */
export type Reservation = { ok: true; ids: number[] } | { ok: false; decision: Extract<RateDecision, { allowed: false }> };

/**
 * Counts an attempt against `keys` (an email, an IP, a user…) before it is checked, in one
 * transaction with the check: the attempt is refused when any key already has MAX_FAILURES
 * within the window, else a row per key is written at once. The rows stand for a failure
 * until `forgetAttempt` removes them (the attempt succeeded). Checking first and recording
 * after a slow password hash let 100 parallel guesses through a limit of 5; reserving first
 * means the sixth concurrent guess is refused before it is hashed.
 */
export function reserveAttempt(db: DB, keys: readonly string[], now = Date.now()): Reservation {
  const since = now - WINDOW_MS;
  return db.transaction(
    (tx) => {
      const rows = tx
        .select({ key: signInFailures.key, at: signInFailures.at })
        .from(signInFailures)
        .where(and(inArray(signInFailures.key, [...keys]), gt(signInFailures.at, since)))
        .all();
      const decision = strictest(keys.map((k) => decide(rows.filter((r) => r.key === k).map((r) => r.at), now)));
      if (!decision.allowed) return { ok: false as const, decision };
      const ids = keys.map((key) => tx.insert(signInFailures).values({ key, at: now }).returning({ id: signInFailures.id }).get().id);
      // Keep the table small: forget failures that no longer count.
      tx.delete(signInFailures).where(lt(signInFailures.at, since)).run();
      return { ok: true as const, ids };
    },
    { behavior: "immediate" },
  );
}

/**
 * The reserved attempt succeeded: its rows go, and so do the earlier failures of `clearKey`
 * (a right password clears its email's failures; an IP's failures still count).
 */
export function forgetAttempt(db: DB, reservation: Extract<Reservation, { ok: true }>, clearKey?: string): void {
  db.transaction((tx) => {
    tx.delete(signInFailures).where(inArray(signInFailures.id, reservation.ids)).run();
    if (clearKey) tx.delete(signInFailures).where(and(eq(signInFailures.key, clearKey), lt(signInFailures.id, Math.min(...reservation.ids)))).run();
  });
}

/** An attempt refused by the limiter (HTTP 429), with the time left in words. */
export class TooManyAttemptsError extends DomainError {
  readonly fieldErrors: Record<string, string[]>;
  constructor(message: string, field?: string) {
    super(message, 429);
    this.fieldErrors = field ? { [field]: [message] } : {};
  }
}

const minutes = (n: number) => `${n} minute${n === 1 ? "" : "s"}`;

/**
 * Checks an email and password with throttling by email and by IP (the attempt is counted
 * before the password is hashed: see `reserveAttempt`).
 * A wrong email and a wrong password give the same answer, in about the same time.
 */
export async function verifyCredentials(
  db: DB,
  input: { email: string; password: string; ip: string | null },
  now = Date.now(),
): Promise<CredentialsResult> {
  const email = input.email.trim().toLowerCase();
  const keys = [emailKey(email), ...(input.ip ? [ipKey(input.ip)] : [])];
  const reservation = reserveAttempt(db, keys, now);
  if (!reservation.ok) {
    return { ok: false, reason: "locked", message: lockoutMessage(reservation.decision)!, retryAfterMinutes: reservation.decision.retryAfterMinutes };
  }
  const user = db.select().from(users).where(eq(users.email, email)).get();
  let valid = false;
  if (user) {
    valid = await verify(user.passwordHash, input.password).catch(() => false);
  } else {
    dummyHash ??= hashPassword("not-a-real-password-" + newId());
    await verify(await dummyHash, input.password).catch(() => false);
  }
  if (!user || !valid) return { ok: false, reason: "invalid" };
  forgetAttempt(db, reservation, emailKey(email));
  return { ok: true, user };
}

/**
 * Sign-up, throttled per address with the sign-in limiter: an answer of "this email already
 * has an account" is a guess that hit, and counts; a created account or a refused password
 * does not. Without this, one address learned 30 registered emails a second.
 */
export async function signUp(db: DB, input: { name: string; email: string; password: string; ip: string | null }, now = Date.now()): Promise<User> {
  const reservation = reserveAttempt(db, [signUpKey(input.ip ?? "unknown")], now);
  if (!reservation.ok) {
    throw new TooManyAttemptsError(`Too many sign-up attempts from your network. Try again in ${minutes(reservation.decision.retryAfterMinutes)}.`, "email");
  }
  try {
    const user = await createUser(db, input);
    forgetAttempt(db, reservation);
    return user;
  } catch (error) {
    if (!(error instanceof ConflictError)) forgetAttempt(db, reservation);
    throw error;
  }
}

export function createSession(db: DB, userId: string, userAgent: string | null): string {
  const id = newId();
  db.insert(sessions).values({ id, userId, userAgent: userAgent?.slice(0, 300) ?? null }).run();
  return id;
}

/** The session's user id when the session exists and is not revoked. */
/** The user behind an active (not revoked) session, in one look-up: what each request checks once. */
export function sessionUser(db: DB, sessionId: string): Pick<User, "id" | "name" | "email"> | null {
  const row = db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .get();
  return row ?? null;
}

/** The id of the user behind an active session (see `sessionUser`). */
export function activeSessionUser(db: DB, sessionId: string): string | null {
  return sessionUser(db, sessionId)?.id ?? null;
}

export function revokeSession(db: DB, userId: string, sessionId: string): void {
  db.update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .run();
}

/** "Sign out everywhere": every session of the user stops working at its next request. */
export function revokeAllSessions(db: DB, userId: string): number {
  return db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run().changes;
}

export function listActiveSessions(db: DB, userId: string) {
  return db
    .select({ id: sessions.id, userAgent: sessions.userAgent, createdAt: sessions.createdAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .orderBy(desc(sessions.createdAt))
    .all();
}

export function updateProfile(db: DB, userId: string, input: { name: string }): void {
  const res = db.update(users).set({ name: input.name }).where(eq(users.id, userId)).run();
  if (res.changes === 0) throw new NotFoundError();
}

/**
 * Changes the password after checking the current one, throttled per user with the sign-in
 * limiter (a stolen session must not become a way to guess the password).
 */
export async function changePassword(
  db: DB,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  keepSessionId: string | null,
  now = Date.now(),
): Promise<void> {
  const user = getUserById(db, userId);
  if (!user) throw new NotFoundError();
  const reservation = reserveAttempt(db, [passwordChangeKey(userId)], now);
  if (!reservation.ok) {
    throw new TooManyAttemptsError(`Too many wrong passwords. Try again in ${minutes(reservation.decision.retryAfterMinutes)}.`, "currentPassword");
  }
  const ok = await verify(user.passwordHash, input.currentPassword).catch(() => false);
  if (!ok) throw new InvalidError("Your current password is not correct.", { currentPassword: ["Your current password is not correct."] });
  forgetAttempt(db, reservation, passwordChangeKey(userId));
  const problem = passwordProblem(input.newPassword, { email: user.email, name: user.name });
  if (problem) throw new InvalidError(problem, { newPassword: [problem] });
  const passwordHash = await hashPassword(input.newPassword);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    // Other browsers must sign in again with the new password.
    const others = tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .all()
      .filter((s) => s.id !== keepSessionId)
      .map((s) => s.id);
    if (others.length > 0) tx.update(sessions).set({ revokedAt: new Date() }).where(inArray(sessions.id, others)).run();
  });
}
