import { TEXT_TABLES } from "../columns/text-memo";
import { formatPercent } from "../format";
import type { Suggestion } from "../types";
import { functionsReason, suggestion, type RuleContext } from "./context";
import { isCoordinatorOnly } from "./production-coordinator";

const HELPING_HAND = "all of it supporting others: a helping hand may be thanked rather than titled";

/**
 * Associate Producer — producer functions delegated in a limited area: at least
 * associateProducerMinFunctions producing functions, under coProducerShare of the producing
 * work, no other producing title suggested, not only coordinator work. Medium when they lead
 * or share some of it, low when all of it is supporting (a helping hand).
 */
export function suggestAssociateProducer(p: number, ctx: RuleContext, hasProducingTitle: boolean): Suggestion | null {
  const { team, t, texts } = ctx;
  const count = team.functionCount(p);
  const share = team.share(p);
  if (hasProducingTitle || count < t.associateProducerMinFunctions || share >= t.coProducerShare || isCoordinatorOnly(team, p)) return null;
  const allSupporting = team.activeFunctionCount(p) === 0;
  const functions = functionsReason(team, p, team.functionsOf(p));
  // The first text depends on the count and the whole percentage only: worded once per pair
  // (shares are 0–1, so the percentage is 0–100 and the key names one pair).
  const key = count * 128 + Math.round(share * 100);
  const limitedArea =
    texts.get(TEXT_TABLES.limitedArea, key) ??
    texts.set(TEXT_TABLES.limitedArea, key, `performed ${count} producing functions in a limited area (${formatPercent(share)} of the project's producing work)`);
  const reasons = [{ text: limitedArea, entryIds: functions.entryIds.slice() }, functions];
  if (allSupporting) reasons.push({ text: HELPING_HAND, entryIds: [] });
  return suggestion(team, p, "associate-producer", allSupporting ? "low" : "medium", share, reasons);
}
