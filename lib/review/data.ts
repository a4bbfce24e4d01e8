import { cmp, normalizeInput } from "@/lib/credits/normalize";
import type { EngineInput } from "@/lib/credits/types";
import { sortCollationKey } from "@/lib/people/names";
import { foldForSearch } from "@/lib/text/fold";
import { LANES, RESPONSIBILITIES, WORK_STAGES, type Lane, type Responsibility, type WorkStage } from "@/lib/work/taxonomy";
import { LEAD_WEIGHTS, MIN_ENTRY_HOURS } from "./constants";

/**
 * The review's shared aggregation step: a project's work, validated exactly as the credit
 * engine validates it (`normalizeInput`: unknown people / responsibilities / stages /
 * degrees skipped, bad numbers zeroed, duplicate entry ids resolved order-free), then
 * summed per person × function × stage ("atoms"). `hatsMatrix` and `coverage` read atoms
 * only, so preparing once and passing the result to both costs one pass over the entries.
 */

/** A person as the review reads them: the engine's `{ id, name }`, plus roster departments when known. */
export type ReviewPerson = { id: string; name: string; departments?: readonly string[] | null };

/** What a project yields for the review: the engine's input (extra fields are ignored), people optionally with departments. */
export type ReviewInput = Pick<EngineInput, "responsibilities" | "entries"> & { people: ReadonlyArray<ReviewPerson> };

/** A matrix column / coverage function: a responsibility of the project, stages in production order. */
export type ReviewFunction = {
  id: string;
  name: string;
  lane: Lane;
  producing: boolean;
  /** Not in the shipped taxonomy (a project's "custom:<slug>" responsibility). */
  custom: boolean;
  stages: readonly WorkStage[];
};

export type ReviewData = {
  readonly kind: "review-data";
  /** Sorted by id. */
  people: { id: string; name: string; departments: string[] }[];
  /** sortCollationKey(name), per person: the name sort key (natural: numbers as numbers). */
  nameKeys: string[];
  /** Each person's position in name order (comparePeople): the tie-break of every sort. */
  nameRank: Int32Array;
  /** Folded department names, per person (for the department filter). */
  departmentKeys: string[][];
  /** Column order: lanes in LANES order; taxonomy order within a lane, then custom ones by name, id. */
  functions: ReviewFunction[];
  /** Atoms of person p are positions atomStart[p] … atomStart[p + 1] - 1. */
  atomStart: Int32Array;
  /** Index into `functions`. */
  atomFn: Int32Array;
  /** Index into WORK_STAGES. */
  atomStage: Uint8Array;
  /** Strongest degree, as an index into DEGREE_ORDER (0 = lead, 1 = equal, 2 = supporting). */
  atomDegree: Uint8Array;
  atomHours: Float64Array;
  /** Lead-weighted work (constants.ts). */
  atomWeight: Float64Array;
  atomEntries: Int32Array;
  /** Valid entries in all. */
  entryCount: number;
};

const TAXONOMY_RANK = new Map(RESPONSIBILITIES.map((r, i) => [r.id, i]));
/** Weight per DEGREE_ORDER index. */
const WEIGHT_BY_INDEX = [LEAD_WEIGHTS.lead, LEAD_WEIGHTS.equal, LEAD_WEIGHTS.supporting];
const STAGES = WORK_STAGES.length;

export function isReviewData(value: unknown): value is ReviewData {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "review-data";
}

function departmentsOf(raw: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!Array.isArray(raw)) return out;
  for (const p of raw as unknown[]) {
    if (typeof p !== "object" || p === null) continue;
    const { id, departments } = p as { id?: unknown; departments?: unknown };
    if (typeof id !== "string" || !Array.isArray(departments)) continue;
    let set = out.get(id);
    for (const d of departments as unknown[]) {
      if (typeof d !== "string") continue;
      const name = d.replace(/\s+/gu, " ").trim();
      if (!name) continue;
      if (!set) out.set(id, (set = new Set()));
      set.add(name);
    }
  }
  return out;
}

function columnOrder(list: readonly Responsibility[]): ReviewFunction[] {
  const laneRank = new Map<Lane, number>(LANES.map((l, i) => [l, i]));
  const fns = list.map((r) => ({
    fn: {
      id: r.id,
      name: r.name,
      lane: r.lane,
      producing: r.producing,
      custom: !TAXONOMY_RANK.has(r.id),
      stages: WORK_STAGES.filter((s) => r.stages.includes(s)),
    } satisfies ReviewFunction,
    key: foldForSearch(r.name),
  }));
  fns.sort(
    (a, b) =>
      (laneRank.get(a.fn.lane) ?? 0) - (laneRank.get(b.fn.lane) ?? 0) ||
      (TAXONOMY_RANK.get(a.fn.id) ?? Infinity) - (TAXONOMY_RANK.get(b.fn.id) ?? Infinity) ||
      cmp(a.key, b.key) ||
      cmp(a.fn.id, b.fn.id),
  );
  return fns.map((f) => f.fn);
}

