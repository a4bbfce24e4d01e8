import { formatMoney, formatPercent, round6 } from "../format";
import { OPPORTUNITY_LANE, type Profiles } from "../profile";
import type { Reason, Suggestion } from "../types";
import { entryIdsOf, functionSlots, functionsText, TEXT_TABLES, verbOf, type RuleContext } from "./context";

/** Reasons citing each money-tracking function: "led securing financing: raised $250,000, 42% of the $600,000 budget". */
function moneyReasons(x: Profiles, p: number, opportunity: readonly number[], ctx: RuleContext): Reason[] {
  const { budget, currency } = ctx.input;
  const out: Reason[] = [];
  for (const f of opportunity) {
    const rank = x.fnRank[f] as number;
    if (!(x.resps[rank] as { tracksAmount: boolean }).tracksAmount) continue;
    const raised = round6(x.fnAmountRaised[f] as number);
    const degree = x.fnDegree[f] as number;
    if (raised <= 0) {
      // The same few texts for everyone (responsibility × degree): worded once per call.
      const key = rank * 3 + degree;
      const text = ctx.texts.get(TEXT_TABLES.noAmount, key) ?? ctx.texts.set(TEXT_TABLES.noAmount, key, `${verbOf(degree)} ${x.sentenceName[rank]} (no amount recorded)`);
      out.push({ text, entryIds: entryIdsOf(x, p, [f]) });
      continue;
    }
    const head = `${verbOf(degree)} ${x.sentenceName[rank]}`;
    const money = `raised ${formatMoney(raised, currency)}`;
    const tail = budget ? `, ${formatPercent(raised / budget)} of the ${formatMoney(budget, currency)} budget` : "";
    out.push({ text: `${head}: ${money}${tail}`, entryIds: entryIdsOf(x, p, [f]) });
  }
  return out;
}

/**
 * Executive Producer — the opportunity lane ("one builds the opportunity").
 * - Budget known and the person raised >= epFinancingShare of it → high confidence.
 * - Otherwise, >= epMinOpportunityFunctions opportunity functions led or shared (supporting
 *   work alone never makes an EP) AND opportunity is their
 *   main lane (opportunity weight >= execution weight) → medium with a budget, low without
 *   one (the reason says the budget is missing and only functions were judged).
 * Score: the financing share (capped at 1) on the money path, else the degree-weighted
 * share of the project's covered opportunity functions.
 */
export function suggestExecutiveProducer(p: number, ctx: RuleContext): Suggestion | null {
  const { t, profiles: x } = ctx;
  const { budget, currency } = ctx.input;
  const amountRaised = x.amountRaised[p] as number;
  const financingShare = budget ? round6(amountRaised / budget) : 0;
  const byMoney = budget !== null && amountRaised > 0 && financingShare >= t.epFinancingShare;
  // Decide first, word the reasons after: most people are not EPs, and reasons cost.
  if (!byMoney) {
    let ownOpportunity = 0;
    for (let j = x.fnStart[p] as number; j < (x.fnStart[p + 1] as number); j++) {
      if (x.lane[x.fnRank[j] as number] === OPPORTUNITY_LANE && x.fnDegree[j] !== 2) ownOpportunity += 1;
    }
    if (ownOpportunity < t.epMinOpportunityFunctions || (x.opportunityWeight[p] as number) < (x.executionWeight[p] as number)) return null;
  }
  const personId = (x.people[p] as { id: string }).id;
  const opportunity = functionSlots(x, p, OPPORTUNITY_LANE);
  const allIds = entryIdsOf(x, p, opportunity);
  const reasons = moneyReasons(x, p, opportunity, ctx);
  const n = opportunity.length;
  const opportunityText = `performed ${n} opportunity function${n === 1 ? "" : "s"}: ${functionsText(x, opportunity)}`;
  // The money texts depend on the amount only (budget, currency and thresholds are the call's):
  // worded once per amount.
  if (byMoney) {
    const text =
      ctx.texts.get(TEXT_TABLES.raisedInTotal, amountRaised) ??
      ctx.texts.set(
        TEXT_TABLES.raisedInTotal,
        amountRaised,
        `raised ${formatMoney(amountRaised, currency)} in total, ${formatPercent(financingShare)} of the budget (at least ${formatPercent(t.epFinancingShare)} needed)`,
      );
    reasons.push({ text, entryIds: entryIdsOf(x, p, opportunity, true) });
    if (n > 0) reasons.push({ text: opportunityText, entryIds: allIds });
    return { personId, title: "executive-producer", confidence: "high", score: Math.min(1, financingShare), reasons };
  }
  reasons.push({ text: opportunityText, entryIds: allIds });
  if (budget) {
    const text =
      ctx.texts.get(TEXT_TABLES.raisedBelow, amountRaised) ??
      ctx.texts.set(
        TEXT_TABLES.raisedBelow,
        amountRaised,
        `raised ${formatMoney(amountRaised, currency)}, ${formatPercent(financingShare)} of the budget — below the ${formatPercent(t.epFinancingShare)} that makes this certain`,
      );
    reasons.push({ text, entryIds: [] });
  } else {
    reasons.push({ text: "no budget recorded: judged by opportunity functions only", entryIds: [] });
  }
  const denom = Math.max(1, ctx.scope.coveredOpportunity);
  return {
    personId,
    title: "executive-producer",
    confidence: budget ? "medium" : "low",
    score: Math.min(1, round6((x.opportunityWeight[p] as number) / denom)),
    reasons,
  };
}
