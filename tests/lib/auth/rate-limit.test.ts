import { describe, expect, it } from "vitest";
import { decide, emailKey, ipKey, lockoutMessage, MAX_FAILURES, strictest, WINDOW_MS, type RateDecision } from "@/lib/auth/rate-limit";

const NOW = 1_700_000_000_000;
const MIN = 60_000;
const times = (n: number, at: number) => Array.from({ length: n }, () => at);

describe("decide", () => {
  it("uses 5 failures in a 15-minute window by default", () => {
    expect(MAX_FAILURES).toBe(5);
    expect(WINDOW_MS).toBe(15 * MIN);
  });

  it("allows an attempt with no failures", () => {
    expect(decide([], NOW)).toEqual({ allowed: true });
  });

  it("allows an attempt after fewer than 5 recent failures", () => {
    expect(decide(times(4, NOW - MIN), NOW)).toEqual({ allowed: true });
  });

  it("blocks after 5 failures within 15 minutes", () => {
    const d = decide([NOW - 10 * MIN, NOW - 8 * MIN, NOW - 5 * MIN, NOW - 2 * MIN, NOW - MIN], NOW);
    expect(d.allowed).toBe(false);
    // The oldest failure (10 min ago) leaves the window in 5 minutes.
    expect(d).toEqual({ allowed: false, retryAfterMs: 5 * MIN, retryAfterMinutes: 5 });
  });

  it("ignores failures older than the window", () => {
    const old = times(10, NOW - 16 * MIN);
    expect(decide([...old, ...times(4, NOW - MIN)], NOW)).toEqual({ allowed: true });
  });

  it("does not count a failure exactly one window old", () => {
    expect(decide([NOW - WINDOW_MS, ...times(4, NOW - MIN)], NOW)).toEqual({ allowed: true });
    expect(decide([NOW - WINDOW_MS + 1, ...times(4, NOW - MIN)], NOW).allowed).toBe(false);
  });

  it("asks for the full 15 minutes when all 5 failures happened just now", () => {
    expect(decide(times(5, NOW), NOW)).toEqual({ allowed: false, retryAfterMs: WINDOW_MS, retryAfterMinutes: 15 });
  });

  it("rounds a wait of 1 ms up to 1 minute, and is allowed again at the unlock moment", () => {
    const failedAt = NOW - WINDOW_MS + 1; // unlocks at NOW + 1
    expect(decide(times(5, failedAt), NOW)).toEqual({ allowed: false, retryAfterMs: 1, retryAfterMinutes: 1 });
    expect(decide(times(5, failedAt), NOW + 1)).toEqual({ allowed: true });
  });

  it("rounds partial minutes up", () => {
    const d = decide(times(5, NOW - 10 * MIN - 30_000), NOW); // 4.5 min left
    expect(d).toEqual({ allowed: false, retryAfterMs: 4.5 * MIN, retryAfterMinutes: 5 });
  });

  it("with more than 5 failures, waits until enough of them age out (not just the oldest)", () => {
    // 6 failures: after the oldest leaves, 5 remain; the second-oldest decides.
    const d = decide([NOW - 14 * MIN, NOW - 10 * MIN, NOW - 3 * MIN, NOW - 2 * MIN, NOW - MIN, NOW], NOW);
    expect(d).toEqual({ allowed: false, retryAfterMs: 5 * MIN, retryAfterMinutes: 5 });
  });

  it("does not depend on the order of the timestamps", () => {
    const sorted = [NOW - 10 * MIN, NOW - 8 * MIN, NOW - 5 * MIN, NOW - 2 * MIN, NOW - MIN];
    expect(decide([...sorted].reverse(), NOW)).toEqual(decide(sorted, NOW));
  });

  it("ignores timestamps in the future", () => {
    expect(decide(times(5, NOW + MIN), NOW)).toEqual({ allowed: true });
    expect(decide([...times(4, NOW - MIN), NOW + 1], NOW)).toEqual({ allowed: true });
  });

  it("honours a custom limit and window", () => {
    expect(decide(times(2, NOW), NOW, 3, MIN)).toEqual({ allowed: true });
    expect(decide(times(3, NOW), NOW, 3, MIN)).toEqual({ allowed: false, retryAfterMs: MIN, retryAfterMinutes: 1 });
  });
});

describe("strictest", () => {
  const blocked = (ms: number): RateDecision => ({ allowed: false, retryAfterMs: ms, retryAfterMinutes: Math.ceil(ms / MIN) });

  it("is allowed when there are no decisions or all are allowed", () => {
    expect(strictest([])).toEqual({ allowed: true });
    expect(strictest([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true });
  });

  it("is blocked when any decision is blocked", () => {
    expect(strictest([{ allowed: true }, blocked(MIN)])).toEqual(blocked(MIN));
    expect(strictest([blocked(MIN), { allowed: true }])).toEqual(blocked(MIN));
  });

  it("picks the longest wait", () => {
    expect(strictest([blocked(2 * MIN), blocked(9 * MIN), blocked(4 * MIN)])).toEqual(blocked(9 * MIN));
  });
});

describe("lockoutMessage", () => {
  it("is null when allowed", () => {
    expect(lockoutMessage({ allowed: true })).toBeNull();
  });

  it("says '1 minute' in the singular", () => {
    expect(lockoutMessage({ allowed: false, retryAfterMs: 1, retryAfterMinutes: 1 })).toBe(
      "Too many failed sign-ins. Try again in 1 minute.",
    );
  });

  it("says 'minutes' in the plural", () => {
    expect(lockoutMessage({ allowed: false, retryAfterMs: 15 * MIN, retryAfterMinutes: 15 })).toBe(
      "Too many failed sign-ins. Try again in 15 minutes.",
    );
    expect(lockoutMessage({ allowed: false, retryAfterMs: 2 * MIN, retryAfterMinutes: 2 })).toBe(
      "Too many failed sign-ins. Try again in 2 minutes.",
    );
  });
});

describe("emailKey", () => {
  it("lower-cases and trims the email so variants share one counter", () => {
    expect(emailKey("  Maya@Example.COM ")).toBe("email:maya@example.com");
    expect(emailKey("maya@example.com")).toBe(emailKey("MAYA@EXAMPLE.COM"));
  });
});

describe("ipKey", () => {
  it("prefixes the IP so it cannot collide with an email key", () => {
    expect(ipKey("203.0.113.9")).toBe("ip:203.0.113.9");
    expect(ipKey("a@b.c")).not.toBe(emailKey("a@b.c"));
  });
});
