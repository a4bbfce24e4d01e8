/**
 * Text folding: the one place that decides when two spellings count as the same — accents,
 * case, spacing, "&" and apostrophes — for search, matching keys and slugs.
 *
 * Several of these outputs are stored (catalogue role ids and credit-list block keys from
 * `slugify(…, CATALOG_SLUG)`, custom responsibility ids from `slugify`, people's name keys and
 * sort keys built on `foldMarks`): changing what a function returns changes ids in databases
 * and saved lists. tests/lib/text/fold.test.ts holds the earlier implementations and proves
 * the outputs byte-identical over accents, ligatures, CJK, Hangul, Hebrew, Indic scripts,
 * punctuation and empty text; keep it passing.
 */

/**
 * Which marks folding drops after NFKD:
 * - "all": every combining mark (\p{M}): accents, but also Indic vowel signs, kana voicing
 *   marks, Hebrew points and Arabic harakat — right for search, where "קָפֶה" should find "קפה";
 * - "accents": the combining diacritical blocks only (U+0300–036F, 1AB0–1AFF, 1DC0–1DFF,
 *   20D0–20FF, FE20–FE2F), so a script whose marks are letters to its readers keeps them.
 */
export type MarksToDrop = "all" | "accents";

const ALL_MARKS = /\p{M}+/gu;
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Apostrophes (straight, curly, grave, acute, modifier letter) and full stops: dropped, not spaced, in keys. */
export const APOSTROPHES_AND_STOPS = /['’‘`´ʼ.]/g;
const APOSTROPHES = /['’‘`´ʼ]/g;

/**
 * Printable ASCII, which every Unicode normalization leaves as it is and which has no marks:
 * most names and labels are, and skipping `normalize` for them halves what a 20,000-row import
 * spends on names.
 */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** `text.normalize(form)`, skipped for printable ASCII (which it would return unchanged). */
export function normalized(text: string, form: "NFC" | "NFKD"): string {
  return PLAIN_ASCII.test(text) ? text : text.normalize(form);
}

/** "Zoë Ångström" → "Zoe Angstrom": compatibility decomposition (NFKD: "ﬁ" → "fi", "Ｚ" → "Z") without the marks. */
export function foldMarks(text: string, marks: MarksToDrop = "all"): string {
  return PLAIN_ASCII.test(text) ? text : text.normalize("NFKD").replace(marks === "all" ? ALL_MARKS : ACCENTS, "");
}

/** foldMarks, lower-cased: "Zoë" and "ZOE" give "zoe". */
export function foldCase(text: string, marks: MarksToDrop = "all"): string {
  return foldMarks(text, marks).toLowerCase();
}

/** For "contains" search: lower case, no accents, every run of spacing one space, trimmed. "  Zoë  O'Neil" → "zoe o'neil". */
export function foldForSearch(text: string): string {
  return foldCase(text).replace(/\s+/gu, " ").trim();
}

/** The words of a text for matching word by word: as foldForSearch, and anything that is not a letter or digit separates words. "Hiring/crew!" → "hiring crew". */
export function searchWords(text: string): string {
  return foldCase(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Text folded for keys: lower case, no accents, "&" spelled " and ", apostrophes and full
 * stops dropped so "Director's" = "Directors" and "A.D." = "AD". Words are still separated by
 * whatever the text had; callers split or join them.
 */
export function foldForKey(text: string, marks: MarksToDrop = "all"): string {
  return foldCase(text, marks).replace(/&/g, " and ").replace(APOSTROPHES_AND_STOPS, "");
}

export type SlugOptions = {
  /** Which marks go (default "all"). */
  marks?: MarksToDrop;
  /** Recompose the result (NFC; default true): Hangul syllables and kana with voicing come back whole. */
  compose?: boolean;
};

/**
 * The options the catalogue's slugs were made with (role ids, credit-list block keys): only
 * accents dropped and the result left decomposed. Stored, so they stay as they are.
 */
export const CATALOG_SLUG: SlugOptions = { marks: "accents", compose: false };

/**
 * Kebab-case slug, case- and accent-insensitive, letters of any script kept: "Drone Permits",
 * "drone  permits" and "Drône permits" give "drone-permits"; "Hair & Make-up" gives
 * "hair-and-make-up". "" when the text has no letter or digit.
 */
export function slugify(text: string, options: SlugOptions = {}): string {
  const slug = foldForKey(text, options.marks ?? "all")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return options.compose === false ? slug : slug.normalize("NFC");
}

/**
 * A slug for a file name: ASCII letters, digits and hyphens only, at most `max` characters
 * ("Café Noir: Night & Day" → "cafe-noir-night-and-day"); a full stop separates words here
 * ("v2.1" → "v2-1"). "" when nothing ASCII is left.
 */
export function asciiSlug(text: string, max = 60): string {
  return foldCase(text)
    .replace(/&/g, " and ")
    .replace(APOSTROPHES, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}

/** Printable ASCII only, accents folded first: "Café Noir — 東京" → "Cafe Noir  " (for a file name's ASCII fallback). */
export function asciiOnly(text: string): string {
  return foldMarks(text).replace(/[^\x20-\x7e]/g, "");
}
