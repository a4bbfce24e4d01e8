/** Name-check links work for 14 days, once; a new link for the same person replaces the open one. */
export const NAME_CHECK_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export type NameCheckLinkState = "open" | "answered" | "revoked" | "expired";

export function nameCheckLinkState(check: { respondedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: number): NameCheckLinkState {
  if (check.respondedAt) return "answered";
  if (check.revokedAt) return "revoked";
  if (check.expiresAt.getTime() <= now) return "expired";
  return "open";
}

export const LINK_STATE_MESSAGES: Record<Exclude<NameCheckLinkState, "open">, string> = {
  answered: "This link has already been used to answer. If something is still wrong, ask the production for a new link.",
  revoked: "This link was withdrawn by the production. Ask them for a new one.",
  expired: "This link has expired. Ask the production for a new one.",
};
