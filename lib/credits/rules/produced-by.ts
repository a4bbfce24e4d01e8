import { formatPercent, joinList, STAGE_NAMES } from "../format";
import type { PersonProfile } from "../profile";
import type { Suggestion } from "../types";
import { entryIdsOf, type RuleContext } from "./context";

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
export function suggestProducedBy(p: PersonProfile, ctx: RuleContext): Suggestion | null {
  const { t, scope } = ctx;
  if (p.functions.length === 0 || p.share < t.producerMajority || p.stageCoverage < t.producerMinStageCoverage) return null;
  const ids = entryIdsOf(p, p.functions);
  return {
    personId: p.personId,
    title: "produced-by",
    confidence: p.stageCoverage >= t.producerHighStageCoverage ? "high" : "medium",
    score: Math.min(1, p.share),
    reasons: [
      {
        text: `performed ${p.functions.length} of ${scope.covered.length} producing functions logged on the project (${formatPercent(p.share)} weighted by degree; a majority is ${formatPercent(t.producerMajority)})`,
        entryIds: ids,
      },
      {
        text: `worked across ${joinList(p.stages.map((s) => STAGE_NAMES[s]))}: stage coverage ${Math.round(p.stageCoverage)} of 100 (at least ${t.producerMinStageCoverage} needed)`,
        entryIds: ids,
      },
    ],
  };
}
