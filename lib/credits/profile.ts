import { STAGE_WEIGHTS, type Responsibility, type WorkStage } from "@/lib/work/taxonomy";
import { round6 } from "./format";
import { DEGREE_ORDER, STAGE_ORDER, type CleanInput, type WorkTable } from "./normalize";
import type { Thresholds } from "./thresholds";
import { isCreditTitleId } from "./titles";
import type { Degree } from "./types";

export { STAGE_ORDER };

/** One producing function as one person performed it (all their entries on it). */
export type FunctionWork = {
  responsibility: Responsibility;
  /** Its index in CleanInput.responsibilityList, i.e. its place in responsibility-id order. */
  rank: number;
  /** The strongest degree logged; weight is that degree's weight. */
  degree: Degree;
  weight: number;
  /** Stages of the entries logged at lead degree, as a bit set (see STAGE_BIT). */
  leadStages: number;
  /** Σ amountRaised of its entries, unrounded (summed in the canonical order, see WorkTable). */
  amountRaised: number;
};

/** A creative credit the person's lead or equal work supports: a creditHint naming a known title. */
export type CreditedWork = { hint: string; degree: Degree };

export type PersonProfile = {
  personId: string;
  name: string;
  /** The person's index in CleanInput.people (and in the work table). */
  index: number;
  /** The work table; the person's entries are positions first … end - 1 (cite ids through entryIdsOf, rules/context). */
  work: WorkTable;
  first: number;
  end: number;
  /** How many entries the person logged (any responsibility). */
  entryCount: number;
  /** The distinct creditHints of the person's entries, any degree, known titles or not. */
  loggedHints: readonly string[];
  /** Lead/equal work per creditHint that names a known title (strongest degree), in first-seen order. */
  credited: readonly CreditedWork[];
  /** Producing functions, sorted by responsibility id. */
  functions: readonly FunctionWork[];
  opportunity: readonly FunctionWork[];
  execution: readonly FunctionWork[];
  /** Sum of degree weights over the person's producing functions. */
  weightedFunctions: number;
  opportunityWeight: number;
  executionWeight: number;
  /** weightedFunctions / the project's covered producing functions (0–1). */
  share: number;
  /** Σ STAGE_WEIGHTS[stage] × the largest degree weight logged in that stage, producing work only (0–100). */
  stageCoverage: number;
  stages: readonly WorkStage[];
  amountRaised: number;
  producingHours: number;
  producingEntries: number;
};

export type ProjectScope = {
  /** Stages any valid entry reaches. */
  stagesReached: readonly WorkStage[];
  /** Producing functions in scope: covered, or with a stage the project reaches. Sorted ids. */
  inScope: string[];
  /** Producing functions with at least one entry. Sorted ids. */
  covered: string[];
  coveredExecution: number;
  coveredOpportunity: number;
};

/** Bit of each stage in a stage bit set: 1 << its index in STAGE_ORDER. */
export const STAGE_BIT: Readonly<Record<WorkStage, number>> = {
  development: 1,
  "pre-production": 2,
  production: 4,
  "post-production": 8,
  "marketing-distribution": 16,
};

/** Every stage set, by bit set: 32 frozen lists shared by all profiles (no list per person). */
const STAGE_SETS: readonly (readonly WorkStage[])[] = Array.from({ length: 1 << STAGE_ORDER.length }, (_, mask) =>
  Object.freeze(STAGE_ORDER.filter((_s, i) => mask & (1 << i))),
);

/** The stages of a bit set, in STAGE_ORDER (a shared, frozen list). */
export function stagesOf(mask: number): readonly WorkStage[] {
  return STAGE_SETS[mask] as readonly WorkStage[];
}

/** Shared empty list for the (many) people without some kind of work: no allocation per person. */
const NONE: readonly never[] = Object.freeze([]);

/** lead counts 1; equal and supporting count their (configurable) fraction of lead work. */
export function degreeWeight(degree: Degree, t: Thresholds): number {
  if (degree === "lead") return 1;
  return degree === "equal" ? t.degreeWeightEqual : t.degreeWeightSupporting;
}

const DEGREE_RANK: Readonly<Record<Degree, number>> = { lead: 3, equal: 2, supporting: 1 };

/** The stronger of two degrees (lead > equal > supporting). */
export function strongerDegree(a: Degree, b: Degree): Degree {
  return DEGREE_RANK[a] >= DEGREE_RANK[b] ? a : b;
}

