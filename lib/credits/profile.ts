import { STAGE_WEIGHTS, type Responsibility, type WorkStage } from "@/lib/work/taxonomy";
import { inSentence, round6 } from "./format";
import { DEGREE_ORDER, STAGE_ORDER, type CleanInput, type WorkTable } from "./normalize";
import type { Thresholds } from "./thresholds";
import { isCreditTitleId } from "./titles";
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
  const { resp, stage, degree, hours, amount } = work;
  const size = resp.length;
  // By rank: what the per-entry loop asks of a responsibility, as flat arrays.
  const producing = Uint8Array.from(resps, (r) => (r.producing ? 1 : 0));
  const lane = Uint8Array.from(resps, (r) => (r.lane === "opportunity" ? OPPORTUNITY_LANE : r.lane === "execution" ? EXECUTION_LANE : OTHER_LANE));
  // Its creditHint when that names a known title, else null: only those earn creative credits.
  const titleHint = resps.map((r) => (r.creditHint !== null && isCreditTitleId(r.creditHint) ? r.creditHint : null));
  const weights = DEGREE_ORDER.map((d) => degreeWeight(d, t));
  const stageWeights = STAGE_ORDER.map((s) => STAGE_WEIGHTS[s] ?? 0);
  const best = new Float64Array(STAGE_ORDER.length); // the largest degree weight per stage, this person

  const people = input.people.length;
  const x: Profiles = {
    people: input.people,
    work,
    resps,
    lane,
    sentenceName: resps.map((r) => inSentence(r.name)),
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
  const s = scratchFor(resps.length);
  const isCovered = new Uint8Array(resps.length); // producing functions someone logged, by rank
  let reached = 0; // the stages of all entries
  const { creditedHint, creditedDegree, creditedEntries, creditedFirst } = x;
  let slots = 0; // function slots used so far
  for (let p = 0; p < people; p++) {
    const first = work.start[p] as number;
    const end = work.start[p + 1] as number;
    const firstCredited = creditedHint.length;
    x.fnStart[p] = slots;
    x.creditedStart[p] = firstCredited;
    best.fill(0);
    let count = 0; // the person's functions so far
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
      const hint = titleHint[ri];
      // Invariant: supporting work never earns a creative credit, and only hints naming a
      // known title do (a custom responsibility's unknown hint is ignored).
      if (hint != null && d !== 2) {
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
      const f = s.slot[ri] as number;
      if (f === -1) {
        s.slot[ri] = count;
        s.rank[count] = ri;
        s.degree[count] = d;
        s.weight[count] = w;
        s.leadStages[count] = d === 0 ? bit : 0;
        s.amount[count] = amount[i] as number;
        s.entries[count] = 1;
        s.first[count] = i;
        count += 1;
        continue;
      }
      s.entries[f] = (s.entries[f] as number) + 1;
      if (d < (s.degree[f] as number)) {
        s.degree[f] = d;
        s.weight[f] = w;
      }
      if (d === 0) s.leadStages[f] = (s.leadStages[f] as number) | bit;
      s.amount[f] = (s.amount[f] as number) + (amount[i] as number);
    }
    // The person's functions in rank order, into the function columns; the weights summed in
    // that order, so the float sums are canonical.
    const ranks = s.rank;
    sortRanks(ranks, count);
    let weighted = 0;
    let opportunityWeight = 0;
    let executionWeight = 0;
    let opportunityCount = 0;
    let executionCount = 0;
    for (let j = 0; j < count; j++) {
      const ri = ranks[j] as number;
      const f = s.slot[ri] as number;
      s.slot[ri] = -1;
      const w = s.weight[f] as number;
      isCovered[ri] = 1;
      x.fnRank[slots] = ri;
      x.fnDegree[slots] = s.degree[f] as number;
      x.fnWeight[slots] = w;
      x.fnLeadStages[slots] = s.leadStages[f] as number;
      x.fnAmountRaised[slots] = s.amount[f] as number;
      x.fnEntries[slots] = s.entries[f] as number;
      x.fnFirst[slots] = s.first[f] as number;
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
  }
  x.fnStart[people] = slots;
  x.creditedStart[people] = creditedHint.length;

  // The project's scope, then every person's share of the covered functions.
  const stagesReached = stagesOf(reached);
  const reachedSet: ReadonlySet<string> = new Set(stagesReached);
  const inScope: string[] = [];
  const covered: string[] = [];
  let coveredExecution = 0;
  let coveredOpportunity = 0;
  resps.forEach((r, ri) => {
    if (!r.producing) return;
    const logged = isCovered[ri] === 1;
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
