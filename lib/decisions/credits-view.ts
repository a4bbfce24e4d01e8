import type { Confidence, HeldCredit, Suggestion } from "../credits/types";
import { matchTitle, titleLabel, titleOrder } from "../credits/titles";
import type { Claim } from "./claims";

/**
 * The credits page's model: the engine's suggestions and the roster's claims joined with the
 * decisions people made about them. Pure; the page, the API and the data layer share it.
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
  /** basisOf() the suggestion when it was decided ("" for hand-typed titles and claims). */
  basis: string;
  decidedAt: number;
};

export type ReviewRow =
  | {
      /** A title the engine suggests (in its own right, or as the alternative reading of `alternativeTo`). */
      kind: "suggestion";
      key: string;
      personId: string;
      titleId: string;
      label: string;
      suggestion: Suggestion;
      /** The roster states the same title for the person. */
      claim: Claim | null;
      credit: CreditRecord | null;
      /** Decided, and the suggestion's confidence or reasons have changed since. */
      changed: boolean;
    }
  | {
      /** A producer-family title the roster states and the engine does not suggest. */
      kind: "claim";
      key: string;
      personId: string;
      titleId: string;
      label: string;
      claim: Claim;
      credit: CreditRecord | null;
      changed: false;
    }
  | {
      /** A decision whose suggestion the engine no longer makes (the work changed) and no roster role claims. */
      kind: "withdrawn";
      key: string;
      personId: string;
      titleId: string;
      label: string;
      credit: CreditRecord;
      changed: true;
    }
  | { kind: "manual"; key: string; personId: string; label: string; credit: CreditRecord; changed: false };

export type PersonReview = { personId: string; name: string; rows: ReviewRow[] };

export type ReviewSummary = {
  /** Suggestions and claims nobody decided. */
  undecided: number;
  /** Decisions whose suggestion changed since (or was withdrawn). */
  changed: number;
  held: number;
  locked: number;
  /** Roster claims nobody decided (the end-credit list warns about them before export). */
  claims: number;
  /** Undecided high-confidence suggestions in their own right: what "accept all high-confidence" accepts. */
  highConfidence: number;
};

/** Which rows the page shows: to decide (undecided or changed), everything, held titles, rejected ones. */
export const REVIEW_VIEWS = ["decide", "all", "held", "rejected"] as const;
export type ReviewView = (typeof REVIEW_VIEWS)[number];
export type ReviewFilter = { view: ReviewView; title: string | null; confidence: Confidence | null; person?: string | null };

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

/** The title id a row is about: its own, or what a hand-typed title reads as (null when unknown). */
export function rowTitleId(row: ReviewRow): string | null {
  return row.kind === "manual" ? matchTitle(row.label) : row.titleId;
}

