import { cmp } from "@/lib/credits/normalize";
import { titleLabel } from "@/lib/credits/titles";
import type { Confidence, Suggestion } from "@/lib/credits/types";
import type { CreditRecord } from "@/lib/decisions/credits-view";
import { cachedSortKey, cleanTitle, keyOrder, titleKey as keyOf } from "./titles";

/**
 * A stored credit decision (lib/decisions/credits-view.ts CreditRecord has every field needed), or
 * a roster claim nobody decided yet (status "claim", lib/decisions/claims.ts claimsAsHeld):
 * a claim is judged like any held title.
 */
export type TruthCredit = Pick<CreditRecord, "id" | "personId" | "title" | "locked"> & { status: CreditRecord["status"] | "claim"; suggestedTitle?: string | null };

export type TruthClass = "match" | "title-without-work" | "work-without-title";

export const TRUTH_CLASSES: readonly TruthClass[] = ["match", "title-without-work", "work-without-title"];

export type TruthItem = {
  kind: TruthClass;
  /** titleKey() of the title: the same for the same title however it is written. */
  titleKey: string;
  /** The title as credited when there is a credit, else the engine's label of the suggestion. */
  label: string;
  /** The held credit (accepted, overridden, manual; locked or not); null for work without a title. */
  credit: { id: string; title: string; status: TruthCredit["status"]; locked: boolean } | null;
  /** The engine's suggestion; null for a title without work. */
  suggestion: { titleId: string; label: string; confidence: Confidence; score: number } | null;
  /**
   * The key of the credits page row that resolves it (lib/decisions/credits-view.ts buildReview):
   * "s:<personId>:<titleId>" for a suggestion's row, "c:<creditId>" for a hand-typed or
   * withdrawn credit's row.
   */
  reviewKey: string;
  /** A match made through the decision itself: the credit answers this suggestion but was overridden to a differently worded title. */
  viaOverride: boolean;
  /** For work without a title: the decision that rejected the suggestion, if any. */
  rejectedCreditId: string | null;
};

export type TruthCounts = { match: number; titleWithoutWork: number; workWithoutTitle: number };

export type TruthPerson = { personId: string; name: string; items: TruthItem[]; counts: TruthCounts };

export type TruthCheck = { people: TruthPerson[]; summary: TruthCounts & { people: number } };

const KIND_ORDER: Record<TruthClass, number> = { match: 0, "title-without-work": 1, "work-without-title": 2 };

function counts(items: readonly TruthItem[]): TruthCounts {
  const c: TruthCounts = { match: 0, titleWithoutWork: 0, workWithoutTitle: 0 };
  for (const i of items) {
    if (i.kind === "match") c.match++;
    else if (i.kind === "title-without-work") c.titleWithoutWork++;
    else c.workWithoutTitle++;
  }
  return c;
}

function isObj(v: unknown): boolean {
  return typeof v === "object" && v !== null;
}

/**
 * Credit truth check, person by person: the titles they hold (every decision except a
 * rejected one) against the titles their work suggests (the engine's suggestions), each
 * classified:
 * - "match": a held title and a suggestion with the same titleKey ("Producer" matches the
 *   suggestion "produced-by"), or a credit that answers a still-made suggestion but was
 *   overridden to other wording (viaOverride);
 * - "title-without-work": a held title the work does not suggest (it may still be backed by
 *   some work, just not enough for the engine to suggest it);
 * - "work-without-title": a suggestion the person holds no title for (rejected ones too).
 * People in `people` only (credits and suggestions of unknown people are ignored); people
 * with nothing to show are left out; people by name then id, items by billing order.
 * Never throws; independent of input order.
 */
