import { formatPercent } from "../format";
import type { PersonProfile } from "../profile";
import type { Suggestion } from "../types";
import { functionsReason, type RuleContext } from "./context";
import { isCoordinatorWork } from "./production-coordinator";

/**
 * Associate Producer — producer functions in a limited area. Invariants: at least
 * associateProducerMinFunctions producing functions; share under coProducerShare (a larger
 * share is Co-Producer or Produced by territory); no other producing title suggested for the
 * person; and not purely coordinator work (that is Production Coordinator).
 */
export function suggestAssociateProducer(
  p: PersonProfile,
  ctx: RuleContext,
  hasProducingTitle: boolean,
): Suggestion | null {
  const { t } = ctx;
  if (hasProducingTitle || p.functions.length < t.associateProducerMinFunctions) return null;
  if (p.share >= t.coProducerShare || isCoordinatorWork(p)) return null;
  const allSupporting = p.functions.every((f) => f.degree !== "lead");
  const functions = functionsReason(p, p.functions);
  return {
    personId: p.personId,
    title: "associate-producer",
    confidence: allSupporting ? "medium" : "low",
    score: p.share,
    reasons: [
      {
        text: `performed ${p.functions.length} producing functions in a limited area (${formatPercent(p.share)} of the project's producing work)`,
        entryIds: functions.entryIds.slice(),
      },
      functions,
    ],
  };
}
