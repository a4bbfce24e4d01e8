import { STAGE_WEIGHTS, type Responsibility, type WorkStage } from "@/lib/work/taxonomy";
import { inSentence, round6 } from "./format";
import { DEGREE_ORDER, STAGE_ORDER, type CleanInput, type WorkTable } from "./normalize";
import type { Thresholds } from "./thresholds";
import { CREDIT_TITLES, isCreditTitleId, titleOrder } from "./titles";
import type { Degree } from "./types";

export { STAGE_ORDER };

/** A responsibility's producing lane, as Profiles.lane stores it (by rank). */
export const OTHER_LANE = 0;
export const OPPORTUNITY_LANE = 1;
export const EXECUTION_LANE = 2;

/**
 * Everyone's work, aggregated person by person (analyzeWork), as columns: one typed array per
 * figure instead of one object per person and per function, so 5,000 people with 75,000
 * producing functions cost a few dozen arrays, not 100,000 objects for the garbage collector
 * to copy. Rules read person p's figures at index p (people order, like CleanInput.people
 * and the work table).
 *
 * Person p's producing functions (all their entries on one producing responsibility) are the
 * function slots fnStart[p] … fnStart[p + 1] - 1, sorted by responsibility id (rank); the
 * fn* columns hold one value per slot.
 */
