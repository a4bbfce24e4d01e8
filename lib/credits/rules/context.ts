import { formatMoney, formatPercent, round6 } from "../format";
import type { TextMemo } from "../columns/text-memo";
import type { PersonFunction, Team } from "../team";
import type { Thresholds } from "../thresholds";
import type { Confidence, Reason, Suggestion } from "../types";

/**
 * What every rule may look at: the team (everyone's work, behind named accessors), the
 * thresholds, and `texts` — reason texts worded once per call and shared by every suggestion
 * that says the same thing (see TextMemo).
 */
export type RuleContext = { team: Team; t: Thresholds; texts: TextMemo };

/** A suggestion as the reference words it: score rounded and clamped to 0–1, empty reasons dropped. */
export function suggestion(
  team: Team,
  p: number,
  title: string,
  confidence: Confidence,
  score: number,
  reasons: Reason[],
  alternativeTo: string | null = null,
): Suggestion {
  let kept = reasons;
  for (const r of reasons) {
    if (r.text === "") {
      kept = reasons.filter((x) => x.text !== "");
      break;
    }
  }
  return { personId: team.id(p), title, confidence, score: Math.min(1, Math.max(0, round6(score))), reasons: kept, alternativeTo };
}

/** "led hiring crew and scheduling; shared logistics", citing every entry behind it. */
export function functionsReason(team: Team, p: number, fs: readonly PersonFunction[]): Reason {
  return { text: team.functionsText(fs), entryIds: team.entryIds(p, fs) };
}

/** "1 function", "3 functions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "raised $9,000, 49% of the $18,500 budget" ("raised $9,000" without a budget). */
export function raisedText(team: Team, p: number): string {
  const { budget, currency } = team;
  const money = `raised ${formatMoney(team.amountRaised(p), currency)}`;
  return budget ? `${money}, ${formatPercent(team.financingShare(p))} of the ${formatMoney(budget, currency)} budget` : money;
}

/** Raised at least epFinancingShare of the budget. */
export function raisedEpShare(team: Team, p: number, t: Thresholds): boolean {
  return team.budget !== null && team.amountRaised(p) > 0 && team.financingShare(p) >= t.epFinancingShare;
}

/** Leads execution work in both pre-production and production, at least lineProducerMinFunctions functions. */
export function hasLineProducerShape(team: Team, p: number, t: Thresholds): boolean {
  return team.leadsExecutionInPrepAndShoot(p) && team.ledExecutionCount(p) >= t.lineProducerMinFunctions;
}
