import type { Finding } from "../credits/types";

/**
 * Dismissed findings (DOMAIN.md §6: "a finding can be dismissed with a reason that is kept,
 * until the facts behind it change"). A dismissal is stored against the finding's id with the
 * fingerprint of its facts at the time; it holds while the finding still has that fingerprint.
 * When the facts change (another function uncovered, a different amount…), the finding is
 * raised again, and the page says who had dismissed it and why.
 */
export type Dismissal = { findingId: string; fingerprint: string; reason: string; dismissedBy: string | null; dismissedAt: number };

export type FindingsView = {
  /** Findings to show: never dismissed, or raised again. */
  active: Finding[];
  /** Findings held back by a dismissal that still applies, with it. */
  dismissed: { finding: Finding; dismissal: Dismissal }[];
  /** Ids of active findings that had been dismissed before their facts changed, with that dismissal. */
  reraised: Map<string, Dismissal>;
};

export function applyDismissals(findings: readonly Finding[], dismissals: readonly Dismissal[]): FindingsView {
  const byId = new Map(dismissals.map((d) => [d.findingId, d]));
  const view: FindingsView = { active: [], dismissed: [], reraised: new Map() };
  for (const f of findings) {
    const d = byId.get(f.id);
    if (!d) view.active.push(f);
    else if (d.fingerprint === f.fingerprint) view.dismissed.push({ finding: f, dismissal: d });
    else {
      view.active.push(f);
      view.reraised.set(f.id, d);
    }
  }
  return view;
}

/** Plain-words count: "1 finding", "3 findings". */
export function findingsCount(n: number): string {
  return `${n} ${n === 1 ? "finding" : "findings"}`;
}