/** Σ weights in function order (sorted by responsibility id), so the float sum is canonical. */
function sumWeights(fs: readonly FunctionWork[]): number {
  let n = 0;
  for (const f of fs) n += f.weight;
  return round6(n);
}

const byRank = (a: FunctionWork, b: FunctionWork) => a.rank - b.rank;

/** Sorts functions by rank (distinct ranks): an insertion sort for a person's usual few, no comparator calls. */
function sortByRank(functions: FunctionWork[]): void {
  if (functions.length > 32) {
    functions.sort(byRank);
    return;
  }
  for (let j = 1; j < functions.length; j++) {
    const f = functions[j] as FunctionWork;
    let k = j - 1;
    while (k >= 0 && (functions[k] as FunctionWork).rank > f.rank) {
      functions[k + 1] = functions[k] as FunctionWork;
      k -= 1;
    }
    functions[k + 1] = f;
  }
}

/** A degree's index in DEGREE_ORDER (0 = lead), as the work table stores it. */
function degreeIndex(d: Degree): number {
  return d === "lead" ? 0 : d === "equal" ? 1 : 2;
}

/** What analyzeWork computes once and profileOf reads for every person. */
type Shared = {
  work: WorkTable;
  resps: readonly Responsibility[];
  /** Degree weight by degree index. */
  weights: readonly number[];
  /** By responsibility rank: its creditHint when that names a known title, else null. */
  titleHint: readonly (string | null)[];
  /** Scratch, reused person after person: the index in `functions` of each responsibility's work (-1: none yet). */
  slot: Int32Array;
  /** Scratch: the largest degree weight logged per stage, this person. */
  best: Float64Array;
  /** The project's covered producing functions. */
  covered: number;
  /** STAGE_WEIGHTS by stage index (0 for a stage without one). */
  stageWeights: readonly number[];
};

/**
 * One person's profile, in one pass over their entries (positions first … end - 1).
 * A top-level function rather than a closure, so the optimising compiler compiles it once
 * for all calls (a closure per analyzeWork call would be re-optimised on every call).
 */
function profileOf(person: { id: string; name: string }, p: number, x: Shared): PersonProfile {
  const { work, resps, weights, titleHint, slot, best } = x;
  const { resp, stage, degree, hours, amount } = work;
  const first = work.start[p] as number;
  const end = work.start[p + 1] as number;
  const functions: FunctionWork[] = [];
  let loggedHints: string[] | null = null;
  let credited: CreditedWork[] | null = null;
  best.fill(0);
  let stageMask = 0;
  let amountRaised = 0;
  let producingHours = 0;
  let producingEntries = 0;
  for (let i = first; i < end; i++) {
    const ri = resp[i] as number;
    const s = stage[i] as number;
    const d = degree[i] as number;
    const bit = 1 << s;
    const r = resps[ri] as Responsibility;
    amountRaised += amount[i] as number;
    if (r.creditHint !== null) {
      loggedHints ??= [];
      if (!loggedHints.includes(r.creditHint)) loggedHints.push(r.creditHint);
      const hint = titleHint[ri];
      // Invariant: supporting work never earns a creative credit, and only hints naming a
      // known title do (a custom responsibility's unknown hint is ignored).
      if (hint != null && d !== 2) {
        credited ??= [];
        let c: CreditedWork | undefined;
        for (let j = 0; j < credited.length && c === undefined; j++) if ((credited[j] as CreditedWork).hint === hint) c = credited[j];
        if (c === undefined) credited.push({ hint, degree: DEGREE_ORDER[d] as Degree });
        else c.degree = strongerDegree(c.degree, DEGREE_ORDER[d] as Degree);
      }
    }
    if (!r.producing) continue;
    producingEntries += 1;
    producingHours += hours[i] as number;
    stageMask |= bit;
    const w = weights[d] as number;
    if (w > (best[s] as number)) best[s] = w;
    const fi = slot[ri] as number;
    if (fi === -1) {
      slot[ri] = functions.length;
      functions.push({
        responsibility: r,
        rank: ri,
        degree: DEGREE_ORDER[d] as Degree,
        weight: w,
        leadStages: d === 0 ? bit : 0,
        amountRaised: amount[i] as number,
      });
      continue;
    }
    const f = functions[fi] as FunctionWork;
    if (d < degreeIndex(f.degree)) {
      f.degree = DEGREE_ORDER[d] as Degree;
      f.weight = w;
    }
    if (d === 0) f.leadStages |= bit;
    f.amountRaised += amount[i] as number;
  }
  for (const f of functions) slot[f.rank] = -1;
  sortByRank(functions);
  let opportunity: FunctionWork[] | null = null;
  let execution: FunctionWork[] | null = null;
  for (const f of functions) {
    if (f.responsibility.lane === "opportunity") (opportunity ??= []).push(f);
    else if (f.responsibility.lane === "execution") (execution ??= []).push(f);
  }
  let coverage = 0;
  for (let i = 0; i < STAGE_ORDER.length; i++) coverage += (x.stageWeights[i] as number) * (best[i] as number);
  const weightedFunctions = sumWeights(functions);
  return {
    personId: person.id,
    name: person.name,
    index: p,
    work,
    first,
    end,
    entryCount: end - first,
    loggedHints: loggedHints ?? NONE,
    credited: credited ?? NONE,
    functions: functions.length > 0 ? functions : NONE,
    opportunity: opportunity ?? NONE,
    execution: execution ?? NONE,
    weightedFunctions,
    opportunityWeight: opportunity ? sumWeights(opportunity) : 0,
    executionWeight: execution ? sumWeights(execution) : 0,
    share: x.covered > 0 ? round6(weightedFunctions / x.covered) : 0,
    stageCoverage: round6(coverage),
    stages: stagesOf(stageMask),
    amountRaised: round6(amountRaised),
    producingHours: round6(producingHours),
    producingEntries,
  };
}

