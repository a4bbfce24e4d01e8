import { distance } from "fastest-levenshtein";
import { CATALOG_SLUG, foldForKey, slugify } from "@/lib/text/fold";
import { CATALOG_DATA } from "./catalog-data";

/**
 * The canonical role catalogue: departments in end-crawl order, roles in their usual order
 * within each department, and a thesaurus of synonyms ("1st AC" = "First Assistant Camera").
 * Ids are stable slugs: department "camera", role "camera.first-assistant-camera".
 * Orders are positions (1, 2, 3…) that may change between catalogue versions; store ids.
 */

export type Department = { id: string; name: string; order: number };
export type CatalogRole = {
  id: string;
  departmentId: string;
  name: string;
  order: number;
  synonyms: readonly string[];
  head: boolean;
};

/** Bump when departments, roles or synonyms change (year.month of the change). */
export const CATALOG_VERSION = "2026.12";

const ORDINALS = new Map([
  ["1st", "first"],
  ["2nd", "second"],
  ["3rd", "third"],
  ["4th", "fourth"],
  ["5th", "fifth"],
]);

/**
 * Normalizes text for matching (foldForKey, accents only): NFKD, strip diacritics, lower-case, "&"→"and", ordinals
 * "1st"→"first", "2nd"→"second", "3rd"→"third", punctuation to spaces, collapse whitespace.
 * Apostrophes and full stops are dropped rather than spaced, so "Director's" = "Directors",
 * "1st A.D." = "1st AD" and "Asst." = "Asst". Equal keys mean "the same words".
 */
export function matchKey(text: string): string {
  return foldForKey(text, "accents")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter(Boolean)
    .map((word) => ORDINALS.get(word) ?? word)
    .join(" ");
}

export const DEPARTMENTS: readonly Department[] = CATALOG_DATA.map((d, i) => ({ id: d.id, name: d.name, order: i + 1 }));

export const ROLES: readonly CatalogRole[] = CATALOG_DATA.flatMap((d) =>
  d.roles.map((role, i) => ({
    id: role.id ?? `${d.id}.${slugify(role.name, CATALOG_SLUG)}`,
    departmentId: d.id,
    name: role.name,
    order: i + 1,
    synonyms: role.synonyms,
    head: role.head === true,
  })),
);

const departmentsById = new Map(DEPARTMENTS.map((d) => [d.id, d]));
const rolesById = new Map(ROLES.map((r) => [r.id, r]));
/** Position of each role in ROLES: the global catalogue order. */
const rolePosition = new Map(ROLES.map((r, i) => [r.id, i]));

/** matchKey of every role name and synonym → the roles it names (several only for shared terms). */
const rolesByKey = new Map<string, CatalogRole[]>();
for (const role of ROLES) {
  for (const term of [role.name, ...role.synonyms]) {
    const key = matchKey(term);
    const list = rolesByKey.get(key) ?? [];
    if (!list.includes(role)) list.push(role);
    rolesByKey.set(key, list);
  }
}

/** Drops a plural "s" from the last word ("Producers" → "producer"), leaving "press", "bus"… alone. */
function singularKey(key: string): string {
  return key.replace(/([a-z]{3,}[^su])s$/, "$1");
}

/** singularKey(matchKey) of every department name and synonym → its department. */
const departmentsByKey = new Map<string, Department>();
for (const spec of CATALOG_DATA) {
  const department = departmentsById.get(spec.id)!;
  for (const term of [spec.name, ...spec.synonyms]) {
    const key = singularKey(matchKey(term));
    if (!departmentsByKey.has(key)) departmentsByKey.set(key, department);
  }
}

/** The department with this id, or undefined. */
export function getDepartment(id: string): Department | undefined {
  return departmentsById.get(id);
}

/** The role with this id, or undefined. */
export function getRole(id: string): CatalogRole | undefined {
  return rolesById.get(id);
}

/** The catalogue roles of a department, in catalogue order (empty for an unknown id). */
export function rolesInDepartment(departmentId: string): CatalogRole[] {
  return ROLES.filter((r) => r.departmentId === departmentId);
}

/**
 * Exact match of a typed role against role names and synonyms (via matchKey). A term shared
 * by several departments ("Best Boy", "Buyer") resolves only with a departmentId among them;
 * a department never hides a unique match elsewhere ("Gaffer" in Camera is still the Gaffer).
 */
export function findRole(text: string, departmentId?: string): CatalogRole | null {
  const candidates = rolesByKey.get(matchKey(text));
  if (!candidates) return null;
  if (departmentId !== undefined) {
    const inDepartment = candidates.filter((r) => r.departmentId === departmentId);
    if (inDepartment.length === 1) return inDepartment[0]!;
  }
  return candidates.length === 1 ? candidates[0]! : null;
}

/**
 * Exact match of a typed department name or a common synonym, forgiving a plural, a
 * leading "the" / "department of" and a trailing "department", "dept", "team" or "crew"
 * ("Locations Department" → Locations, "Hair & Make-up" → Hair and Makeup, "VFX" → Visual
 * Effects, "Wardrobe" → Costume, "G&E" → Grip). Null when nothing matches.
 */
