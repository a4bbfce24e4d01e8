import { formatPercent } from "../format";
import type { Suggestion } from "../types";
import { functionsReason, suggestion, type RuleContext } from "./context";

/**
 * Co-Producer — shares producer functions as part of a team, below the producer: at least
 * coProducerShare of the producing functions (degree-weighted), at least as much hands-on as
 * opportunity work, someone else holds or is suggested Produced by, and no Produced by or Line
 * Producer suggestion of their own (a Line Producer below the producer is that, not both).
 */
export function suggestCoProducer(p: number, ctx: RuleContext, producers: ReadonlySet<string>, hasProducerTitle: boolean): Suggestion | null {
  const { team, t } = ctx;
  if (hasProducerTitle || team.share(p) < t.coProducerShare || team.handsOnWeight(p) < team.opportunityWeight(p)) return null;
  if (producers.size === 0 || (producers.size === 1 && producers.has(team.id(p)))) return null;
  const functions = team.functionsOf(p);
  const reason = functionsReason(team, p, functions);
  return suggestion(team, p, "co-producer", "medium", team.share(p), [
    {
      text: `performed ${functions.length} of ${team.coveredCount} producing functions (${formatPercent(team.share(p))} weighted by degree, from ${formatPercent(t.coProducerShare)} for Co-Producer) alongside a producer`,
      entryIds: reason.entryIds.slice(),
    },
    reason,
  ]);
}