export type Profiles = {
  /** CleanInput.people: person p is people[p]. */
  people: readonly { id: string; name: string }[];
  /** The work table; person p's entries are positions work.start[p] … work.start[p + 1] - 1 (cite ids through entryIdsOf, rules/context). */
  work: WorkTable;
  /** CleanInput.responsibilityList: a function slot's responsibility is resps[fnRank[slot]]. */
  resps: readonly Responsibility[];
  /** By responsibility rank: OPPORTUNITY_LANE, EXECUTION_LANE or OTHER_LANE. */
  lane: Uint8Array;
  /** By responsibility rank: its name as reasons word it inside a sentence (inSentence). */
  sentenceName: string[];

  // Per person.
  fnStart: Int32Array;
  /** Producing functions in the opportunity / execution lane. */
  opportunityCount: Int32Array;
  executionCount: Int32Array;
  /** Sum of degree weights over the person's producing functions (rank order, rounded). */
  weightedFunctions: Float64Array;
  opportunityWeight: Float64Array;
  executionWeight: Float64Array;
  /** weightedFunctions / the project's covered producing functions (0–1). */
  share: Float64Array;
  /** Σ STAGE_WEIGHTS[stage] × the largest degree weight logged in that stage, producing work only (0–100). */
  stageCoverage: Float64Array;
  /** Stages of the producing entries, as a bit set (see STAGE_BIT; stagesOf lists them). */
  stageMask: Uint8Array;
  /** Σ amountRaised of all the person's entries (rounded). */
  amountRaised: Float64Array;
  producingHours: Float64Array;
  producingEntries: Int32Array;
  /**
   * Creative credits the person's lead or equal work supports — creditHints naming a known
   * title, each once, in first-seen order (position order) with the strongest degree logged:
   * creditedHint[j] and creditedDegree[j] (DEGREE_ORDER index) for j in creditedStart[p] …
   * creditedStart[p + 1] - 1.
   */
  creditedStart: Int32Array;
  creditedHint: string[];
  creditedDegree: Uint8Array;
  /** How many lead/equal entries support it, and the position of the first (for the usual single one). */
  creditedEntries: Int32Array;
  creditedFirst: Int32Array;

  // Per function slot.
  /** Index into resps. */
  fnRank: Int32Array;
  /** The strongest degree logged (DEGREE_ORDER index); fnWeight is that degree's weight. */
  fnDegree: Uint8Array;
  fnWeight: Float64Array;
  /** Stages of the entries logged at lead degree, as a bit set (see STAGE_BIT). */
  fnLeadStages: Uint8Array;
  /** Σ amountRaised of its entries, unrounded (summed in the canonical order, see WorkTable). */
  fnAmountRaised: Float64Array;
  /** How many entries it has, and the position of the first (for the usual single one). */
  fnEntries: Int32Array;
  fnFirst: Int32Array;
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

/** lead counts 1; equal and supporting count their (configurable) fraction of lead work. */
export function degreeWeight(degree: Degree, t: Thresholds): number {
  if (degree === "lead") return 1;
  return degree === "equal" ? t.degreeWeightEqual : t.degreeWeightSupporting;
}

/**
 * By rank: each responsibility's name inside a sentence. Built by push, not map: an array
 * made by map can come out with another hidden class depending on whether the caller is
 * optimised yet, and the rules reading it would deoptimise.
 */
function sentenceNames(resps: readonly Responsibility[]): string[] {
  const out: string[] = [];
  for (const r of resps) out.push(inSentence(r.name));
  return out;
}

/** How many producing functions person p has. */
export function functionCount(x: Profiles, p: number): number {
  return (x.fnStart[p + 1] as number) - (x.fnStart[p] as number);
}

/** How many entries person p logged (any responsibility). */
export function entryCount(x: Profiles, p: number): number {
  return (x.work.start[p + 1] as number) - (x.work.start[p] as number);
}

/** The responsibility ids of person p's producing functions, sorted. */
export function functionIds(x: Profiles, p: number): string[] {
  const out: string[] = [];
  for (let j = x.fnStart[p] as number; j < (x.fnStart[p + 1] as number); j++) out.push((x.resps[x.fnRank[j] as number] as Responsibility).id);
  return out;
}

/**
 * Scratch for analyzeWork, kept between calls (a few KB, grown as needed): the current
 * person's functions while their entries are read, indexed by `slot` — the function's index
 * among the person's, in first-seen order — and `slot` itself, by responsibility rank (-1:
 * none yet; put back to -1 after every person).
 */
let scratch = {
  slot: new Int32Array(64).fill(-1),
  rank: new Int32Array(64),
  degree: new Uint8Array(64),
  weight: new Float64Array(64),
  leadStages: new Uint8Array(64),
  amount: new Float64Array(64),
  entries: new Int32Array(64),
  first: new Int32Array(64),
};

function scratchFor(responsibilities: number): typeof scratch {
  if (scratch.slot.length < responsibilities) {
    const size = Math.max(responsibilities, scratch.slot.length * 2);
    scratch = {
      slot: new Int32Array(size).fill(-1),
      rank: new Int32Array(size),
      degree: new Uint8Array(size),
      weight: new Float64Array(size),
      leadStages: new Uint8Array(size),
      amount: new Float64Array(size),
      entries: new Int32Array(size),
      first: new Int32Array(size),
    };
  }
  return scratch;
}

/** Sorts ranks[0 … count - 1] (distinct): an insertion sort for a person's usual few, the built-in sort past 32. */
function sortRanks(ranks: Int32Array, count: number): void {
  if (count > 32) {
    ranks.subarray(0, count).sort();
    return;
  }
  for (let j = 1; j < count; j++) {
    const r = ranks[j] as number;
    let k = j - 1;
    while (k >= 0 && (ranks[k] as number) > r) {
      ranks[k + 1] = ranks[k] as number;
      k -= 1;
    }
    ranks[k + 1] = r;
  }
}

/** What analyzeWork sets up once and profilePerson reads (and updates) for every person. */
type Shared = {
  /** By responsibility rank: 1 for a producing one. */
  producing: Uint8Array;
  /**
   * By responsibility rank: its creditHint when that names a known title (only those earn
   * creative credits), as an index into CREDIT_TITLES, else -1.
   */
  titleHint: Int16Array;
  /** Degree weight by DEGREE_ORDER index; STAGE_WEIGHTS by STAGE_ORDER index. */
  weights: Float64Array;
  stageWeights: Float64Array;
  /** Scratch: the largest degree weight logged per stage, this person. */
  best: Float64Array;
  scratch: typeof scratch;
  /** By responsibility rank: 1 once someone logged it (a producing one). */
  isCovered: Uint8Array;
  /** The stages of all entries so far, as a bit set; function slots used so far. */
  reached: number;
  slots: number;
};

/**
 * Profiles of every person (people order, sorted by id — including people with no work) and
 * the project's scope, in one pass over the work table, person by person.
 *
 * Invariants: a function's degree is the strongest logged and its weight that degree's
 * weight; stage coverage takes, per stage, the LARGEST degree weight logged there (weights
 * are configurable, so that need not be the strongest degree's); sums are taken in the
 * table's canonical order (functions' weights in rank order) and rounded to 6 decimals once.
 * Scope: a producing function is "in scope" when someone logged it or when one of its stages
 * is a stage the project's work reaches — so a project still in development is not told it
 * lacks a post supervisor.
 */
export function analyzeWork(input: CleanInput, t: Thresholds): { scope: ProjectScope; profiles: Profiles } {
  const { work, responsibilityList: resps } = input;
  const size = work.resp.length;
  const people = input.people.length;
  const x: Profiles = {
    people: input.people,
    work,
    resps,
    lane: Uint8Array.from(resps, (r) => (r.lane === "opportunity" ? OPPORTUNITY_LANE : r.lane === "execution" ? EXECUTION_LANE : OTHER_LANE)),
    sentenceName: sentenceNames(resps),
    fnStart: new Int32Array(people + 1),
    opportunityCount: new Int32Array(people),
    executionCount: new Int32Array(people),
    weightedFunctions: new Float64Array(people),
    opportunityWeight: new Float64Array(people),
    executionWeight: new Float64Array(people),
    share: new Float64Array(people),
    stageCoverage: new Float64Array(people),
    stageMask: new Uint8Array(people),
    amountRaised: new Float64Array(people),
    producingHours: new Float64Array(people),
    producingEntries: new Int32Array(people),
    creditedStart: new Int32Array(people + 1),
    creditedHint: [],
    // At most one function, and one credited hint, per entry.
    creditedDegree: new Uint8Array(size),
    creditedEntries: new Int32Array(size),
    creditedFirst: new Int32Array(size),
    fnRank: new Int32Array(size),
    fnDegree: new Uint8Array(size),
    fnWeight: new Float64Array(size),
    fnLeadStages: new Uint8Array(size),
    fnAmountRaised: new Float64Array(size),
    fnEntries: new Int32Array(size),
    fnFirst: new Int32Array(size),
  };
  const shared: Shared = {
    producing: Uint8Array.from(resps, (r) => (r.producing ? 1 : 0)),
    // Typed arrays, for these and the others: their maps never change from call to call (a
    // plain array's elements kind can, which sends optimised code back to the interpreter).
    titleHint: Int16Array.from(resps, (r) => (r.creditHint !== null && isCreditTitleId(r.creditHint) ? titleOrder(r.creditHint) : -1)),
    weights: Float64Array.from(DEGREE_ORDER, (d) => degreeWeight(d, t)),
    stageWeights: Float64Array.from(STAGE_ORDER, (st) => STAGE_WEIGHTS[st] ?? 0),
    best: new Float64Array(STAGE_ORDER.length),
    scratch: scratchFor(resps.length),
    isCovered: new Uint8Array(resps.length),
    reached: 0,
    slots: 0,
  };
  for (let p = 0; p < people; p++) profilePerson(x, p, shared);
  x.fnStart[people] = shared.slots;
  x.creditedStart[people] = x.creditedHint.length;

  // The project's scope, then every person's share of the covered functions.
  const stagesReached = stagesOf(shared.reached);
  const reachedSet: ReadonlySet<string> = new Set(stagesReached);
  const inScope: string[] = [];
  const covered: string[] = [];
  let coveredExecution = 0;
  let coveredOpportunity = 0;
  resps.forEach((r, ri) => {
    if (!r.producing) return;
    const logged = shared.isCovered[ri] === 1;
    if (logged || r.stages.some((st) => reachedSet.has(st))) inScope.push(r.id);
    if (!logged) return;
    covered.push(r.id);
    if (r.lane === "execution") coveredExecution += 1;
    if (r.lane === "opportunity") coveredOpportunity += 1;
  });
  for (let p = 0; p < people; p++) x.share[p] = covered.length > 0 ? round6((x.weightedFunctions[p] as number) / covered.length) : 0;
  return {
    scope: { stagesReached, inScope, covered, coveredExecution, coveredOpportunity },
    profiles: x,
  };
}

/**
 * Person p's figures (all but the share) and functions, in one pass over their entries. A
 * top-level function called person after person, rather than a loop inside analyzeWork, so
 * the optimising compiler takes it up after a few people, small and quick to compile (a loop
 * in one long function waits for the whole function to be compiled, call after call).
 */
function profilePerson(x: Profiles, p: number, k: Shared): void {
  const { resp, stage, degree, hours, amount } = x.work;
  const { producing, titleHint, weights, stageWeights, best, isCovered } = k;
  const { lane, creditedHint, creditedDegree, creditedEntries, creditedFirst } = x;
  const { fnRank, fnDegree, fnWeight, fnLeadStages, fnAmountRaised, fnEntries, fnFirst } = x;
  const { slot: sSlot, rank: sRank, degree: sDegree, weight: sWeight, leadStages: sLeadStages, amount: sAmount, entries: sEntries, first: sFirst } = k.scratch;
  const first = x.work.start[p] as number;
  const end = x.work.start[p + 1] as number;
  const firstCredited = creditedHint.length;
  x.fnStart[p] = k.slots;
  x.creditedStart[p] = firstCredited;
  for (let i = 0; i < best.length; i++) best[i] = 0;
  let count = 0; // the person's functions so far
  let slots = k.slots;
  let reached = k.reached;
  let stageMask = 0;
  let amountRaised = 0;
  let producingHours = 0;
  let producingEntries = 0;
  for (let i = first; i < end; i++) {
    const ri = resp[i] as number;
    const st = stage[i] as number;
    const d = degree[i] as number;
    const bit = 1 << st;
    reached |= bit;
    amountRaised += amount[i] as number;
    const title = titleHint[ri] as number;
    // Invariant: supporting work never earns a creative credit, and only hints naming a
    // known title do (a custom responsibility's unknown hint is ignored).
    if (title !== -1 && d !== 2) {
      const hint = (CREDIT_TITLES[title] as { id: string }).id;
      let c = firstCredited;
      while (c < creditedHint.length && creditedHint[c] !== hint) c += 1;
      if (c === creditedHint.length) {
        creditedHint.push(hint);
        creditedDegree[c] = d;
        creditedEntries[c] = 1;
        creditedFirst[c] = i;
      } else {
        if (d < (creditedDegree[c] as number)) creditedDegree[c] = d;
        creditedEntries[c] = (creditedEntries[c] as number) + 1;
      }
    }
    if (producing[ri] !== 1) continue;
    producingEntries += 1;
    producingHours += hours[i] as number;
    stageMask |= bit;
    const w = weights[d] as number;
    if (w > (best[st] as number)) best[st] = w;
    const f = sSlot[ri] as number;
    if (f === -1) {
      sSlot[ri] = count;
      sRank[count] = ri;
      sDegree[count] = d;
      sWeight[count] = w;
      sLeadStages[count] = d === 0 ? bit : 0;
      sAmount[count] = amount[i] as number;
      sEntries[count] = 1;
      sFirst[count] = i;
      count += 1;
      continue;
    }
    sEntries[f] = (sEntries[f] as number) + 1;
    if (d < (sDegree[f] as number)) {
      sDegree[f] = d;
      sWeight[f] = w;
    }
    if (d === 0) sLeadStages[f] = (sLeadStages[f] as number) | bit;
    sAmount[f] = (sAmount[f] as number) + (amount[i] as number);
  }
  // The person's functions in rank order, into the function columns; the weights summed in
  // that order, so the float sums are canonical.
  const ranks = sRank;
  sortRanks(ranks, count);
  let weighted = 0;
  let opportunityWeight = 0;
  let executionWeight = 0;
  let opportunityCount = 0;
  let executionCount = 0;
  for (let j = 0; j < count; j++) {
    const ri = ranks[j] as number;
    const f = sSlot[ri] as number;
    sSlot[ri] = -1;
    const w = sWeight[f] as number;
    isCovered[ri] = 1;
    fnRank[slots] = ri;
    fnDegree[slots] = sDegree[f] as number;
    fnWeight[slots] = w;
    fnLeadStages[slots] = sLeadStages[f] as number;
    fnAmountRaised[slots] = sAmount[f] as number;
    fnEntries[slots] = sEntries[f] as number;
    fnFirst[slots] = sFirst[f] as number;
    slots += 1;
    weighted += w;
    if (lane[ri] === OPPORTUNITY_LANE) {
      opportunityWeight += w;
      opportunityCount += 1;
    } else if (lane[ri] === EXECUTION_LANE) {
      executionWeight += w;
      executionCount += 1;
    }
  }
  let coverage = 0;
  for (let i = 0; i < STAGE_ORDER.length; i++) coverage += (stageWeights[i] as number) * (best[i] as number);
  const weightedFunctions = round6(weighted);
  x.weightedFunctions[p] = weightedFunctions;
  x.opportunityWeight[p] = opportunityCount > 0 ? round6(opportunityWeight) : 0;
  x.executionWeight[p] = executionCount > 0 ? round6(executionWeight) : 0;
  x.opportunityCount[p] = opportunityCount;
  x.executionCount[p] = executionCount;
  x.stageCoverage[p] = round6(coverage);
  x.stageMask[p] = stageMask;
  x.amountRaised[p] = round6(amountRaised);
  x.producingHours[p] = round6(producingHours);
  x.producingEntries[p] = producingEntries;
  k.slots = slots;
  k.reached = reached;
}
