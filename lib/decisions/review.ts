import type { HeldCredit, Suggestion } from "../credits/types";
import { titleLabel, titleOrder } from "../credits/titles";

/**
 * The credits page's model: the engine's suggestions joined with the decisions people
 * made about them. Pure; the page and the data layer share it.
 */

export type CreditStatus = "accepted" | "rejected" | "overridden" | "manual";

/** A stored decision, as the data layer reads it. */
export type CreditRecord = {
  id: string;
  personId: string;
  /** The engine title id the decision answers; null for a title typed by hand. */
  suggestedTitle: string | null;
  title: string;
  status: CreditStatus;
  locked: boolean;
  /** basisOf() the suggestion when it was decided ("" for hand-typed titles). */
  basis: string;
  decidedAt: number;
};

export type ReviewRow =
  | {
      kind: "suggestion";
      key: string;
      personId: string;
      titleId: string;
      label: string;
      suggestion: Suggestion;
      credit: CreditRecord | null;
      /** Decided, and the suggestion's confidence or reasons have changed since. */
      changed: boolean;
    }
  | {
      /** A decision whose suggestion the engine no longer makes (the work changed). */
      kind: "withdrawn";
      key: string;
      personId: string;
      titleId: string;
      label: string;
      credit: CreditRecord;
      changed: true;
    }
  | { kind: "manual"; key: string; personId: string; label: string; credit: CreditRecord; changed: false };

export type PersonReview = { personId: string; rows: ReviewRow[] };

export type ReviewSummary = { undecided: number; changed: number; held: number; locked: number };

/**
 * What a decision was based on: the confidence and every reason's text (which carries the
 * numbers). When new work changes any of it, the decision is shown as "changed since".
 */
export function basisOf(s: Pick<Suggestion, "confidence" | "reasons">): string {
  return [s.confidence, ...s.reasons.map((r) => r.text)].join("\n");
}

/** Held titles, as the engine's findings read them: rejected decisions hold nothing. */
export function heldCredits(records: readonly CreditRecord[]): HeldCredit[] {
  return records
    .filter((r) => r.status !== "rejected")
    .map((r) => ({ personId: r.personId, title: r.title, status: r.locked ? "locked" : r.status === "manual" ? "manual" : "accepted" }));
}

function rowOrder(r: ReviewRow): [number, string] {
  return r.kind === "manual" ? [Number.MAX_SAFE_INTEGER, r.label.toLowerCase()] : [titleOrder(r.titleId), r.label.toLowerCase()];
}

/**
 * One PersonReview per person who has a suggestion or a decision, in the order of
 * `personOrder` (people not in it last, by id). Rows within a person follow billing order,
 * hand-typed titles last.
 */
export function buildReview(
  suggestions: readonly Suggestion[],
  records: readonly CreditRecord[],
  personOrder: readonly string[] = [],
): { people: PersonReview[]; summary: ReviewSummary } {
  const bySuggested = new Map<string, CreditRecord>();
  for (const r of records) if (r.suggestedTitle !== null) bySuggested.set(`${r.personId}\u0000${r.suggestedTitle}`, r);
  const rows = new Map<string, ReviewRow[]>();
  const push = (row: ReviewRow) => {
    const list = rows.get(row.personId);
    if (list) list.push(row);
    else rows.set(row.personId, [row]);
  };
  const seen = new Set<string>();
  for (const s of suggestions) {
    const key = `${s.personId}\u0000${s.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const credit = bySuggested.get(key) ?? null;
    push({
      kind: "suggestion",
      key: `s:${s.personId}:${s.title}`,
      personId: s.personId,
      titleId: s.title,
      label: titleLabel(s.title),
      suggestion: s,
      credit,
      changed: credit !== null && credit.basis !== basisOf(s),
    });
  }
  for (const r of records) {
    if (r.suggestedTitle === null) {
      push({ kind: "manual", key: `c:${r.id}`, personId: r.personId, label: r.title, credit: r, changed: false });
    } else if (!seen.has(`${r.personId}\u0000${r.suggestedTitle}`)) {
      push({ kind: "withdrawn", key: `c:${r.id}`, personId: r.personId, titleId: r.suggestedTitle, label: titleLabel(r.suggestedTitle), credit: r, changed: true });
    }
  }
  for (const list of rows.values()) {
    list.sort((a, b) => {
      const [oa, la] = rowOrder(a);
      const [ob, lb] = rowOrder(b);
      return oa - ob || (la < lb ? -1 : la > lb ? 1 : 0) || (a.key < b.key ? -1 : 1);
    });
  }
  const rank = new Map(personOrder.map((id, i) => [id, i]));
  const people = [...rows.entries()]
    .sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([personId, list]) => ({ personId, rows: list }));
  const summary: ReviewSummary = { undecided: 0, changed: 0, held: 0, locked: 0 };
  for (const list of rows.values()) {
    for (const row of list) {
      if (row.kind === "suggestion" && row.credit === null) summary.undecided++;
      if (row.changed) summary.changed++;
      if (row.credit && row.credit.status !== "rejected") summary.held++;
      if (row.credit?.locked) summary.locked++;
    }
  }
  return { people, summary };
}
