/**
 * Throttling of guesses (sign-in, sign-up, the current password): after MAX_FAILURES failures for one key (an email, an IP, a user)
 * within WINDOW_MS, further attempts are refused until the oldest counted failure leaves
 * the window. Pure: callers pass the failure timestamps they have stored.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number; retryAfterMinutes: number };

export function decide(failureTimes: readonly number[], now: number, max = MAX_FAILURES, windowMs = WINDOW_MS): RateDecision {
  const recent = failureTimes.filter((t) => t > now - windowMs && t <= now).sort((a, b) => a - b);
  if (recent.length < max) return { allowed: true };
  // The attempt is allowed again once enough failures have aged out of the window.
  const unlockingFailure = recent[recent.length - max]!;
  const retryAfterMs = Math.max(1, unlockingFailure + windowMs - now);
  return { allowed: false, retryAfterMs, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) };
}

/** The strictest of several decisions (e.g. by email and by IP). */
export function strictest(decisions: readonly RateDecision[]): RateDecision {
  let worst: RateDecision = { allowed: true };
  for (const d of decisions) {
    if (!d.allowed && (worst.allowed || d.retryAfterMs > worst.retryAfterMs)) worst = d;
  }
  return worst;
}

export function lockoutMessage(decision: RateDecision): string | null {
  if (decision.allowed) return null;
  const n = decision.retryAfterMinutes;
  return `Too many failed sign-ins. Try again in ${n} minute${n === 1 ? "" : "s"}.`;
}

export function emailKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip}`;
}

/** Sign-ups from one address that met an existing account. */
export function signUpKey(ip: string): string {
  return `signup-ip:${ip}`;
}

/** Wrong current passwords given by one signed-in user. */
export function passwordChangeKey(userId: string): string {
  return `password:${userId}`;
}
