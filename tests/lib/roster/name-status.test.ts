import { describe, expect, it } from "vitest";
import { NAME_STATUS_LABELS, NAME_STATUSES, nameStatus } from "@/lib/roster/name-status";

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

type Check = Parameters<typeof nameStatus>[0] & object;
/** An open link that expires in a week, changed by `over`. */
const check = (over: Partial<Check> = {}): Check => ({ response: null, decision: null, revokedAt: null, expiresAt: new Date(NOW + 7 * DAY), ...over });

describe("nameStatus", () => {
  it("is confirmed when the crew member confirmed", () => {
    expect(nameStatus(check({ response: "confirmed" }), NOW)).toBe("confirmed");
  });

  it("is confirmed when a proposed correction was accepted", () => {
    expect(nameStatus(check({ response: "proposed", decision: "accepted" }), NOW)).toBe("confirmed");
  });

  it("stays confirmed after the link expired or was revoked (the answer counts)", () => {
    expect(nameStatus(check({ response: "confirmed", expiresAt: new Date(NOW - DAY) }), NOW)).toBe("confirmed");
    expect(nameStatus(check({ response: "proposed", decision: "accepted", revokedAt: new Date(NOW - DAY) }), NOW)).toBe("confirmed");
  });

  it("is pending while a proposed correction is undecided, even past the link's expiry", () => {
    expect(nameStatus(check({ response: "proposed" }), NOW)).toBe("pending");
    expect(nameStatus(check({ response: "proposed", expiresAt: new Date(NOW - DAY) }), NOW)).toBe("pending");
  });

  it("is none when a proposed correction was rejected", () => {
    expect(nameStatus(check({ response: "proposed", decision: "rejected" }), NOW)).toBe("none");
  });

  it("is awaiting for an open, unanswered link", () => {
    expect(nameStatus(check(), NOW)).toBe("awaiting");
  });

  it("is none for an expired or a revoked unanswered link", () => {
    expect(nameStatus(check({ expiresAt: new Date(NOW - DAY) }), NOW)).toBe("none");
    expect(nameStatus(check({ revokedAt: new Date(NOW - DAY) }), NOW)).toBe("none");
  });

  it("is none without a check", () => {
    expect(nameStatus(null, NOW)).toBe("none");
    expect(nameStatus(undefined, NOW)).toBe("none");
  });

  it("treats the expiry instant itself as expired", () => {
    expect(nameStatus(check({ expiresAt: new Date(NOW + 1) }), NOW)).toBe("awaiting");
    expect(nameStatus(check({ expiresAt: new Date(NOW) }), NOW)).toBe("none");
    expect(nameStatus(check({ expiresAt: new Date(NOW - 1) }), NOW)).toBe("none");
  });

  it("ignores a decision without a proposal", () => {
    expect(nameStatus(check({ decision: "accepted" }), NOW)).toBe("awaiting");
    expect(nameStatus(check({ response: "confirmed", decision: "rejected" }), NOW)).toBe("confirmed");
  });
});

describe("NAME_STATUS_LABELS", () => {
  it("labels every status", () => {
    expect(Object.keys(NAME_STATUS_LABELS).sort()).toEqual([...NAME_STATUSES].sort());
    for (const s of NAME_STATUSES) expect(NAME_STATUS_LABELS[s].length).toBeGreaterThan(0);
  });
});
