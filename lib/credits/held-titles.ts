import { isProducingTitleId, matchTitle, titleLabel } from "./titles";
import type { FindingKind } from "./types";

/**
 * Words shared by both engines' findings (lib/credits/reference.ts and lib/credits/findings.ts):
 * how a held title is named, matched and keyed, the order findings sort in, and the
 * fingerprint a dismissal is kept against.
 */

/** Findings sort by kind in this order, then by id. */
export const FINDING_KINDS: readonly FindingKind[] = [
  "title-without-work",
  "title-not-explained",
  "duplicate-title",
  "work-without-title",
  "uncovered-functions",
  "too-many-produced-by",
  "single-point-of-failure",
];

/**
 * A short, stable hash (FNV-1a, 32 bits, hex) of a finding's facts: of the text
 * `[kind, message, personIds.join(","), responsibilityIds.join(",")].join("\n")`, hashed
 * piece by piece rather than joined first (a thousand findings need not build a thousand
 * long strings to throw away).
 */
export function fingerprintOf(kind: string, message: string, personIds: readonly string[], responsibilityIds: readonly string[]): string {
  let h = fnv1a(0x811c9dc5, kind);
  h = fnv1a(fnv1a(h, "\n"), message);
  h = fnv1a(fnv1a(h, "\n"), personIds);
  h = fnv1a(fnv1a(h, "\n"), responsibilityIds);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** FNV-1a hash `h` continued over `text` (a list reads as its items joined with ","). */
function fnv1a(h: number, text: string | readonly string[]): number {
  if (typeof text !== "string") {
    for (let i = 0; i < text.length; i++) h = fnv1a(i === 0 ? h : fnv1a(h, ","), text[i] as string);
    return h;
  }
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** A held title's key: the engine's id when it knows the title, else the title in lower case without extra spaces. */
export function heldKey(title: string): string {
  return matchTitle(title) ?? title.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A held title as findings name it: the known title's label, else the title as typed. */
export function heldLabel(title: string): string {
  const id = matchTitle(title);
  return id ? titleLabel(id) : title;
}

/** Possessory credits ("A Film by") are a director's: directing work supports them. */
const POSSESSORY = /^(?:an?\s+)?(?:film|picture|movie|series)\s+by$|^(?:a|an)\s+\S.*\s+(?:film|picture)$/i;

export function isPossessoryTitle(title: string): boolean {
  return POSSESSORY.test(title.trim());
}

/** A held title counts as producing when it maps to the producing family or says "produc…". */
export function isProducingHeldTitle(title: string): boolean {
  const id = matchTitle(title);
  return id ? isProducingTitleId(id) : /produc/i.test(title);
}
