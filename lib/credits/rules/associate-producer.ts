import { formatPercent } from "../format";
import { functionCount } from "../profile";
import type { Suggestion } from "../types";
import { functionSlots, functionsReason, TEXT_TABLES, type RuleContext } from "./context";
import { isCoordinatorWork } from "./production-coordinator";

/** "performed 3 producing functions in a limited area (21% of the project's producing work)". */
function limitedAreaText(count: number, share: number, ctx: RuleContext): string {
  const word = (): string => `performed ${count} producing functions in a limited area (${formatPercent(share)} of the project's producing work)`;
  // It depends on the count and the whole percentage only: worded once per pair a call (a key
  // holds percentages 0–100, which a share of 0–1 gives; anything else is worded each time).
  if (!(share >= 0 && share <= 1)) return word();
  const key = count * 1024 + Math.round(share * 100);
  return ctx.texts.get(TEXT_TABLES.limitedArea, key) ?? ctx.texts.set(TEXT_TABLES.limitedArea, key, word());
}

/**
 * Associate Producer — producer functions in a limited area. Invariants: at least
 * associateProducerMinFunctions producing functions; share under coProducerShare (a larger
 * share is Co-Producer or Produced by territory); no other producing title suggested for the
 * person; and not purely coordinator work (that is Production Coordinator).
 */
export function suggestAssociateProducer(p: number, ctx: RuleContext, hasProducingTitle: boolean): Suggestion | null {
  const { t, profiles: x } = ctx;
  const count = functionCount(x, p);
  if (hasProducingTitle || count < t.associateProducerMinFunctions) return null;
  const share = x.share[p] as number;
  if (share >= t.coProducerShare || isCoordinatorWork(x, p)) return null;
  let allSupporting = true; // i.e. none led
  for (let j = x.fnStart[p] as number; j < (x.fnStart[p + 1] as number) && allSupporting; j++) allSupporting = x.fnDegree[j] !== 0;
  const functions = functionsReason(x, p, functionSlots(x, p));
  return {
    personId: (x.people[p] as { id: string }).id,
    title: "associate-producer",
    confidence: allSupporting ? "medium" : "low",
    score: share,
    reasons: [{ text: limitedAreaText(count, share, ctx), entryIds: functions.entryIds.slice() }, functions],
  };
}
