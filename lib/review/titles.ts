import { matchTitle, titleLabel, titleOrder } from "@/lib/credits/titles";
import { sortCollationKey } from "@/lib/people/names";
import { foldForSearch } from "@/lib/text/fold";

/**
 * One key per title however it is written, so "Producer", "Produced by" and "produced-by"
 * compare equal: the credit engine's `matchTitle` (its aliases included), tried on the text
 * as typed and then with accents dropped; a title the engine doesn't know gets a folded slug
 * ("Key  Grip" and "key grip" → "key-grip"), so it can still match its own other spellings.
 * Known titles key to their engine id; "" for a blank or non-string title.
 */
export function titleKey(raw: unknown): string {
  if (typeof raw !== "string") return "";
  const known = matchTitle(raw);
  if (known) return known;
  const folded = foldForSearch(raw);
  return matchTitle(folded) ?? folded.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

/** Sort position of a key: billing order for known titles, after them for the rest. */
export function keyOrder(key: string): number {
  return titleOrder(key);
}

/** The engine's label for a known title key; `fallback` (the text as written) otherwise. */
export function keyLabel(key: string, fallback: string): string {
  return matchTitle(key) === key ? titleLabel(key) : fallback;
}

/** Whitespace collapsed and trimmed. */
export function cleanTitle(raw: string): string {
  return raw.replace(/\s+/gu, " ").trim();
}

/**
 * The natural sort key of a text (lib/people/names.ts sortCollationKey: folded, numbers as
 * numbers) with a per-call cache, for sort comparators (it is NFKD work: do it once per string).
 */
export function cachedSortKey(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let f = cache.get(text);
    if (f === undefined) cache.set(text, (f = sortCollationKey(text)));
    return f;
  };
}
