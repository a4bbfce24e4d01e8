import { WORK_STAGES, type Lane, type WorkStage } from "./taxonomy";

/**
 * Where a project's work is, for the matrix to open there: the stage with the most entries
 * (`own`, the project's stage, on a tie or an empty log) and, at that stage, the lane with the
 * most (the first one counted on a tie; null when nothing was logged there).
 */
export function workFocusOf(
  counts: ReadonlyArray<{ stage: WorkStage; responsibilityId: string; n: number }>,
  own: WorkStage,
  laneOf: ReadonlyMap<string, Lane>,
): { stage: WorkStage; lane: Lane | null } {
  const byStage = new Map<WorkStage, number>();
  for (const r of counts) byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + r.n);
  let stage = own;
  for (const s of WORK_STAGES) if ((byStage.get(s) ?? 0) > (byStage.get(stage) ?? 0)) stage = s;
  const lanes = new Map<Lane, number>();
  for (const r of counts) {
    const lane = r.stage === stage ? laneOf.get(r.responsibilityId) : undefined;
    if (lane) lanes.set(lane, (lanes.get(lane) ?? 0) + r.n);
  }
  let lane: Lane | null = null;
  for (const [l, n] of lanes) if (lane === null || n > (lanes.get(lane) ?? 0)) lane = l;
  return { stage, lane };
}
