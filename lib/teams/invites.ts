/** Invitation links work once, for 7 days, until revoked. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InviteStatus = "open" | "used" | "revoked" | "expired";

export function inviteStatus(
  invite: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: number,
): InviteStatus {
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now) return "expired";
  return "open";
}

export const INVITE_STATUS_LABELS: Record<InviteStatus, string> = {
  open: "Open",
  used: "Used",
  revoked: "Revoked",
  expired: "Expired",
};
