import { formatMoney, formatPercent, inSentence, round6 } from "../format";
import type { PersonProfile } from "../profile";
import type { Reason, Suggestion } from "../types";
import { degreeVerb, entryIdsOf, functionsText, type RuleContext } from "./context";

/** Reasons citing each money-tracking function: "led securing financing: raised $250,000, 42% of the $600,000 budget". */
function moneyReasons(p: PersonProfile, ctx: RuleContext): Reason[] {
  const { budget, currency } = ctx.input;
  return p.opportunity
    .filter((f) => f.responsibility.tracksAmount)
    .map((f) => {
      const raised = round6(f.amountRaised);
      const head = `${degreeVerb(f.degree)} ${inSentence(f.responsibility.name)}`;
      if (raised <= 0) return { text: `${head} (no amount recorded)`, entryIds: entryIdsOf(p, [f]) };
      const money = `raised ${formatMoney(raised, currency)}`;
      const tail = budget ? `, ${formatPercent(raised / budget)} of the ${formatMoney(budget, currency)} budget` : "";
      return { text: `${head}: ${money}${tail}`, entryIds: entryIdsOf(p, [f]) };
    });
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
export function suggestExecutiveProducer(p: PersonProfile, ctx: RuleContext): Suggestion | null {
  const { t } = ctx;
  const { budget, currency } = ctx.input;
  const financingShare = budget ? round6(p.amountRaised / budget) : 0;
  const byMoney = budget !== null && p.amountRaised > 0 && financingShare >= t.epFinancingShare;
  // Decide first, word the reasons after: most people are not EPs, and reasons cost.
  if (!byMoney) {
    let ownOpportunity = 0;
    for (const f of p.opportunity) if (f.degree !== "supporting") ownOpportunity += 1;
    if (ownOpportunity < t.epMinOpportunityFunctions || p.opportunityWeight < p.executionWeight) return null;
  }
  const allIds = entryIdsOf(p, p.opportunity);
  const reasons = moneyReasons(p, ctx);
  const opportunityText = `performed ${p.opportunity.length} opportunity function${p.opportunity.length === 1 ? "" : "s"}: ${functionsText(p.opportunity)}`;
  if (byMoney) {
    reasons.push({
      text: `raised ${formatMoney(p.amountRaised, currency)} in total, ${formatPercent(financingShare)} of the budget (at least ${formatPercent(t.epFinancingShare)} needed)`,
      entryIds: entryIdsOf(p, p.opportunity, true),
    });
    if (p.opportunity.length > 0) reasons.push({ text: opportunityText, entryIds: allIds });
    return { personId: p.personId, title: "executive-producer", confidence: "high", score: Math.min(1, financingShare), reasons };
  }
  reasons.push({ text: opportunityText, entryIds: allIds });
  if (budget) {
    reasons.push({
      text: `raised ${formatMoney(p.amountRaised, currency)}, ${formatPercent(financingShare)} of the budget — below the ${formatPercent(t.epFinancingShare)} that makes this certain`,
      entryIds: [],
    });
  } else {
    reasons.push({ text: "no budget recorded: judged by opportunity functions only", entryIds: [] });
  }
  const denom = Math.max(1, ctx.scope.coveredOpportunity);
  return {
    personId: p.personId,
    title: "executive-producer",
    confidence: budget ? "medium" : "low",
    score: Math.min(1, round6(p.opportunityWeight / denom)),
    reasons,
  };
}
