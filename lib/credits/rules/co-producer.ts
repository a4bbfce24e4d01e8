import { formatPercent } from "../format";
import { functionCount } from "../profile";
import type { Suggestion } from "../types";
import { functionSlots, functionsReason, type RuleContext } from "./context";

/**
 * Co-Producer — shares producer functions as part of a team, below the producer.
 * Invariants: share in [coProducerShare, producerMajority) — at or over the majority is
 * Produced by instead; someone ELSE holds or is suggested Produced by ("alongside a
 * producer"); and the person's work is mostly hands-on (execution weight >= opportunity
 * weight) — opportunity-heavy work is the Executive Producer rule's business.
 */
export function suggestCoProducer(p: number, ctx: RuleContext, producers: ReadonlySet<string>): Suggestion | null {
  const { t, profiles: x } = ctx;
  const share = x.share[p] as number;
  if (share < t.coProducerShare || share >= t.producerMajority) return null;
  if ((x.executionWeight[p] as number) < (x.opportunityWeight[p] as number)) return null;
  const personId = (x.people[p] as { id: string }).id;
  const others = producers.size - (producers.has(personId) ? 1 : 0);
  if (others === 0) return null;
  const functions = functionsReason(x, p, functionSlots(x, p));
  return {
    personId,
    title: "co-producer",
    confidence: "medium",
    score: share,
    reasons: [
      {
        text: `performed ${functionCount(x, p)} of ${ctx.scope.covered.length} producing functions (${formatPercent(share)} weighted by degree, from ${formatPercent(t.coProducerShare)} for Co-Producer, under the ${formatPercent(t.producerMajority)} majority) alongside a producer`,
        entryIds: functions.entryIds.slice(),
      },
      functions,
    ],
  };
}
