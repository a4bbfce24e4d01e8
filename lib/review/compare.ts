import { formatPercent, inSentence, joinList } from "@/lib/credits/format";
import { cmp } from "@/lib/credits/normalize";
import { LANES, RESPONSIBILITIES } from "@/lib/work/taxonomy";
import type { Coverage } from "./coverage";
import type { HatsMatrix } from "./hats";
import { cachedSortKey } from "./titles";

/** One project for a comparison: its title and its full (unpaged) hats matrix, optionally its coverage. */
export type ComparedProject = { title: string; matrix: Pick<HatsMatrix, "columns" | "rows">; coverage?: Pick<Coverage, "concentration"> | null };

export type PersonHatChange = {
  personId: string;
  name: string;
  hatsA: number;
  hatsB: number;
  /** Responsibility ids, in column order. */
  gained: string[];
  lost: string[];
  sentence: string;
};

/**
 * "split": functions one person covered alone on A moved (wholly or partly) to others on B.
 * "merged": functions several people shared on A one person covered alone on B.
 */
export type HatMove = {
  kind: "split" | "merged";
  personId: string;
  name: string;
  /** Responsibility ids, in column order. */
  functions: string[];
  /** The people on the other project: who took the hats over (split) or who shared them before (merged). */
  others: { personId: string; name: string }[];
  sentence: string;
};

export type ProjectComparison = {
  /** Every sentence below, in order: moves, then people, then coverage, then concentration. */
  sentences: string[];
  moves: HatMove[];
  people: PersonHatChange[];
  /** Functions someone covered on A and nobody on B, and the other way round (ids in column order). */
  coveredOnlyInA: string[];
  coveredOnlyInB: string[];
};

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const NAMES_SHOWN = 4;

