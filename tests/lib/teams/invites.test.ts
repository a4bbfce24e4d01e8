import { describe, expect, it } from "vitest";
import { INVITE_TTL_MS, inviteStatus } from "@/lib/teams/invites";

const NOW = 1_700_000_000_000;
const at = (ms: number) => new Date(ms);
const open = { usedAt: null, revokedAt: null, expiresAt: at(NOW + 1000) };

describe("inviteStatus", () => {
  it("lasts 7 days", () => {
    expect(INVITE_TTL_MS).toBe(7 * 24 * 60 * 60 * 1000);
  });

  it("is open before it expires and when neither used nor revoked", () => {
    expect(inviteStatus(open, NOW)).toBe("open");
  });

  it("is open 1 ms before expiry and expired exactly at expiresAt", () => {
    expect(inviteStatus(open, NOW + 999)).toBe("open");
    expect(inviteStatus(open, NOW + 1000)).toBe("expired");
    expect(inviteStatus(open, NOW + 1001)).toBe("expired");
  });

  it("is used once used, even if also revoked and expired", () => {
    expect(inviteStatus({ usedAt: at(NOW - 5), revokedAt: at(NOW - 1), expiresAt: at(NOW - 10) }, NOW)).toBe("used");
    expect(inviteStatus({ ...open, usedAt: at(NOW - 5) }, NOW)).toBe("used");
  });

  it("is revoked rather than expired when both apply", () => {
    expect(inviteStatus({ usedAt: null, revokedAt: at(NOW - 1), expiresAt: at(NOW - 10) }, NOW)).toBe("revoked");
    expect(inviteStatus({ ...open, revokedAt: at(NOW - 1) }, NOW)).toBe("revoked");
  });
});
