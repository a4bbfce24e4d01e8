/** Where a person's name check stands on a project, as the roster shows it. */
export const NAME_STATUSES = ["confirmed", "pending", "awaiting", "none"] as const;
export type NameStatus = (typeof NAME_STATUSES)[number];

export const NAME_STATUS_LABELS: Record<NameStatus, string> = {
  confirmed: "Confirmed",
  pending: "Correction proposed",
  awaiting: "Awaiting answer",
  none: "Not checked",
};

/** The status from the latest name check: confirmed (or accepted correction) > pending proposal > open link > none. */
export function nameStatus(
  check: { response: string | null; decision: string | null; revokedAt: Date | null; expiresAt: Date } | null | undefined,
  now: number,
): NameStatus {
  if (!check) return "none";
  if (check.response === "confirmed" || (check.response === "proposed" && check.decision === "accepted")) return "confirmed";
  if (check.response === "proposed" && check.decision === null) return "pending";
  if (check.response === null && check.revokedAt === null && check.expiresAt.getTime() > now) return "awaiting";
  return "none";
}