function count(n: number, noun: string): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? noun : `${noun}s`}`;
}

function peopleCount(n: number): string {
  return n === 1 ? "one person" : `${NUMBER_WORDS[n] ?? String(n)} people`;
}

function nameList(names: readonly string[]): string {
  if (names.length <= NAMES_SHOWN) return joinList(names);
  return joinList([...names.slice(0, NAMES_SHOWN - 1), `${names.length - NAMES_SHOWN + 1} others`]);
}

const TAXONOMY_RANK = new Map(RESPONSIBILITIES.map((r, i) => [r.id, i]));

type Side = { holders: Map<string, Set<string>>; hats: Map<string, Set<string>> };

function sideOf(matrix: ComparedProject["matrix"], names: Map<string, string>): Side {
  const holders = new Map<string, Set<string>>();
  const hats = new Map<string, Set<string>>();
  for (const row of matrix?.rows ?? []) {
    const prev = names.get(row.personId);
    if (prev === undefined) names.set(row.personId, row.name);
    const mine = hats.get(row.personId) ?? new Set<string>();
    hats.set(row.personId, mine);
    for (const cell of row.cells) {
      mine.add(cell.responsibilityId);
      const set = holders.get(cell.responsibilityId) ?? new Set<string>();
      holders.set(cell.responsibilityId, set);
      set.add(row.personId);
    }
  }
  return { holders, hats };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * How two projects of a team differ in hats and coverage, in plain sentences (people are
 * matched by person id; names come from the first project that lists them). Deterministic:
 * people by name then id, functions in column order (lane, taxonomy, then name).
 * Pass full matrices (no offset/limit), built with the same filters on both sides.
 */
export function compareProjects(a: ComparedProject, b: ComparedProject): ProjectComparison {
  const titleA = (typeof a?.title === "string" && a.title.trim()) || "the first project";
  const titleB = (typeof b?.title === "string" && b.title.trim()) || "the second project";
  const sortKey = cachedSortKey();
  const names = new Map<string, string>();
  const A = sideOf(a?.matrix, names);
  const B = sideOf(b?.matrix, names);

  const fnNames = new Map<string, { name: string; lane: number }>();
  for (const col of [...(a?.matrix?.columns ?? []), ...(b?.matrix?.columns ?? [])]) {
    if (!fnNames.has(col.id)) fnNames.set(col.id, { name: col.name, lane: LANES.indexOf(col.lane) });
  }
  const fnKey = (id: string) => fnNames.get(id) ?? { name: id, lane: LANES.length };
  const byColumn = (x: string, y: string) =>
    fnKey(x).lane - fnKey(y).lane ||
    (TAXONOMY_RANK.get(x) ?? Infinity) - (TAXONOMY_RANK.get(y) ?? Infinity) ||
    cmp(sortKey(fnKey(x).name), sortKey(fnKey(y).name)) ||
    cmp(x, y);
  const fnList = (ids: Iterable<string>) => [...ids].sort(byColumn);
  const fnWords = (ids: readonly string[]) => joinList(ids.map((id) => inSentence(fnKey(id).name)));
  const nameOf = (id: string) => names.get(id) ?? id;
  const byName = (x: string, y: string) => cmp(sortKey(nameOf(x)), sortKey(nameOf(y))) || cmp(nameOf(x), nameOf(y)) || cmp(x, y);
  const people = (ids: Iterable<string>) => [...ids].sort(byName).map((personId) => ({ personId, name: nameOf(personId) }));

  // Moves: hats one person covered alone on one side, held by others on the other side.
  const moves: HatMove[] = [];
  const soloFunctions = (side: Side) => {
    const out = new Map<string, string[]>();
    for (const [fn, set] of side.holders) {
      if (set.size !== 1) continue;
      const only = set.values().next().value;
      if (only !== undefined) out.set(only, [...(out.get(only) ?? []), fn]);
    }
    return out;
  };
  for (const [personId, fns] of soloFunctions(A)) {
    const moved = fnList(fns.filter((fn) => (B.holders.get(fn)?.size ?? 0) > 0 && !sameSet(B.holders.get(fn)!, new Set([personId]))));
    if (moved.length === 0) continue;
    const others = new Set<string>();
    for (const fn of moved) for (const p of B.holders.get(fn)!) others.add(p);
    const list = people(others);
    const hatWord = moved.length === 1 ? "that hat" : "those hats";
    const stays = others.has(personId);
    const where = stays
      ? `${hatWord} ${moved.length === 1 ? "was" : "were"} shared by ${peopleCount(list.length)} (${nameList(list.map((p) => p.name))})`
      : list.length === 1
        ? `${hatWord} moved to ${list[0]!.name}`
        : `${hatWord} moved to ${peopleCount(list.length)} (${nameList(list.map((p) => p.name))})`;
    moves.push({
      kind: "split",
      personId,
      name: nameOf(personId),
      functions: moved,
      others: list,
      sentence: `On ${titleA}, ${nameOf(personId)} alone covered ${fnWords(moved)}; on ${titleB} ${where}.`,
    });
  }
  for (const [personId, fns] of soloFunctions(B)) {
    const merged = fnList(fns.filter((fn) => (A.holders.get(fn)?.size ?? 0) > 1));
    if (merged.length === 0) continue;
    const others = new Set<string>();
    for (const fn of merged) for (const p of A.holders.get(fn)!) others.add(p);
    const list = people(others);
    moves.push({
      kind: "merged",
      personId,
      name: nameOf(personId),
      functions: merged,
      others: list,
      sentence: `On ${titleA}, ${fnWords(merged)} ${merged.length === 1 ? "was" : "were"} shared among ${peopleCount(list.length)} (${nameList(list.map((p) => p.name))}); on ${titleB} ${nameOf(personId)} covered ${merged.length === 1 ? "it" : "them"} alone.`,
    });
  }
  moves.sort((x, y) => (x.kind === y.kind ? 0 : x.kind === "split" ? -1 : 1) || byName(x.personId, y.personId));

  // People on both projects whose hats changed.
  const changes: PersonHatChange[] = [];
  for (const personId of [...A.hats.keys()].filter((id) => B.hats.has(id)).sort(byName)) {
    const hatsA = A.hats.get(personId)!;
    const hatsB = B.hats.get(personId)!;
    const gained = fnList([...hatsB].filter((f) => !hatsA.has(f)));
    const lost = fnList([...hatsA].filter((f) => !hatsB.has(f)));
    if (gained.length === 0 && lost.length === 0) continue;
    const parts = [gained.length ? `took on ${fnWords(gained)}` : "", lost.length ? `gave up ${fnWords(lost)}` : ""].filter(Boolean);
    changes.push({
      personId,
      name: nameOf(personId),
      hatsA: hatsA.size,
      hatsB: hatsB.size,
      gained,
      lost,
      sentence: `${nameOf(personId)} wore ${count(hatsA.size, "hat")} on ${titleA} and ${count(hatsB.size, "hat")} on ${titleB}: ${parts.join("; ")}.`,
    });
  }

  const coveredOnlyInA = fnList([...A.holders.keys()].filter((f) => !B.holders.has(f)));
  const coveredOnlyInB = fnList([...B.holders.keys()].filter((f) => !A.holders.has(f)));
  const sentences = [...moves.map((m) => m.sentence), ...changes.map((c) => c.sentence)];
  if (coveredOnlyInA.length) sentences.push(`Covered on ${titleA} but by nobody on ${titleB}: ${fnWords(coveredOnlyInA)}.`);
  if (coveredOnlyInB.length) sentences.push(`Covered on ${titleB} but by nobody on ${titleA}: ${fnWords(coveredOnlyInB)}.`);

  const ca = a?.coverage?.concentration;
  const cb = b?.coverage?.concentration;
  if (ca && cb && (ca.totalWeight > 0 || cb.totalWeight > 0)) {
    const pct = (c: Coverage["concentration"]) => formatPercent(c.totalWeight > 0 ? c.share : 0);
    const who = (c: Coverage["concentration"]) => (c.totalWeight > 0 ? joinList(c.busiest.map((p) => p.name)) : "no producing work logged");
    sentences.push(`The busiest person carried ${pct(ca)} of the producing work on ${titleA} (${who(ca)}) and ${pct(cb)} on ${titleB} (${who(cb)}).`);
  }
  return { sentences, moves, people: changes, coveredOnlyInA, coveredOnlyInB };
}
