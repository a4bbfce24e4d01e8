import { APOSTROPHES_AND_STOPS, foldCase, normalized } from "@/lib/text/fold";

/**
 * Credited names: normalizing them, deriving a "Last, First" sort name, and the keys used to
 * spot the same person entered twice. The credited name is always shown exactly as the
 * person wants it; these functions only derive values from it.
 */

/** Trim, collapse inner whitespace, NFC. Keeps every Unicode character. */
export function normalizeName(text: string): string {
  return normalized(text, "NFC").replace(/\s+/gu, " ").trim();
}

/** Names in these scripts are written family name first, usually without spaces. */
const CJK_OR_HANGUL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Generational suffixes, written after the given name in a sort name. */
const SUFFIX = /^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV)$/i;

/**
 * Particles that belong to the family name ("de la Cruz", "van der Berg", "bin Laden").
 * Matched lower-case as written, and in the capitalized form for the ones common as the
 * start of a family name ("De Palma", "Van Sant", "Del Toro", "Le Guin").
 */
const PARTICLES = new Set([
  "van", "von", "der", "den", "des", "de", "del", "della", "di", "da", "du", "le", "la",
  "ter", "ten", "dos", "das", "bin", "binti", "bint", "ibn", "ben", "al", "el",
  "d'", "d’", "l'", "l’", "dell'", "dell’", "o'", "o’",
  "بن", "ابن", "בן",
]);
const CAPITALIZED_PARTICLES = new Set([
  "Van", "Von", "Der", "Den", "Des", "De", "Del", "Della", "Di", "Da", "Du", "Le", "La",
  "Ter", "Dos", "Das", "D'", "D’", "O'", "O’",
]);

function isParticle(word: string): boolean {
  return PARTICLES.has(word) || CAPITALIZED_PARTICLES.has(word);
}

/**
 * "Last, First" sort name of a credited name; the result is NFC with single spaces.
 * - Single names sort as themselves ("Madonna"); a blank name gives "".
 * - Particles stay with the family name ("Ana María de la Cruz" → "de la Cruz, Ana María",
 *   "Brian De Palma" → "De Palma, Brian"); the first word is always kept as a given name
 *   ("Van Morrison" → "Morrison, Van"). "O'Brien" and "d'Estaing" are single words.
 * - Suffixes Jr./Sr./II/III/IV go after the given name ("Martin Luther King Jr." →
 *   "King, Martin Luther, Jr.").
 * - familyNameFirst: the first word is the family name ("Bong Joon-ho" → "Bong, Joon-ho").
 * - Names in CJK or Hangul script sort as written, with or without spaces ("是枝裕和",
 *   "봉준호", "박 찬욱" → "박 찬욱"): the family name already comes first, and a Latin comma
 *   inside them would be foreign to how they are written.
 * - Arabic, Hebrew, Cyrillic and other scripts follow the same "Last, First" rule.
 * - A name that already holds a comma ("Okafor, Maya") is taken as already sorted.
 */
export function deriveSortName(creditedName: string, options: { familyNameFirst?: boolean } = {}): string {
  const name = normalizeName(creditedName);
  if (!name || CJK_OR_HANGUL.test(name)) return name;

  const words = name.split(" ");
  let suffix: string | null = null;
  if (words.length > 2 && SUFFIX.test(words[words.length - 1]!)) {
    suffix = words.pop()!;
    words[words.length - 1] = words[words.length - 1]!.replace(/,$/, "");
  }
  if (words.some((w) => w.includes(","))) return name;
  if (words.length === 1) return suffix ? `${words[0]}, ${suffix}` : words[0]!;

  let start = options.familyNameFirst ? 1 : words.length - 1;
  if (!options.familyNameFirst) {
    while (start > 1 && isParticle(words[start - 1]!)) start -= 1;
  }
  const [family, given] = options.familyNameFirst
    ? [words.slice(0, start), words.slice(start)]
    : [words.slice(start), words.slice(0, start)];
  const sortName = `${family.join(" ")}, ${given.join(" ")}`;
  return suffix ? `${sortName}, ${suffix}` : sortName;
}

/** Letters NFKD does not decompose, folded to their usual Latin spelling. */
const FOLDS = new Map([["ß", "ss"], ["ø", "o"], ["ł", "l"], ["đ", "d"], ["ð", "d"], ["þ", "th"], ["æ", "ae"], ["œ", "oe"], ["ı", "i"]]);

/**
 * A key for duplicate detection: normalizeName, NFKD, strip diacritics, lower-case, remove
 * punctuation, collapse spaces. Equal keys mean "probably the same name":
 * "José  García" = "jose garcia", "O'Brien" = "OBrien", "Jean-Luc" = "Jean Luc",
 * "J. J. Abrams" = "J.J. Abrams" (runs of initials are joined), "Strauß" = "Strauss",
 * and CJK/Hangul names match with or without spaces ("박 찬욱" = "박찬욱").
 */
