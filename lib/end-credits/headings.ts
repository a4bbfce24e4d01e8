import { hasNames, type CreditBlock } from "./types";

/**
 * Headings: plurals that follow the number of visible names, and merged multi-hat headings.
 *
 * English role headings pluralize their head noun: the word before the first "of", "to",
 * "in" or "for" ("Directors of Photography", "Assistants to the Director", "Executives in
 * Charge of Production"), else the last word ("Executive Producers"). Some headings never
 * change:
 * - "… by" credits ("Produced by", "Written and Directed by") read the same for any number;
 * - a head noun that is already plural or a mass noun ("Utility Stunts", "Loop Group",
 *   "Additional Music", "First Assistant Camera", "Location Casting", "Craft Service");
 * - anything not in Latin script (a heading typed in Greek or Japanese is left as typed).
 * Users can always rename a heading; a renamed heading is never touched again.
 */

/** Head nouns that do not take a plural in credits (lower case). */
const INVARIABLE = new Set([
  "adaptation", "art", "background", "camera", "cast", "catering", "choreography", "clearance",
  "construction", "counsel", "crew", "decoration", "design", "development", "dialogue",
  "direction", "distribution", "editorial", "electric", "foley", "greens", "group", "hair",
  "makeup", "music", "photography", "post", "post-production", "production", "props",
  "research", "roto", "safety", "screenplay", "security", "service", "sound", "staff", "story",
  "talent", "teleplay", "thanks", "transportation", "utility", "walla", "wardrobe", "animation",
  "accounting", "payroll", "marketing", "publicity", "legal", "cast and crew",
]);

const PREPOSITION = /\s(?:of|to|in|for)\s/i;

/** "Producer" → "Producers", "Secretary" → "Secretaries", "Foreman" → "Foremen"; null when invariable. */
function pluralWord(word: string): string | null {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z'’/-]*$/i.test(word)) return null;
  if (INVARIABLE.has(lower) || lower.endsWith("ing")) return null;
  // "Cutter/Fitter", "Ager/Dyer": the last part carries the plural.
  if (word.includes("/")) {
    const at = word.lastIndexOf("/");
    const last = pluralWord(word.slice(at + 1));
    return last === null ? null : word.slice(0, at + 1) + last;
  }
  // An acronym takes a lower-case "s": "Set PA" → "Set PAs".
  if (word.length <= 3 && isUpper(word)) return `${word}s`;
  if (/(?:ss|sh|ch|x|z)$/i.test(word)) return word + (isUpper(word) ? "ES" : "es");
  if (/s$/i.test(word)) return null;
  if (/man$/i.test(word)) return word.replace(/an$/i, (m) => (m === "AN" ? "EN" : "en"));
  if (/person$/i.test(word)) return word.replace(/erson$/i, (m) => (m === "ERSON" ? "EOPLE" : "eople"));
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + (isUpper(word) ? "IES" : "ies");
  return word + (isUpper(word) ? "S" : "s");
}

function isUpper(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * The heading for `count` names: `base` itself for one name (or none), else its plural.
 * Whitespace is kept as given; "… by" headings, mass nouns and non-Latin text are unchanged.
 */
export function pluralizeHeading(base: string, count: number): string {
  if (count <= 1) return base;
  const trimmed = base.trimEnd();
  if (trimmed === "" || /(?:^|\s)by$/i.test(trimmed)) return base;
  if (INVARIABLE.has(trimmed.toLowerCase())) return base;
  const match = PREPOSITION.exec(trimmed);
  const headEnd = match ? match.index : trimmed.length;
  const head = trimmed.slice(0, headEnd);
  const wordStart = head.search(/\S+$/);
  if (wordStart < 0) return base;
  const plural = pluralWord(head.slice(wordStart));
  if (plural === null) return base;
  return head.slice(0, wordStart) + plural + trimmed.slice(headEnd) + base.slice(trimmed.length);
}

/** The multi-hat titles that merge into one heading, in the order their words are read. */
export const MERGEABLE_TITLES = ["written-by", "produced-by", "directed-by", "edited-by"] as const;
export type MergeableTitle = (typeof MERGEABLE_TITLES)[number];

const MERGE_WORDS: Readonly<Record<MergeableTitle, string>> = {
  "written-by": "Written",
  "produced-by": "Produced",
  "directed-by": "Directed",
  "edited-by": "Edited",
};

/**
 * "Written and Directed by", "Written, Directed and Edited by", "Produced and Directed by":
 * the words in a fixed order (Written, Produced, Directed, Edited) whatever order they come in.
 */
export function mergedHeading(titles: readonly MergeableTitle[]): string {
  const words = MERGEABLE_TITLES.filter((t) => titles.includes(t)).map((t) => MERGE_WORDS[t]);
  if (words.length === 0) return "";
  if (words.length === 1) return `${words[0]} by`;
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]} by`;
}

/**
 * The block with its heading brought up to date: a generated, not renamed block of names
 * pluralizes its base heading by its visible names; every other block is returned as is.
 */
export function withCurrentHeading<T extends CreditBlock>(block: T): T {
  if (block.origin !== "generated" || block.headingEdited || !hasNames(block)) return block;
  const visible = block.lines.filter((l) => !l.hidden).length;
  const heading = pluralizeHeading(block.baseHeading, visible);
  return heading === block.heading ? block : { ...block, heading };
}
