/**
 * When a message that could not be sent is tried again. An SMTP server that is down for a
 * while (a restart, a full queue) gets about a day before the message is given up: eight
 * attempts, waiting 1 min, 5 min, 15 min, 1 h, 3 h, 6 h, then 12 h between them.
 */
export const MAX_ATTEMPTS = 8;
const WAITS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 60 * 60_000, 6 * 60 * 60_000, 12 * 60 * 60_000];

/** After `attempts` failed attempts (1 or more): when to try again, or null to give up. */
export function nextAttemptAt(attempts: number, now: number): number | null {
  if (!Number.isInteger(attempts) || attempts < 1 || attempts >= MAX_ATTEMPTS) return null;
  return now + WAITS_MS[Math.min(attempts - 1, WAITS_MS.length - 1)]!;
}

/** An SMTP error worth no retry: the server refused the address or the message for good (5xx). */
export function isPermanentFailure(error: { responseCode?: unknown }): boolean {
  return typeof error.responseCode === "number" && error.responseCode >= 500 && error.responseCode < 600;
}
