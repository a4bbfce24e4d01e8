import { formatPercent, joinList, STAGE_NAMES } from "../format";
import { functionCount, stagesOf } from "../profile";
import type { Suggestion } from "../types";
import { entryIdsOf, functionSlots, type RuleContext } from "./context";

/**
 * Produced by — PGA: a producer performs a majority of the producing functions across the
 * stages. Invariants:
 * - share = Σ degree weights of the person's producing functions (lead 1, equal
 *   degreeWeightEqual, supporting degreeWeightSupporting) ÷ the producing functions the
 *   project's work log covers; it must be >= producerMajority.
 * - stage coverage (PGA weights 30/20/20/15/15, × the strongest degree in each stage) must
 *   be >= producerMinStageCoverage; >= producerHighStageCoverage makes it high confidence.
 * Both lanes count: the PGA list mixes opportunity and execution functions.
 */
export function suggestProducedBy(p: number, ctx: RuleContext): Suggestion | null {
  const { t, scope, profiles: x } = ctx;
  const functions = functionCount(x, p);
  const share = x.share[p] as number;
  const stageCoverage = x.stageCoverage[p] as number;
  if (functions === 0 || share < t.producerMajority || stageCoverage < t.producerMinStageCoverage) return null;
  const ids = entryIdsOf(x, p, functionSlots(x, p));
  return {
    personId: (x.people[p] as { id: string }).id,
    title: "produced-by",
    confidence: stageCoverage >= t.producerHighStageCoverage ? "high" : "medium",
    score: Math.min(1, share),
    reasons: [
      {
        text: `performed ${functions} of ${scope.covered.length} producing functions logged on the project (${formatPercent(share)} weighted by degree; a majority is ${formatPercent(t.producerMajority)})`,
        entryIds: ids,
      },
      {
        text: `worked across ${joinList(stagesOf(x.stageMask[p] as number).map((s) => STAGE_NAMES[s]))}: stage coverage ${Math.round(stageCoverage)} of 100 (at least ${t.producerMinStageCoverage} needed)`,
        entryIds: ids,
      },
    ],
  };
}
