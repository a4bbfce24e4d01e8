import { STAGE_WEIGHTS, type Responsibility } from "@/lib/work/taxonomy";
import { inSentence, round6 } from "../format";
import type { Thresholds } from "../thresholds";
import { CREDIT_TITLES, isCreditTitleId, titleOrder } from "../titles";
import { DEGREE_ORDER, STAGE_ORDER, type WorkTable } from "./work-table";

/**
 * Everyone's work summed up person by person (buildProfiles), as columns: one typed array per
 * figure instead of one object per person and per function, so 5,000 people with 75,000
 * producing functions cost a few dozen arrays, not 100,000 objects for the garbage collector
 * to copy. The figures are the reference engine's Profile fields (lib/credits/reference.ts),
 * summed in the same order and rounded the same way. Rules never read these arrays: they
 * read the named accessors of a Team (lib/credits/team.ts).
 *
 * Person p's figures are at index p (people order). Person p's producing functions (all their
 * entries on one producing responsibility) are the function slots fnStart[p] … fnStart[p + 1]
 * - 1, sorted by responsibility id (rank); the fn* columns hold one value per slot.
 */
export type ProfileColumns = {
  // Per responsibility rank (CleanInput.responsibilityList order).
  /** OPPORTUNITY_LANE, EXECUTION_LANE or OTHER_LANE. */
  lane: Uint8Array;
  /** 1 for a producing responsibility. */
  producing: Uint8Array;
  /** Its name as reasons word it inside a sentence (inSentence). */
  sentenceName: string[];
  /** How many people logged it (a producing one). */
  loggers: Int32Array;

  // Per person.
  fnStart: Int32Array;
  opportunityCount: Int32Array;
  executionCount: Int32Array;
  /** Opportunity / hands-on functions led or shared (strongest degree lead or equal). */
  opportunityActive: Int32Array;
  handsOnActive: Int32Array;
  /** Opportunity functions led; execution functions led (strongest degree lead). */
  opportunityLed: Int32Array;
  executionLed: Int32Array;
  /** Σ degree weights of the producing functions, of the opportunity ones, of the hands-on ones (rank order, rounded). */
  weightedFunctions: Float64Array;
  opportunityWeight: Float64Array;
  handsOnWeight: Float64Array;
  share: Float64Array;
  stageCoverage: Float64Array;
  /** Per person, STAGE_ORDER.length values: Σ over hands-on functions of the largest degree weight logged at that stage (rounded). */
  handsOnAtStage: Float64Array;
  producerShare: Float64Array;
  /** Stage bit sets (STAGE_BIT): producing entries; hands-on entries led or shared; lead entries on execution functions. */
  stageMask: Uint8Array;
  handsOnActiveStages: Uint8Array;
  ledExecutionStages: Uint8Array;
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
  /** Index into the responsibility list. */
  fnRank: Int32Array;
  /** The strongest degree logged (DEGREE_ORDER index); fnWeight is that degree's weight. */
  fnDegree: Uint8Array;
  fnWeight: Float64Array;
  /** Σ amountRaised of its entries, unrounded (summed in the canonical order, see WorkTable). */
  fnAmountRaised: Float64Array;
  /** How many entries it has, and the position of the first (for the usual single one). */
  fnEntries: Int32Array;
  fnFirst: Int32Array;

  // The project.
  /** Stages any valid entry reaches; stages of anyone's producing entries (bit sets). */
  reached: number;
  producingStages: number;
  /** Ranks of the producing responsibilities someone logged. */
  covered: number[];
  /** Ranks of the producing responsibilities covered or with a stage the project's work reaches. */
  inScope: number[];
};

/** A responsibility's producing lane, as ProfileColumns.lane stores it. */
export const OTHER_LANE = 0;
export const OPPORTUNITY_LANE = 1;
export const EXECUTION_LANE = 2;

/** Degrees as DEGREE_ORDER indexes. */
export const LEAD = 0;
export const EQUAL = 1;
export const SUPPORTING = 2;

/** Bit of each stage in a stage bit set: 1 << its index in STAGE_ORDER. */
export const STAGE_BIT = { development: 1, "pre-production": 2, production: 4, "post-production": 8, "marketing-distribution": 16 } as const;
/** Pre-production and production; every other stage is "beyond physical production". */
export const PHYSICAL_STAGES = STAGE_BIT["pre-production"] | STAGE_BIT.production;
export const STAGE_COUNT = STAGE_ORDER.length;

