import { round6 } from "@/lib/credits/format";
import { DEGREE_ORDER } from "@/lib/credits/normalize";
import type { Degree } from "@/lib/credits/types";
import { DEGREE_SYMBOLS } from "@/lib/work/matrix";
import { LANE_SHORT_LABELS, LANES, WORK_STAGE_LABELS, WORK_STAGES, type Lane, type WorkStage } from "@/lib/work/taxonomy";
import { reviewData, type ReviewData, type ReviewInput } from "./data";

/** One function a person works on: strongest degree over every stage, hours, entries, stages in production order. */
export type PersonFunction = { id: string; name: string; lane: Lane; producing: boolean; degree: Degree; symbol: string; hours: number; entries: number; stages: WorkStage[] };

/** A lane or a stage of one person's work. */
export type PersonWorkGroup = { hats: number; entries: number; hours: number; weight: number };

export type PersonWork = {
  personId: string;
  name: string;
  departments: readonly string[];
  /** Distinct functions with work. */
  hats: number;
  entries: number;
  hours: number;
  /** Lead-weighted work (constants.ts). */
  weight: number;
  /** Every lane in LANES order (zeros included), with its functions in column order. */
  lanes: (PersonWorkGroup & { lane: Lane; label: string; functions: PersonFunction[] })[];
  /** Every stage in production order (zeros included); hats = distinct functions worked at that stage. */
  stages: (PersonWorkGroup & { stage: WorkStage; label: string })[];
};

/**
 * One person's work on a project for their hats card: by lane (with each function's
 * strongest degree) and by stage. null when the person has no place in the data (not on
 * the project); a person on the roster with no work gets zeros everywhere.
 */
export function personWork(input: ReviewInput | ReviewData, personId: string): PersonWork | null {
  const data = reviewData(input);
  let lo = 0;
  let hi = data.people.length - 1;
  let p = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = data.people[mid]!.id;
    if (id === personId) {
      p = mid;
      break;
    }
    if (id < personId) lo = mid + 1;
    else hi = mid - 1;
  }
  if (p < 0) return null;
  const person = data.people[p]!;
  type Acc = { degree: number; hours: number; entries: number; stages: Set<number> };
  const byFn = new Map<number, Acc>();
  const stageAcc = WORK_STAGES.map(() => ({ fns: new Set<number>(), entries: 0, hours: 0, weight: 0 }));
  let entries = 0;
  let hours = 0;
  let weight = 0;
  for (let a = data.atomStart[p]!; a < data.atomStart[p + 1]!; a++) {
    const fn = data.atomFn[a]!;
    const stage = data.atomStage[a]!;
    const acc = byFn.get(fn) ?? { degree: 9, hours: 0, entries: 0, stages: new Set<number>() };
    acc.degree = Math.min(acc.degree, data.atomDegree[a]!);
    acc.hours += data.atomHours[a]!;
    acc.entries += data.atomEntries[a]!;
    acc.stages.add(stage);
    byFn.set(fn, acc);
    const s = stageAcc[stage]!;
    s.fns.add(fn);
    s.entries += data.atomEntries[a]!;
    s.hours += data.atomHours[a]!;
    s.weight += data.atomWeight[a]!;
    entries += data.atomEntries[a]!;
    hours += data.atomHours[a]!;
    weight += data.atomWeight[a]!;
  }
  const fns = [...byFn.entries()].sort((x, y) => x[0] - y[0]);
  const lanes = LANES.map((lane) => {
    const functions: PersonFunction[] = [];
    let laneWeight = 0;
    for (const [i, acc] of fns) {
      const f = data.functions[i]!;
      if (f.lane !== lane) continue;
      const degree = DEGREE_ORDER[acc.degree] as Degree;
      functions.push({
        id: f.id,
        name: f.name,
        lane,
        producing: f.producing,
        degree,
        symbol: DEGREE_SYMBOLS[degree],
        hours: round6(acc.hours),
        entries: acc.entries,
        stages: WORK_STAGES.filter((_, s) => acc.stages.has(s)),
      });
    }
    for (let a = data.atomStart[p]!; a < data.atomStart[p + 1]!; a++) if (data.functions[data.atomFn[a]!]!.lane === lane) laneWeight += data.atomWeight[a]!;
    return {
      lane,
      label: LANE_SHORT_LABELS[lane],
      functions,
      hats: functions.length,
      entries: functions.reduce((n, f) => n + f.entries, 0),
      hours: round6(functions.reduce((n, f) => n + f.hours, 0)),
      weight: round6(laneWeight),
    };
  });
  return {
    personId: person.id,
    name: person.name,
    departments: person.departments,
    hats: byFn.size,
    entries,
    hours: round6(hours),
    weight: round6(weight),
    lanes,
    stages: WORK_STAGES.map((stage, i) => ({
      stage,
      label: WORK_STAGE_LABELS[stage],
      hats: stageAcc[i]!.fns.size,
      entries: stageAcc[i]!.entries,
      hours: round6(stageAcc[i]!.hours),
      weight: round6(stageAcc[i]!.weight),
    })),
  };
}