/** Sort position within a person: billing order, an alternative right after the suggestion it competes with, hand-typed titles by what they read as. */
function rowRank(row: ReviewRow): number {
  if (row.kind === "suggestion" && row.suggestion.alternativeTo !== null) return titleOrder(row.suggestion.alternativeTo) + 0.5;
  const id = rowTitleId(row);
  return id === null ? Number.MAX_SAFE_INTEGER : titleOrder(id);
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a row needs a look: nobody decided it, or its suggestion changed since the decision. */
export function toDecide(row: ReviewRow): boolean {
  if (row.kind === "manual") return false;
  return row.credit === null || row.changed;
}

/**
 * Every person with a suggestion, a claim or a decision, each with their rows. People come in
 * billing order (the best-billed title they hold, are suggested or claim: producers first),
 * then by name (numbers as numbers, accents and case ignored), then id; rows within a person
 * in billing order, an alternative right after the suggestion it competes with, hand-typed
 * titles by the title they read as (unknown ones last).
 */
export function buildReview(
  suggestions: readonly Suggestion[],
  records: readonly CreditRecord[],
  options: { claims?: readonly Claim[]; names?: ReadonlyMap<string, string> | Readonly<Record<string, string>> } = {},
): { people: PersonReview[]; summary: ReviewSummary } {
  const names = options.names instanceof Map ? options.names : new Map(Object.entries((options.names ?? {}) as Record<string, string>));
  const bySuggested = new Map<string, CreditRecord>();
  for (const r of records) if (r.suggestedTitle !== null) bySuggested.set(`${r.personId}\u0000${r.suggestedTitle}`, r);
  const claims = new Map<string, Claim>();
  for (const c of options.claims ?? []) if (!claims.has(`${c.personId}\u0000${c.titleId}`)) claims.set(`${c.personId}\u0000${c.titleId}`, c);
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
      claim: claims.get(key) ?? null,
      credit,
      changed: credit !== null && credit.basis !== "" && credit.basis !== basisOf(s),
    });
  }
  for (const [key, claim] of claims) {
    if (seen.has(key)) continue;
    seen.add(key);
    push({ kind: "claim", key: `s:${claim.personId}:${claim.titleId}`, personId: claim.personId, titleId: claim.titleId, label: titleLabel(claim.titleId), claim, credit: bySuggested.get(key) ?? null, changed: false });
  }
  for (const r of records) {
    if (r.suggestedTitle === null) {
      push({ kind: "manual", key: `c:${r.id}`, personId: r.personId, label: r.title, credit: r, changed: false });
    } else if (!seen.has(`${r.personId}\u0000${r.suggestedTitle}`)) {
      push({ kind: "withdrawn", key: `c:${r.id}`, personId: r.personId, titleId: r.suggestedTitle, label: titleLabel(r.suggestedTitle), credit: r, changed: true });
    }
  }
  for (const list of rows.values()) {
    list.sort((a, b) => rowRank(a) - rowRank(b) || collator.compare(a.label, b.label) || compareText(a.key, b.key));
  }
  const billing = (list: readonly ReviewRow[]) => {
    let best = Number.MAX_SAFE_INTEGER;
    for (const row of list) {
      const alternative = row.kind === "suggestion" && row.suggestion.alternativeTo !== null;
      if (alternative || row.credit?.status === "rejected") continue;
      const id = rowTitleId(row);
      if (id !== null) best = Math.min(best, titleOrder(id));
    }
    return best;
  };
  const people = [...rows.entries()]
    .map(([personId, list]) => ({ personId, name: names.get(personId) ?? "", rows: list, rank: billing(list) }))
    .sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name) || compareText(a.name, b.name) || compareText(a.personId, b.personId))
    .map(({ personId, name, rows: list }) => ({ personId, name, rows: list }));
  return { people, summary: summarize(people) };
}

function summarize(people: readonly PersonReview[]): ReviewSummary {
  const summary: ReviewSummary = { undecided: 0, changed: 0, held: 0, locked: 0, claims: 0, highConfidence: 0 };
  const candidates = new Set(bulkAcceptable(people).map((r) => r.key));
  for (const { rows } of people) {
    for (const row of rows) {
      if ((row.kind === "suggestion" || row.kind === "claim") && row.credit === null) summary.undecided++;
      if (row.kind === "claim" && row.credit === null) summary.claims++;
      if (row.changed) summary.changed++;
      if (row.credit && row.credit.status !== "rejected") summary.held++;
      if (row.credit?.locked) summary.locked++;
      if (candidates.has(row.key)) summary.highConfidence++;
    }
  }
  return summary;
}

/**
 * The suggestions "accept all high-confidence" accepts: undecided, high confidence, in their
 * own right (never an alternative), and not a title the person already holds in another way
 * (typed by hand or locked), which would bill twice.
 */
export function bulkAcceptable(people: readonly PersonReview[]): Extract<ReviewRow, { kind: "suggestion" }>[] {
  const out: Extract<ReviewRow, { kind: "suggestion" }>[] = [];
  for (const { rows } of people) {
    const held = new Set<string | null>(rows.filter((r) => r.credit && r.credit.status !== "rejected").map((r) => (r.credit ? matchTitle(r.credit.title) : null)));
    for (const row of rows) {
      if (row.kind !== "suggestion" || row.credit !== null || row.suggestion.alternativeTo !== null || row.suggestion.confidence !== "high") continue;
      if (held.has(row.titleId)) continue;
      out.push(row);
    }
  }
  return out;
}

function rowConfidence(row: ReviewRow): Confidence | null {
  return row.kind === "suggestion" ? row.suggestion.confidence : null;
}