/**
 * Profiles of every person (people order, sorted by id — including people with no work) and
 * the project's scope, in one pass over the work table, person by person.
 *
 * Invariants: a function's degree is the strongest logged and its weight that degree's
 * weight; stage coverage takes, per stage, the LARGEST degree weight logged there (weights
 * are configurable, so that need not be the strongest degree's); sums are taken in the
 * table's canonical order and rounded to 6 decimals once. Scope: a producing function is
 * "in scope" when someone logged it or when one of its stages is a stage the project's work
 * reaches — so a project still in development is not told it lacks a post supervisor.
 */
export function analyzeWork(input: CleanInput, t: Thresholds): { scope: ProjectScope; profiles: PersonProfile[] } {
  const { work, responsibilityList: resps } = input;
  const { resp, stage } = work;
  // The project's reach first (every person's share needs the covered count).
  const size = resp.length;
  const isCovered = new Uint8Array(resps.length);
  let reached = 0;
  for (let i = 0; i < size; i++) {
    reached |= 1 << (stage[i] as number);
    const ri = resp[i] as number;
    if ((resps[ri] as Responsibility).producing) isCovered[ri] = 1;
  }
  const stagesReached = stagesOf(reached);
  const reachedSet: ReadonlySet<string> = new Set(stagesReached);
  const inScope: string[] = [];
  const covered: string[] = [];
  let coveredExecution = 0;
  let coveredOpportunity = 0;
  resps.forEach((r, ri) => {
    if (!r.producing) return;
    const logged = isCovered[ri] === 1;
    if (logged || r.stages.some((s) => reachedSet.has(s))) inScope.push(r.id);
    if (!logged) return;
    covered.push(r.id);
    if (r.lane === "execution") coveredExecution += 1;
    if (r.lane === "opportunity") coveredOpportunity += 1;
  });

  const shared: Shared = {
    work,
    resps,
    weights: DEGREE_ORDER.map((d) => degreeWeight(d, t)),
    titleHint: resps.map((r) => (r.creditHint !== null && isCreditTitleId(r.creditHint) ? r.creditHint : null)),
    slot: new Int32Array(resps.length).fill(-1),
    best: new Float64Array(STAGE_ORDER.length),
    covered: covered.length,
    stageWeights: STAGE_ORDER.map((s) => STAGE_WEIGHTS[s] ?? 0),
  };
  const profiles: PersonProfile[] = [];
  for (let p = 0; p < input.people.length; p++) profiles.push(profileOf(input.people[p] as { id: string; name: string }, p, shared));
  return {
    scope: { stagesReached, inScope, covered, coveredExecution, coveredOpportunity },
    profiles,
  };
}