/**
 * Validates and aggregates a project's work for the review. Never throws, whatever shape it
 * gets; linear in the entries. Same result whatever order people, responsibilities and
 * entries come in (sums follow the engine's canonical per-person order, see normalize.ts).
 */
export function prepareReview(input: ReviewInput): ReviewData {
  const safe = (typeof input === "object" && input !== null ? input : {}) as ReviewInput;
  const clean = normalizeInput({ budget: { amount: null, currency: "USD" }, people: safe.people, responsibilities: safe.responsibilities, entries: safe.entries });
  const depts = departmentsOf(safe.people);
  const people = clean.people.map((p) => ({ id: p.id, name: p.name, departments: [...(depts.get(p.id) ?? [])].sort(cmp) }));
  const functions = columnOrder(clean.responsibilityList);
  const column = new Map(functions.map((f, i) => [f.id, i]));
  const colOf = Int32Array.from(clean.responsibilityList, (r) => column.get(r.id) ?? 0);

  const work = clean.work;
  const n = work.row.length;
  const atomStart = new Int32Array(people.length + 1);
  const atomFn = new Int32Array(n);
  const atomStage = new Uint8Array(n);
  const atomDegree = new Uint8Array(n);
  const atomHours = new Float64Array(n);
  const atomWeight = new Float64Array(n);
  const atomEntries = new Int32Array(n);
  // slot (function × stage) → its atom in the current person; valid while slotStamp = person + 1.
  const slots = functions.length * STAGES;
  const slotAtom = new Int32Array(slots);
  const slotStamp = new Int32Array(slots);
  let atoms = 0;
  for (let p = 0; p < people.length; p++) {
    atomStart[p] = atoms;
    const stamp = p + 1;
    const end = work.start[p + 1] as number;
    for (let k = work.start[p] as number; k < end; k++) {
      const fn = colOf[work.resp[k] as number] as number;
      const stage = work.stage[k] as number;
      const degree = work.degree[k] as number;
      const hours = work.hours[k] as number;
      const slot = fn * STAGES + stage;
      let a: number;
      if (slotStamp[slot] === stamp) {
        a = slotAtom[slot] as number;
        if (degree < (atomDegree[a] as number)) atomDegree[a] = degree;
      } else {
        a = atoms++;
        slotStamp[slot] = stamp;
        slotAtom[slot] = a;
        atomFn[a] = fn;
        atomStage[a] = stage;
        atomDegree[a] = degree;
      }
      atomHours[a] = (atomHours[a] as number) + hours;
      atomWeight[a] = (atomWeight[a] as number) + (WEIGHT_BY_INDEX[degree] as number) * (hours > MIN_ENTRY_HOURS ? hours : MIN_ENTRY_HOURS);
      atomEntries[a] = (atomEntries[a] as number) + 1;
    }
  }
  atomStart[people.length] = atoms;
  const nameKeys = people.map((p) => sortCollationKey(p.name));
  const keyed = people.map((p, i) => ({ id: p.id, name: p.name, key: nameKeys[i] as string, i }));
  keyed.sort(comparePeople);
  const byName = keyed.map((k) => k.i);
  const nameRank = new Int32Array(people.length);
  byName.forEach((p, rank) => (nameRank[p] = rank));
  return {
    kind: "review-data",
    people,
    nameKeys,
    nameRank,
    departmentKeys: people.map((p) => p.departments.map(foldForSearch)),
    functions,
    atomStart,
    atomFn,
    atomStage,
    atomDegree,
    atomHours,
    atomWeight,
    atomEntries,
    entryCount: n,
  };
}

/** The input prepared, or already-prepared data as it is. */
export function reviewData(input: ReviewInput | ReviewData): ReviewData {
  return isReviewData(input) ? input : prepareReview(input);
}

/** Name order for people: folded name, then name, then id (code-unit order: locale-free). */
export function comparePeople(a: { id: string; name: string; key: string }, b: { id: string; name: string; key: string }): number {
  return cmp(a.key, b.key) || cmp(a.name, b.name) || cmp(a.id, b.id);
}
