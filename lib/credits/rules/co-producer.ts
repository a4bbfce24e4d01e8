import { formatPercent } from "../format";
import type { PersonProfile } from "../profile";
import type { Suggestion } from "../types";
import { functionsReason, type RuleContext } from "./context";

/**
 * Co-Producer — shares producer functions as part of a team, below the producer.
 * Invariants: share in [coProducerShare, producerMajority) — at or over the majority is
 * Produced by instead; someone ELSE holds or is suggested Produced by ("alongside a
 * producer"); and the person's work is mostly hands-on (execution weight >= opportunity
 * weight) — opportunity-heavy work is the Executive Producer rule's business.
 */
export function suggestCoProducer(
  p: PersonProfile,
  ctx: RuleContext,
  producers: ReadonlySet<string>,
): Suggestion | null {
  const { t } = ctx;
  if (p.share < t.coProducerShare || p.share >= t.producerMajority) return null;
  if (p.executionWeight < p.opportunityWeight) return null;
  const others = producers.size - (producers.has(p.personId) ? 1 : 0);
  if (others === 0) return null;
  const functions = functionsReason(p, p.functions);
  return {
    personId: p.personId,
    title: "co-producer",
    confidence: "medium",
    score: p.share,
    reasons: [
      {
        text: `performed ${p.functions.length} of ${ctx.scope.covered.length} producing functions (${formatPercent(p.share)} weighted by degree, from ${formatPercent(t.coProducerShare)} for Co-Producer, under the ${formatPercent(t.producerMajority)} majority) alongside a producer`,
        entryIds: functions.entryIds.slice(),
      },
      functions,
    ],
  };
}