export function nameMatchKey(text: string): string {
  const name = normalizeName(text);
  // Combining accents only: Indic vowel signs and the kana voicing marks are kept.
  const words = foldCase(name, "accents")
    .replace(/[ßøłđðþæœı]/g, (c) => FOLDS.get(c) ?? c)
    .replace(APOSTROPHES_AND_STOPS, "")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
    .split(" ")
    .filter(Boolean);
  const separator = CJK_OR_HANGUL.test(name) ? "" : " ";
  const joined: string[] = [];
  let afterInitial = false;
  for (const word of words) {
    const initial = [...word].length === 1;
    if (initial && afterInitial) joined[joined.length - 1] += word;
    else joined.push(word);
    afterInitial = initial;
  }
  return normalized(joined.join(separator), "NFC");
}

/** Email normalized for matching: trim + lower-case; null for empty. */
export function emailKey(email: string | null | undefined): string | null {
  const key = (email ?? "").trim().toLowerCase();
  return key === "" ? null : key;
}

/**
 * People that a candidate duplicates: same email key, or same name key. Each person appears
 * once, with "email" when both match; email matches first, then name matches, each group in
 * the order of `people`. The candidate itself, if it is in `people`, is the caller's to skip.
 */
export function findDuplicates<T extends { id: string; creditedName: string; email: string | null }>(
  candidate: { creditedName: string; email?: string | null },
  people: readonly T[],
): Array<{ person: T; reason: "email" | "name" }> {
  const email = emailKey(candidate.email);
  const name = nameMatchKey(candidate.creditedName);
  const byEmail: Array<{ person: T; reason: "email" }> = [];
  const byName: Array<{ person: T; reason: "name" }> = [];
  for (const person of people) {
    if (email !== null && emailKey(person.email) === email) byEmail.push({ person, reason: "email" });
    else if (name !== "" && nameMatchKey(person.creditedName) === name) byName.push({ person, reason: "name" });
  }
  return [...byEmail, ...byName];
}

/**
 * The one person a new roster line is plainly about, so nobody needs asking: of the possible
 * duplicates, the single one already on this project's roster (`onProject`) whose credited name
 * is the typed one exactly (spaces aside) and whose email is the typed one, if one is typed. A
 * second role for someone just added is then no question; anything less certain (a name that
 * matches only without accents, two such people, a new or other email) still is. Null when unsure.
 */
export function samePersonOnProject<T extends { id: string; creditedName: string; email: string | null }>(
  candidate: { creditedName: string; email?: string | null },
  duplicates: readonly T[],
  onProject: ReadonlySet<string>,
): T | null {
  const squash = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ");
  const email = emailKey(candidate.email);
  const sure = duplicates.filter(
    (p) => onProject.has(p.id) && squash(p.creditedName) === squash(candidate.creditedName) && (email === null || emailKey(p.email) === email),
  );
  return sure.length === 1 && duplicates.length === 1 ? sure[0]! : null;
}

/** The zero of each decimal-digit block a name may use (ASCII, Arabic-Indic, Persian, Devanagari…; NFKD turns full-width digits into ASCII). */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810];

function digitValue(ch: string): number | null {
  const cp = ch.codePointAt(0)!;
  for (const zero of DIGIT_ZEROS) if (cp >= zero && cp <= zero + 9) return cp - zero;
  return null;
}

/**
 * A run of digits as text that sorts by its value: the number of digits (two of them, leading
 * zeros dropped) then the digits, in ASCII. "9" → "019", "102" → "03102", "1017" → "041017".
 */
function numberKey(run: string): string {
  const digits = [...run].map((ch) => digitValue(ch) ?? 0).join("").replace(/^0+(?=\d)/, "");
  return String(Math.min(digits.length, 99)).padStart(2, "0") + digits;
}

/**
 * The key lists of names are ordered by, so that byte order (SQLite's, and `cmp` in code) is
 * the order a reader expects (natural, locale-aware order without a locale):
 * - numbers as numbers: a run of digits, in any script, sorts by its value ("Crew Person
 *   102" before "Crew Person 1017", "Take 9" before "Take 10"), before letters;
 * - accents, case and width folded ("Ábrego, Ana" → "abrego, ana"; "Ｚ" with "z"); Greek
 *   final sigma as sigma;
 * - other scripts keep their letters in Unicode order, which is their alphabetical order for
 *   Greek, Cyrillic (Russian; ё sorts with е), Hebrew, Arabic, kana and Hangul, and
 *   radical-stroke order for Han; vowel points (niqqud, harakat) and dakuten are folded away
 *   like accents. Scripts follow one another in Unicode order: Latin, Greek, Cyrillic, Hebrew,
 *   Arabic, kana, Han, Hangul (a root collation puts Hangul before kana and Han; a sort key
 *   SQLite can compare can't follow every locale).
 */
export function sortCollationKey(sortName: string): string {
  const folded = normalized(foldCase(sortName).replace(/ς/g, "σ"), "NFC");
  return folded.replace(/\p{Nd}+/gu, (run) => (digitValue(run[0]!) === null ? run : numberKey(run)));
}

/** Name order for in-memory sorts: the same order as the stored keys (sortCollationKey), then the text itself. */
export function compareNames(a: string, b: string): number {
  const x = sortCollationKey(a);
  const y = sortCollationKey(b);
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
