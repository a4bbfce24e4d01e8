import { round6 } from "@/lib/credits/format";
import { LANE_SHORT_LABELS, LANES, STAGE_WEIGHTS, WORK_STAGE_LABELS, WORK_STAGES, type Lane, type WorkStage } from "@/lib/work/taxonomy";
import { CONCENTRATION_TOP, DEFAULT_CONCENTRATION_THRESHOLD } from "./constants";
import { reviewData, type ReviewData, type ReviewInput } from "./data";

export type CoveragePerson = { personId: string; name: string; weight: number };

export type UncoveredFunction = { id: string; name: string; lane: Lane; producing: boolean };

/**
 * One stage × lane of the project (stage null = every stage, lane null = every lane).
 * Weights are lead-weighted work (constants.ts: LEAD_WEIGHTS × max(MIN_ENTRY_HOURS, hours)).
 */
export type CoverageCell = {
  stage: WorkStage | null;
  lane: Lane | null;
  /** Who carries the most lead-weighted work here; several on a tie, by name then id; empty when nobody works here. */
  leaders: CoveragePerson[];
  /** People with any work here. */
  people: number;
  entries: number;
  hours: number;
  weight: number;
  /** Functions that usually happen here (their lane, and the stage among their usual stages). */
  functions: number;
  /** Of those, the ones with no work here at all, in column order. */
  uncovered: UncoveredFunction[];
};

export type StageCoverage = {
  stage: WorkStage;
  label: string;
  /** The PGA weight of the stage, in percent (STAGE_WEIGHTS). */
  pgaWeight: number;
  /** The stage across every lane. */
  all: CoverageCell;
  /** One per lane, in LANES order. */
  lanes: CoverageCell[];
};

/**
 * Concentration: the share of the project's producing work (lead-weighted work on the
 * functions the PGA counts as producing, i.e. Responsibility.producing — the opportunity and
 * execution lanes plus the producing creative/post functions such as developing the concept,
 * post supervision and delivery; a custom function follows its own flag) carried by the
 * busiest person. `warning` is true when that share is strictly above `threshold`.
 */
export type Concentration = {
  threshold: number;
  totalWeight: number;
  /** The busiest person, or several on a tie (by name, then id); empty without producing work. */
  busiest: CoveragePerson[];
  /** 0–1, rounded to 6 decimals. */
  share: number;
  warning: boolean;
  /** The CONCENTRATION_TOP busiest people, with their shares (for a chart). */
  top: (CoveragePerson & { share: number })[];
};

export type Coverage = {
  stages: StageCoverage[];
  /** Each lane across every stage, in LANES order. */
  lanes: (CoverageCell & { label: string })[];
  /** The whole project. */
  all: CoverageCell;
  concentration: Concentration;
  /** True when the project has no work logged. */
  empty: boolean;
};

export type CoverageOptions = {
  /** Concentration warning threshold, 0–1 (clamped); non-numbers give DEFAULT_CONCENTRATION_THRESHOLD. */
  threshold?: number | null;
};

/** The threshold as used: finite numbers clamped into 0–1, anything else the default. */
export function resolveConcentrationThreshold(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return DEFAULT_CONCENTRATION_THRESHOLD;
  return Math.min(1, Math.max(0, value));
}

const S = WORK_STAGES.length; // index S = every stage
const L = LANES.length; // index L = every lane
const W = L + 1;
const SLOTS = (S + 1) * W;

/**
 * Coverage of the project by PGA stage and lane: who leads each, how many people share it,
 * which functions nobody covers, and the concentration of producing work. Plain data in and
 * out; never throws; the same result whatever order the input lists come in.
 */
