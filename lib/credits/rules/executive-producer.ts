import { TEXT_TABLES } from "../columns/text-memo";
import { formatMoney, formatPercent } from "../format";
import type { PersonFunction } from "../team";
import type { Confidence, Reason, Suggestion } from "../types";
import { plural, raisedEpShare, raisedText, suggestion, type RuleContext } from "./context";

const VERB = { lead: "led", equal: "shared", supporting: "supported" } as const;

/** Per money-tracking opportunity function: "led securing financing: raised $250,000, 42% of the $600,000 budget". */
function moneyReasons(p: number, opportunity: readonly PersonFunction[], ctx: RuleContext): Reason[] {
  const { team, texts } = ctx;
  const { budget, currency } = team;
  const out: Reason[] = [];
  for (const f of opportunity) {
    if (!team.tracksAmount(f)) continue;
    const raised = team.raisedOn(f);
    const did = `${VERB[team.degreeOf(f)]} ${team.functionName(f)}`;
    if (raised <= 0) {
      // The same few texts for everyone (responsibility × degree): worded once per call.
      const key = team.functionKey(f);
      const text = texts.get(TEXT_TABLES.noAmount, key) ?? texts.set(TEXT_TABLES.noAmount, key, `${did} (no amount recorded)`);
      out.push({ text, entryIds: team.entryIds(p, [f]) });
    } else {
      const tail = budget ? `, ${formatPercent(raised / budget)} of the ${formatMoney(budget, currency)} budget` : "";
      out.push({ text: `${did}: raised ${formatMoney(raised, currency)}${tail}`, entryIds: team.entryIds(p, [f]) });
    }
  }
  return out;
}

/** "performed 3 opportunity functions: led fundraising and securing financing; shared bringing investors". */
function opportunityReason(p: number, opportunity: readonly PersonFunction[], ctx: RuleContext): Reason {
  return { text: `performed ${plural(opportunity.length, "opportunity function")}: ${ctx.team.functionsText(opportunity)}`, entryIds: ctx.team.entryIds(p, opportunity) };
}

/**
 * Executive Producer — the opportunity lane ("one builds the opportunity"), for someone who
 * is not already suggested Produced by and whose producing work is at least as much
 * opportunity as hands-on:
 * - raised at least epFinancingShare of the budget → high;
 * - else led or shared at least epMinOpportunityFunctions opportunity functions → medium with
 *   a budget, low without one.
 * A small investor (less money, fewer functions) gets nothing: thanked, not made an EP.
 * On a series, someone who only shared the opportunity work while another EP led it is a
 * Co-Executive Producer instead (`othersLeading`: people leading opportunity work who are not
 * suggested Produced by).
 */
export function suggestExecutiveProducer(p: number, ctx: RuleContext, suggestedProducedBy: boolean, othersLeading: () => number[]): Suggestion | null {
  const { team, t, texts } = ctx;
  if (suggestedProducedBy || team.opportunityWeight(p) < team.handsOnWeight(p)) return null;
  const byMoney = raisedEpShare(team, p, t);
  if (!byMoney && team.opportunityActive(p) < t.epMinOpportunityFunctions) return null;
  const { budget, currency } = team;
  const opportunity = team.opportunityFunctionsOf(p);
  const reasons = moneyReasons(p, opportunity, ctx);
  if (byMoney) {
    // Depends on the amount only (budget, currency and thresholds are the call's): worded once per amount.
    const raised = team.amountRaised(p);
    const text =
      texts.get(TEXT_TABLES.raisedInTotal, raised) ??
      texts.set(TEXT_TABLES.raisedInTotal, raised, `raised ${formatMoney(raised, currency)} in total, ${formatPercent(team.financingShare(p))} of the budget (at least ${formatPercent(t.epFinancingShare)} needed)`);
    reasons.push({ text, entryIds: team.entryIds(p, opportunity, true) });
    if (opportunity.length > 0) reasons.push(opportunityReason(p, opportunity, ctx));
    return suggestion(team, p, "executive-producer", "high", team.financingShare(p), reasons);
  }
  reasons.push(opportunityReason(p, opportunity, ctx));
  if (budget) {
    const raised = team.amountRaised(p);
    const text =
      texts.get(TEXT_TABLES.raisedBelow, raised) ??
      texts.set(TEXT_TABLES.raisedBelow, raised, `${raisedText(team, p)} — below the ${formatPercent(t.epFinancingShare)} that makes this certain`);
    reasons.push({ text, entryIds: [] });
  } else {
    reasons.push({ text: "no budget recorded: judged by opportunity functions only", entryIds: [] });
  }
  const confidence: Confidence = budget ? "medium" : "low";
  const score = team.opportunityWeight(p) / Math.max(1, team.coveredOpportunity);
  if (team.isSeries && !team.leadsOpportunity(p)) {
    const others = othersLeading().filter((q) => q !== p);
    if (others.length > 0) {
      reasons.push({ text: `on a series, ${team.namesOf(others)} ${others.length === 1 ? "leads" : "lead"} the opportunity work this person shares: Co-Executive Producer`, entryIds: [] });
      return suggestion(team, p, "co-executive-producer", confidence, score, reasons);
    }
  }
  return suggestion(team, p, "executive-producer", confidence, score, reasons);
}
