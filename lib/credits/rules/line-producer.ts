import type { Suggestion } from "../types";
import { suggestion, type RuleContext } from "./context";
import { lineProducerReason } from "./produced-by";

/**
 * Line Producer for someone the producer reading left out (`isCandidate`: no producer reading,
 * and the Line Producer's shape): the biggest hands-on production lead below the producers —
 * as many execution functions led as the most any candidate leads (`mostLed`). High confidence
 * when they lead lineProducerExecutionShare of the project's execution functions.
 */
export function suggestLineProducer(p: number, ctx: RuleContext, isCandidate: boolean, mostLed: number): Suggestion | null {
  const { team, t } = ctx;
  if (!isCandidate || team.ledExecutionCount(p) < mostLed) return null;
  const share = team.coveredExecution ? team.ledExecutionCount(p) / team.coveredExecution : 0;
  return suggestion(team, p, "line-producer", share >= t.lineProducerExecutionShare ? "high" : "medium", share, [lineProducerReason(p, ctx)]);
}