/** The rows a filter keeps, person by person (people left with no row are dropped). */
export function filterReview(people: readonly PersonReview[], filter: ReviewFilter): PersonReview[] {
  const keep = (row: ReviewRow): boolean => {
    if (filter.view === "decide" && !toDecide(row)) return false;
    if (filter.view === "held" && !(row.credit && row.credit.status !== "rejected")) return false;
    if (filter.view === "rejected" && row.credit?.status !== "rejected") return false;
    if (filter.title !== null && (filter.title === "manual" ? row.kind !== "manual" : rowTitleId(row) !== filter.title)) return false;
    if (filter.confidence !== null && rowConfidence(row) !== filter.confidence) return false;
    return true;
  };
  const out: PersonReview[] = [];
  for (const p of people) {
    if (filter.person && p.personId !== filter.person) continue;
    const rows = p.rows.filter(keep);
    if (rows.length) out.push({ ...p, rows });
  }
  return out;
}

/**
 * Where each page of the credits starts (indexes into `people`): a page holds at most
 * `maxPeople` people and, so a crew that wears many hats doesn't make one page of a thousand
 * credits, stops before the person who would take it past `maxRows` rows — but always holds at
 * least one person. At least one page (starting at 0), even for nobody.
 */
export function pageStarts(people: readonly Pick<PersonReview, "rows">[], maxPeople: number, maxRows: number): number[] {
  const starts = [0];
  let count = 0;
  let rows = 0;
  for (let i = 0; i < people.length; i++) {
    const n = people[i]!.rows.length;
    if (count > 0 && (count >= maxPeople || rows + n > maxRows)) {
      starts.push(i);
      count = 0;
      rows = 0;
    }
    count++;
    rows += n;
  }
  return starts;
}

/** The titles present in a review, for the title filter: known ones in billing order, then "manual" when there are hand-typed ones. */
export function reviewTitles(people: readonly PersonReview[]): { id: string; label: string }[] {
  const ids = new Set<string>();
  let manual = false;
  for (const p of people) {
    for (const row of p.rows) {
      if (row.kind === "manual") manual = true;
      else ids.add(row.titleId);
    }
  }
  const out = [...ids].sort((a, b) => titleOrder(a) - titleOrder(b) || compareText(a, b)).map((id) => ({ id, label: titleLabel(id) }));
  if (manual) out.push({ id: "manual", label: "Typed by hand" });
  return out;
}

const CONFIDENCES: readonly Confidence[] = ["high", "medium", "low"];

/**
 * The filter from a URL's search params (the page and the API read the same ones): view,
 * title, confidence; anything unknown falls back to the default. With nothing to decide,
 * "decide" would show an empty page, so the default view is "decide" only when asked for.
 */
export function parseReviewFilter(params: Readonly<Record<string, string | string[] | undefined>>, fallbackView: ReviewView = "all"): ReviewFilter & { page: number } {
  const one = (k: string) => {
    const v = params[k];
    return typeof v === "string" ? v : Array.isArray(v) ? v[0] : undefined;
  };
  const view = (REVIEW_VIEWS as readonly string[]).includes(one("view") ?? "") ? (one("view") as ReviewView) : fallbackView;
  const title = one("title");
  const confidence = one("confidence");
  const page = Number.parseInt(one("page") ?? "1", 10);
  const person = one("person");
  return {
    view,
    title: title && /^[a-z-]{1,64}$/.test(title) ? title : null,
    confidence: (CONFIDENCES as readonly string[]).includes(confidence ?? "") ? (confidence as Confidence) : null,
    person: person && /^[A-Za-z0-9_-]{1,64}$/.test(person) ? person : null,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 1_000_000) : 1,
  };
}

/** The query string of a filter and page (the view always; the rest only when set). */
export function reviewQuery(filter: ReviewFilter, page = 1): string {
  const q = new URLSearchParams();
  q.set("view", filter.view);
  if (filter.title) q.set("title", filter.title);
  if (filter.confidence) q.set("confidence", filter.confidence);
  if (filter.person) q.set("person", filter.person);
  if (page > 1) q.set("page", String(page));
  return `?${q.toString()}`;
}

/** Where one person's credits are on the credits page of the project at `base` ("/projects/<id>"): every view, only them, at the row when given. */
export function personCreditsHref(base: string, personId: string, rowKey?: string): string {
  return `${base}/credits${reviewQuery({ view: "all", title: null, confidence: null, person: personId })}${rowKey ? `#credit-${rowKey}` : `#person-${personId}`}`;
}