/** lead counts 1; equal and supporting count their (configurable) fraction of lead work. */
function degreeWeights(t: Thresholds): Float64Array {
  return Float64Array.from(DEGREE_ORDER, (d) => (d === "lead" ? 1 : d === "equal" ? t.degreeWeightEqual : t.degreeWeightSupporting));
}

/**
 * Scratch for buildProfiles, kept between calls (a few KB, grown as needed): the current
 * person's functions while their entries are read, indexed by `slot` — the function's index
 * among the person's, in first-seen order — and `slot` itself, by responsibility rank (-1:
 * none yet; put back to -1 after every person).
 */
let scratch = newScratch(64);

function newScratch(size: number) {
  return {
    slot: new Int32Array(size).fill(-1),
    rank: new Int32Array(size),
    degree: new Uint8Array(size),
    weight: new Float64Array(size),
    /** Bit (stage index × 3 + degree index) set for each stage and degree logged on the function. */
    stageDegrees: new Uint16Array(size),
    amount: new Float64Array(size),
    entries: new Int32Array(size),
    first: new Int32Array(size),
  };
}

function scratchFor(responsibilities: number): typeof scratch {
  if (scratch.slot.length < responsibilities) scratch = newScratch(Math.max(responsibilities, scratch.slot.length * 2));
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

/** What buildProfiles sets up once and profilePerson reads (and updates) for every person. */
type Shared = {
  /** By responsibility rank: its creditHint when that names a known title, as an index into CREDIT_TITLES, else -1. */
  titleHint: Int16Array;
  /** Degree weight by DEGREE_ORDER index; STAGE_WEIGHTS by STAGE_ORDER index. */
  weights: Float64Array;
  stageWeights: Float64Array;
  /** By a set of degrees (bit d for DEGREE_ORDER index d): the largest of their weights, 0 for none. */
  bestOfDegrees: Float64Array;
  /** Scratch: the largest degree weight logged per stage, this person. */
  best: Float64Array;
  scratch: typeof scratch;
  isCovered: Uint8Array;
  reached: number;
  /** Function slots used so far. */
  slots: number;
};

/**
 * Profiles of every person (people order, sorted by id — including people with no work) and
 * the project's scope, in one pass over the work table, person by person; then the shares,
 * which compare each person with the team.
 */
export function buildProfiles(work: WorkTable, resps: readonly Responsibility[], peopleCount: number, t: Thresholds): ProfileColumns {
  const size = work.resp.length;
  const people = peopleCount;
  const x: ProfileColumns = {
    lane: Uint8Array.from(resps, (r) => (r.lane === "opportunity" ? OPPORTUNITY_LANE : r.lane === "execution" ? EXECUTION_LANE : OTHER_LANE)),
    producing: Uint8Array.from(resps, (r) => (r.producing ? 1 : 0)),
    sentenceName: sentenceNames(resps),
    loggers: new Int32Array(resps.length),
    fnStart: new Int32Array(people + 1),
    opportunityCount: new Int32Array(people),
    executionCount: new Int32Array(people),
    opportunityActive: new Int32Array(people),
    handsOnActive: new Int32Array(people),
    opportunityLed: new Int32Array(people),
    executionLed: new Int32Array(people),
    weightedFunctions: new Float64Array(people),
    opportunityWeight: new Float64Array(people),
    handsOnWeight: new Float64Array(people),
    share: new Float64Array(people),
    stageCoverage: new Float64Array(people),
    handsOnAtStage: new Float64Array(people * STAGE_COUNT),
    producerShare: new Float64Array(people),
    stageMask: new Uint8Array(people),
    handsOnActiveStages: new Uint8Array(people),
    ledExecutionStages: new Uint8Array(people),
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
    fnAmountRaised: new Float64Array(size),
    fnEntries: new Int32Array(size),
    fnFirst: new Int32Array(size),
    reached: 0,
    producingStages: 0,
    covered: [],
    inScope: [],
  };
  const weights = degreeWeights(t);
  const shared: Shared = {
    // Typed arrays, for these and the others: their maps never change from call to call (a
    // plain array's elements kind can, which sends optimised code back to the interpreter).
    titleHint: Int16Array.from(resps, (r) => (r.creditHint !== null && isCreditTitleId(r.creditHint) ? titleOrder(r.creditHint) : -1)),
    weights,
    stageWeights: Float64Array.from(STAGE_ORDER, (st) => STAGE_WEIGHTS[st] ?? 0),
    bestOfDegrees: Float64Array.from({ length: 8 }, (_, bits) => {
      let best = 0;
      for (let d = 0; d < 3; d++) if (bits & (1 << d)) best = Math.max(best, weights[d] as number);
      return best;
    }),
    best: new Float64Array(STAGE_COUNT),
    scratch: scratchFor(resps.length),
    isCovered: new Uint8Array(resps.length),
    reached: 0,
    slots: 0,
  };
  for (let p = 0; p < people; p++) profilePerson(x, work, p, shared);
  x.fnStart[people] = shared.slots;
  x.creditedStart[people] = x.creditedHint.length;
  x.reached = shared.reached;
  for (let p = 0; p < people; p++) x.producingStages |= x.stageMask[p] as number;

  // The project's scope: what its work log covers, and what it could cover.
  for (let ri = 0; ri < resps.length; ri++) {
    if (x.producing[ri] !== 1) continue;
    const logged = shared.isCovered[ri] === 1;
    if (logged) x.covered.push(ri);
    if (logged || reachesAny((resps[ri] as Responsibility).stages, x.reached)) x.inScope.push(ri);
  }
  const covered = x.covered.length;
  for (let p = 0; p < people; p++) x.share[p] = covered > 0 ? round6((x.weightedFunctions[p] as number) / covered) : 0;
  producerShares(x, people, shared.stageWeights);
  return x;
}

function reachesAny(stages: readonly string[], reached: number): boolean {
  for (const s of stages) if (reached & (STAGE_BIT as Record<string, number>)[s]!) return true;
  return false;
}

/**
 * Each person's share of the hands-on producing work, stage by stage (the reference's
 * producerShares): for every stage where anyone logged hands-on producing work, their part
 * of it, weighted by the PGA stage weights and divided by the weights of those stages.
 * Totals summed in people order and rounded, as the reference does.
 */
function producerShares(x: ProfileColumns, people: number, stageWeights: Float64Array): void {
  const at = x.handsOnAtStage;
  const total = new Float64Array(STAGE_COUNT);
  for (let s = 0; s < STAGE_COUNT; s++) {
    let sum = 0;
    for (let p = 0; p < people; p++) sum += at[p * STAGE_COUNT + s] as number;
    total[s] = round6(sum);
  }
  let weights = 0;
  for (let s = 0; s < STAGE_COUNT; s++) if ((total[s] as number) > 0) weights += stageWeights[s] as number;
  if (weights <= 0) return; // nobody did hands-on work: every share stays 0
  for (let p = 0; p < people; p++) {
    let part = 0;
    for (let s = 0; s < STAGE_COUNT; s++) {
      const all = total[s] as number;
      if (all <= 0) continue;
      part += (stageWeights[s] as number) * ((at[p * STAGE_COUNT + s] as number) / all);
    }
    x.producerShare[p] = round6(part / weights);
  }
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

/**
 * Person p's figures (all but the shares) and functions, in one pass over their entries. A
 * top-level function called person after person, rather than a loop inside buildProfiles, so
 * the optimising compiler takes it up after a few people, small and quick to compile.
 */
function profilePerson(x: ProfileColumns, work: WorkTable, p: number, k: Shared): void {
  const { resp, stage, degree, hours, amount } = work;
  const { titleHint, weights, stageWeights, bestOfDegrees, best, isCovered } = k;
  const { lane, producing, loggers, creditedHint, creditedDegree, creditedEntries, creditedFirst } = x;
  const { fnRank, fnDegree, fnWeight, fnAmountRaised, fnEntries, fnFirst } = x;
  const { slot: sSlot, rank: sRank, degree: sDegree, weight: sWeight, stageDegrees: sStageDegrees, amount: sAmount, entries: sEntries, first: sFirst } = k.scratch;
  const first = work.start[p] as number;
  const end = work.start[p + 1] as number;
  const firstCredited = creditedHint.length;
  x.fnStart[p] = k.slots;
  x.creditedStart[p] = firstCredited;
  for (let i = 0; i < best.length; i++) best[i] = 0;
  let count = 0; // the person's functions so far
  let slots = k.slots;
  let reached = k.reached;
  let stageMask = 0;
  let handsOnActiveStages = 0;
  let ledExecutionStages = 0;
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
    if (title !== -1 && d !== SUPPORTING) {
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
    const l = lane[ri] as number;
    if (l !== OPPORTUNITY_LANE && d !== SUPPORTING) handsOnActiveStages |= bit;
    if (l === EXECUTION_LANE && d === LEAD) ledExecutionStages |= bit;
    const f = sSlot[ri] as number;
    if (f === -1) {
      sSlot[ri] = count;
      sRank[count] = ri;
      sDegree[count] = d;
      sWeight[count] = w;
      sStageDegrees[count] = 1 << (st * 3 + d);
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
    sStageDegrees[f] = (sStageDegrees[f] as number) | (1 << (st * 3 + d));
    sAmount[f] = (sAmount[f] as number) + (amount[i] as number);
  }
  // The person's functions in rank order, into the function columns; the weights summed in
  // that order, so the float sums are the reference's.
  sortRanks(sRank, count);
  const atStage = x.handsOnAtStage;
  const at = p * STAGE_COUNT;
  let weighted = 0;
  let opportunityWeight = 0;
  let handsOnWeight = 0;
  let opportunityCount = 0;
  let executionCount = 0;
  let opportunityActive = 0;
  let handsOnActive = 0;
  let opportunityLed = 0;
  let executionLed = 0;
  for (let j = 0; j < count; j++) {
    const ri = sRank[j] as number;
    const f = sSlot[ri] as number;
    sSlot[ri] = -1;
    const w = sWeight[f] as number;
    const d = sDegree[f] as number;
    isCovered[ri] = 1;
    loggers[ri] = (loggers[ri] as number) + 1;
    fnRank[slots] = ri;
    fnDegree[slots] = d;
    fnWeight[slots] = w;
    fnAmountRaised[slots] = sAmount[f] as number;
    fnEntries[slots] = sEntries[f] as number;
    fnFirst[slots] = sFirst[f] as number;
    slots += 1;
    weighted += w;
    if (lane[ri] === OPPORTUNITY_LANE) {
      opportunityWeight += w;
      opportunityCount += 1;
      if (d !== SUPPORTING) opportunityActive += 1;
      if (d === LEAD) opportunityLed += 1;
      continue;
    }
    handsOnWeight += w;
    if (d !== SUPPORTING) handsOnActive += 1;
    if (lane[ri] === EXECUTION_LANE) {
      executionCount += 1;
      if (d === LEAD) executionLed += 1;
    }
    // Per stage, the largest weight logged on this function there (0 when none: adding 0 to
    // a sum of non-negative numbers changes nothing, so skipping it keeps the sum the same).
    const stageDegrees = sStageDegrees[f] as number;
    for (let s = 0; s < STAGE_COUNT; s++) {
      const bits = (stageDegrees >> (s * 3)) & 7;
      if (bits !== 0) atStage[at + s] = (atStage[at + s] as number) + (bestOfDegrees[bits] as number);
    }
  }
  for (let s = 0; s < STAGE_COUNT; s++) atStage[at + s] = round6(atStage[at + s] as number);
  let coverage = 0;
  for (let s = 0; s < STAGE_COUNT; s++) coverage += (stageWeights[s] as number) * (best[s] as number);
  x.weightedFunctions[p] = round6(weighted);
  x.opportunityWeight[p] = round6(opportunityWeight);
  x.handsOnWeight[p] = round6(handsOnWeight);
  x.opportunityCount[p] = opportunityCount;
  x.executionCount[p] = executionCount;
  x.opportunityActive[p] = opportunityActive;
  x.handsOnActive[p] = handsOnActive;
  x.opportunityLed[p] = opportunityLed;
  x.executionLed[p] = executionLed;
  x.stageCoverage[p] = round6(coverage);
  x.stageMask[p] = stageMask;
  x.handsOnActiveStages[p] = handsOnActiveStages;
  x.ledExecutionStages[p] = ledExecutionStages;
  x.amountRaised[p] = round6(amountRaised);
  x.producingHours[p] = round6(producingHours);
  x.producingEntries[p] = producingEntries;
  k.slots = slots;
  k.reached = reached;
}