export function findDepartment(text: string): Department | null {
  const key = matchKey(text);
  if (!key) return null;
  const trimmed = key
    .replace(/^the /, "")
    .replace(/^(?:department|dept) of (?:the )?/, "")
    .replace(/(?:^| )(?:department|dept|team|crew)$/, "");
  for (const candidate of [key, trimmed]) {
    const department = departmentsByKey.get(singularKey(candidate));
    if (department) return department;
  }
  return null;
}

type Term = { role: CatalogRole; key: string; words: readonly string[] };

const STOP_WORDS = new Set(["a", "an", "and", "by", "of", "the", "to"]);
const words = (key: string) => key.split(" ").filter((w) => w && !STOP_WORDS.has(w));

let terms: Term[] | null = null;
function allTerms(): Term[] {
  terms ??= ROLES.flatMap((role) =>
    [role.name, ...role.synonyms].map((text) => {
      const key = matchKey(text);
      return { role, key, words: words(key) };
    }),
  );
  return terms;
}

/** Similarity of two strings in [0, 1]: 1 − edit distance / longer length. */
function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** Fuzzy word equality: exact, or ≥ 75% similar for words of four letters or more. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (Math.max(a.length, b.length) < 4) return 0;
  const s = similarity(a, b);
  return s >= 0.75 ? s : 0;
}

/**
 * Fuzzy word overlap in [0, 1] between the typed words and a term's words, weighted towards
 * recall (how much of what was typed the term explains) over precision (how much of the
 * term was typed), so "camera" prefers the camera roles to a near-spelling like "Cameo".
 */
function wordOverlap(typed: readonly string[], term: readonly string[]): number {
  if (typed.length === 0 || term.length === 0) return 0;
  let matched = 0;
  for (const a of typed) matched += Math.max(...term.map((b) => wordSimilarity(a, b)));
  return 0.6 * Math.min(1, matched / typed.length) + 0.4 * Math.min(1, matched / term.length);
}

/** Below this score a role is not a plausible reading of the text. */
const MIN_SUGGESTION_SCORE = 0.6;

/**
 * Closest canonical roles for unknown text (for "did you mean"), best first: the best of
 * whole-text edit similarity and fuzzy word overlap over every name and synonym; ties in
 * catalogue order. Only scores ≥ 0.6 are plausible, so gibberish gets an empty array.
 */
export function suggestRoles(text: string, limit = 5): CatalogRole[] {
  const key = matchKey(text);
  if (!key || limit <= 0) return [];
  const typedWords = words(key);
  const best = new Map<string, number>();
  for (const term of allTerms()) {
    const score = Math.max(similarity(key, term.key), 0.9 * wordOverlap(typedWords, term.words));
    if (score >= MIN_SUGGESTION_SCORE && score > (best.get(term.role.id) ?? 0)) best.set(term.role.id, score);
  }
  return [...best.entries()]
    .sort(([idA, a], [idB, b]) => b - a || rolePosition.get(idA)! - rolePosition.get(idB)!)
    .slice(0, limit)
    .map(([id]) => rolesById.get(id)!);
}

export type RosterSortable = { departmentId: string | null; roleId: string | null; roleName: string };

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Sort key for roster entries: catalogue departments in catalogue order, then unknown
 * department ids alphabetically, then entries without a department. Within a department,
 * its own catalogue roles in catalogue order, then catalogue roles of other departments
 * filed there, then free-text roles (no or unknown roleId) alphabetically by roleName.
 * Returns 0 only for entries with the same position.
 */
export function compareRoster(a: RosterSortable, b: RosterSortable): number {
  const byDepartment = compareDepartments(a.departmentId, b.departmentId);
  if (byDepartment !== 0) return byDepartment;
  const rankA = roleRank(a);
  const rankB = roleRank(b);
  if (rankA.tier !== rankB.tier) return rankA.tier - rankB.tier;
  if (rankA.tier < 2) return rankA.position - rankB.position;
  return collator.compare(a.roleName, b.roleName) || compareText(a.roleName, b.roleName);
}

/**
 * Where a roster entry's role sorts within its department: tier 0 for the department's own
 * catalogue roles, tier 1 for a catalogue role filed in another department (the Colorist
 * under Editorial comes after the Editor), tier 2 for free text; position is the catalogue order.
 */
function roleRank(entry: RosterSortable): { tier: 0 | 1 | 2; position: number } {
  const position = entry.roleId === null ? undefined : rolePosition.get(entry.roleId);
  if (position === undefined) return { tier: 2, position: 0 };
  return { tier: ROLES[position]!.departmentId === entry.departmentId ? 0 : 1, position };
}

function compareDepartments(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const orderA = departmentsById.get(a)?.order;
  const orderB = departmentsById.get(b)?.order;
  if (orderA !== undefined && orderB !== undefined) return orderA - orderB;
  if (orderA !== undefined) return -1;
  if (orderB !== undefined) return 1;
  return collator.compare(a, b) || compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