export function truthCheck(
  people: ReadonlyArray<{ id: string; name: string }>,
  heldCredits: readonly TruthCredit[],
  suggestions: readonly (Pick<Suggestion, "personId" | "title" | "confidence" | "score"> & { alternativeTo?: string | null })[],
): TruthCheck {
  const sortKey = cachedSortKey();
  const keys = new Map<string, string>();
  const titleKey = (title: string) => {
    let k = keys.get(title);
    if (k === undefined) keys.set(title, (k = keyOf(title)));
    return k;
  };
  const names = new Map<string, string>();
  for (const p of Array.isArray(people) ? people : []) {
    if (!isObj(p) || typeof p.id !== "string") continue;
    const name = typeof p.name === "string" && p.name.trim() ? p.name : p.id;
    const prev = names.get(p.id);
    if (prev === undefined || cmp(name, prev) < 0) names.set(p.id, name);
  }
  const credits = new Map<string, TruthCredit[]>();
  const rejected = new Map<string, string>(); // personId \0 suggestedTitle → credit id
  for (const c of Array.isArray(heldCredits) ? heldCredits : []) {
    if (!isObj(c) || typeof c.id !== "string" || typeof c.personId !== "string" || typeof c.title !== "string" || !names.has(c.personId)) continue;
    if (c.status === "rejected") {
      if (typeof c.suggestedTitle === "string") {
        const k = `${c.personId}\u0000${c.suggestedTitle}`;
        const prev = rejected.get(k);
        if (prev === undefined || cmp(c.id, prev) < 0) rejected.set(k, c.id);
      }
      continue;
    }
    if (!cleanTitle(c.title)) continue;
    const list = credits.get(c.personId);
    if (list) list.push(c);
    else credits.set(c.personId, [c]);
  }
  type Sugg = Pick<Suggestion, "personId" | "title" | "confidence" | "score"> & { alternativeTo?: string | null };
  const suggested = new Map<string, Map<string, Sugg>>();
  for (const s of Array.isArray(suggestions) ? suggestions : []) {
    if (!isObj(s) || typeof s.personId !== "string" || typeof s.title !== "string" || !names.has(s.personId)) continue;
    let byTitle = suggested.get(s.personId);
    if (!byTitle) suggested.set(s.personId, (byTitle = new Map()));
    const prev = byTitle.get(s.title);
    const score = typeof s.score === "number" && Number.isFinite(s.score) ? s.score : 0;
    if (!prev || score > prev.score || (score === prev.score && cmp(String(s.confidence), String(prev.confidence)) < 0)) byTitle.set(s.title, { ...s, score });
  }

  const out: TruthPerson[] = [];
  for (const [personId, name] of names) {
    const held = [...(credits.get(personId) ?? [])].sort((a, b) => cmp(titleKey(a.title), titleKey(b.title)) || cmp(a.id, b.id));
    const sugg = suggested.get(personId) ?? new Map();
    const byKey = new Map<string, Sugg>();
    for (const s of sugg.values()) {
      const key = titleKey(s.title);
      const prev = byKey.get(key);
      if (key && (!prev || cmp(s.title, prev.title) < 0)) byKey.set(key, s);
    }
    const used = new Set<string>();
    const items: TruthItem[] = [];
    const creditOf = (c: TruthCredit) => ({ id: c.id, title: cleanTitle(c.title), status: c.status, locked: c.locked === true });
    const suggestionOf = (s: Pick<Suggestion, "title" | "confidence" | "score">) => ({ titleId: s.title, label: titleLabel(s.title), confidence: s.confidence, score: s.score });
    const rowKey = (c: TruthCredit | null, titleId: string | null) => {
      if (c && typeof c.suggestedTitle === "string" && (c.status === "claim" || sugg.has(c.suggestedTitle))) return `s:${personId}:${c.suggestedTitle}`;
      if (c) return `c:${c.id}`;
      return `s:${personId}:${titleId}`;
    };
    const rest: TruthCredit[] = [];
    for (const c of held) {
      const s = byKey.get(titleKey(c.title));
      if (!s) {
        rest.push(c);
        continue;
      }
      used.add(s.title);
      items.push({ kind: "match", titleKey: titleKey(c.title), label: cleanTitle(c.title), credit: creditOf(c), suggestion: suggestionOf(s), reviewKey: rowKey(c, s.title), viaOverride: false, rejectedCreditId: null });
    }
    for (const c of rest) {
      const s = typeof c.suggestedTitle === "string" ? sugg.get(c.suggestedTitle) : undefined;
      if (s && !used.has(s.title)) {
        used.add(s.title);
        items.push({ kind: "match", titleKey: titleKey(c.title), label: cleanTitle(c.title), credit: creditOf(c), suggestion: suggestionOf(s), reviewKey: rowKey(c, s.title), viaOverride: true, rejectedCreditId: null });
      } else {
        items.push({ kind: "title-without-work", titleKey: titleKey(c.title), label: cleanTitle(c.title), credit: creditOf(c), suggestion: null, reviewKey: rowKey(c, null), viaOverride: false, rejectedCreditId: null });
      }
    }
    // Evidence that could go two ways: the other reading is not "work without a title" — an
    // alternative never is, and a suggestion whose alternative the person holds isn't either.
    const chosenAlternative = (s: Sugg) => [...sugg.values()].some((a) => a.alternativeTo === s.title && used.has(a.title));
    for (const s of sugg.values()) {
      if (used.has(s.title) || (typeof s.alternativeTo === "string" && s.alternativeTo !== null) || chosenAlternative(s)) continue;
      items.push({
        kind: "work-without-title",
        titleKey: titleKey(s.title),
        label: titleLabel(s.title),
        credit: null,
        suggestion: suggestionOf(s),
        reviewKey: rowKey(null, s.title),
        viaOverride: false,
        rejectedCreditId: rejected.get(`${personId}\u0000${s.title}`) ?? null,
      });
    }
    if (items.length === 0) continue;
    const folded = new Map(items.map((i) => [i, sortKey(i.label)]));
    items.sort(
      (a, b) =>
        keyOrder(a.titleKey) - keyOrder(b.titleKey) ||
        cmp(folded.get(a) as string, folded.get(b) as string) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        cmp(a.credit?.id ?? "", b.credit?.id ?? "") ||
        cmp(a.reviewKey, b.reviewKey),
    );
    out.push({ personId, name, items, counts: counts(items) });
  }
  const nameKeys = new Map(out.map((p) => [p.personId, sortKey(p.name)]));
  out.sort((a, b) => cmp(nameKeys.get(a.personId) as string, nameKeys.get(b.personId) as string) || cmp(a.name, b.name) || cmp(a.personId, b.personId));
  const all = counts(out.flatMap((p) => p.items));
  return { people: out, summary: { ...all, people: out.length } };
}