export function coverage(input: ReviewInput | ReviewData, options: CoverageOptions = {}): Coverage {
  const data = reviewData(input);
  const threshold = resolveConcentrationThreshold(typeof options === "object" && options !== null ? options.threshold : undefined);
  const fns = data.functions;
  const F = fns.length;
  const P = data.people.length;
  const fnLane = Uint8Array.from(fns, (f) => LANES.indexOf(f.lane));
  const fnProducing = Uint8Array.from(fns, (f) => (f.producing ? 1 : 0));
  const covered = new Uint8Array(F * (S + 1)); // fn × stage (index S: any stage)
  const mine = new Float64Array(SLOTS);
  const touched: number[] = [];
  const people = new Int32Array(SLOTS);
  const entries = new Int32Array(SLOTS);
  const hours = new Float64Array(SLOTS);
  const weight = new Float64Array(SLOTS);
  const best = new Float64Array(SLOTS);
  const leaders: number[][] = Array.from({ length: SLOTS }, () => []);
  const producing = new Float64Array(P);
  const { atomStart, atomFn, atomStage, atomHours, atomWeight, atomEntries } = data;
  const add = (slot: number, w: number, h: number, e: number) => {
    if (mine[slot] === 0) touched.push(slot); // weights are >= 1, so 0 means untouched
    mine[slot] = (mine[slot] as number) + w;
    hours[slot] = (hours[slot] as number) + h;
    entries[slot] = (entries[slot] as number) + e;
  };

  for (let p = 0; p < P; p++) {
    const end = atomStart[p + 1] as number;
    let prod = 0;
    for (let a = atomStart[p] as number; a < end; a++) {
      const fn = atomFn[a] as number;
      const s = atomStage[a] as number;
      const l = fnLane[fn] as number;
      const w = atomWeight[a] as number;
      const h = atomHours[a] as number;
      const e = atomEntries[a] as number;
      covered[fn * (S + 1) + s] = 1;
      covered[fn * (S + 1) + S] = 1;
      if (fnProducing[fn] === 1) prod += w;
      add(s * W + l, w, h, e);
      add(s * W + L, w, h, e);
      add(S * W + l, w, h, e);
      add(S * W + L, w, h, e);
    }
    producing[p] = prod;
    for (const slot of touched) {
      const w = mine[slot] as number;
      mine[slot] = 0;
      people[slot] = (people[slot] as number) + 1;
      weight[slot] = (weight[slot] as number) + w;
      const r = round6(w);
      if (r > (best[slot] as number)) {
        best[slot] = r;
        leaders[slot] = [p];
      } else if (r === best[slot]) (leaders[slot] as number[]).push(p);
    }
    touched.length = 0;
  }

  const person = (p: number, w: number): CoveragePerson => ({ personId: data.people[p]!.id, name: data.people[p]!.name, weight: round6(w) });
  const byName = (a: number, b: number) => (data.nameRank[a] as number) - (data.nameRank[b] as number);
  const cell = (s: number, l: number): CoverageCell => {
    const slot = s * W + l;
    const uncovered: UncoveredFunction[] = [];
    let functions = 0;
    for (let f = 0; f < F; f++) {
      const fn = fns[f]!;
      if (l < L && fnLane[f] !== l) continue;
      if (s < S && !fn.stages.includes(WORK_STAGES[s] as WorkStage)) continue;
      functions += 1;
      if (covered[f * (S + 1) + s] !== 1) uncovered.push({ id: fn.id, name: fn.name, lane: fn.lane, producing: fn.producing });
    }
    return {
      stage: s < S ? (WORK_STAGES[s] as WorkStage) : null,
      lane: l < L ? (LANES[l] as Lane) : null,
      leaders: [...(leaders[slot] as number[])].sort(byName).map((p) => person(p, best[slot] as number)),
      people: people[slot] as number,
      entries: entries[slot] as number,
      hours: round6(hours[slot] as number),
      weight: round6(weight[slot] as number),
      functions,
      uncovered,
    };
  };

  // Concentration: people in id order, so the total is one canonical float sum.
  let total = 0;
  let top = 0;
  for (let p = 0; p < P; p++) {
    total += producing[p] as number;
    const r = round6(producing[p] as number);
    if (r > top) top = r;
  }
  const ranked: number[] = [];
  for (let p = 0; p < P; p++) if ((producing[p] as number) > 0) ranked.push(p);
  ranked.sort((a, b) => round6(producing[b] as number) - round6(producing[a] as number) || byName(a, b));
  const shareOf = (w: number) => (total > 0 ? round6(w / total) : 0);
  const busiest = ranked.filter((p) => round6(producing[p] as number) === top && top > 0).map((p) => person(p, producing[p] as number));
  const share = shareOf(top);

  return {
    stages: WORK_STAGES.map((stage, s) => ({
      stage,
      label: WORK_STAGE_LABELS[stage],
      pgaWeight: STAGE_WEIGHTS[stage],
      all: cell(s, L),
      lanes: LANES.map((_lane, l) => cell(s, l)),
    })),
    lanes: LANES.map((lane, l) => ({ ...cell(S, l), label: LANE_SHORT_LABELS[lane] })),
    all: cell(S, L),
    concentration: {
      threshold,
      totalWeight: round6(total),
      busiest,
      share,
      warning: total > 0 && share > threshold,
      top: ranked.slice(0, CONCENTRATION_TOP).map((p) => ({ ...person(p, producing[p] as number), share: shareOf(producing[p] as number) })),
    },
    empty: data.entryCount === 0,
  };
}
