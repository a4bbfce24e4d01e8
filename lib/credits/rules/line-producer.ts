import { formatPercent } from "../format";
import { EXECUTION_LANE, STAGE_BIT } from "../profile";
import type { Suggestion } from "../types";
import { entryIdsOf, functionSlots, type RuleContext } from "./context";

/**
 * Line Producer — PGA: the one person responsible for logistics from pre-production to
 * completion. Invariants: the person LEADS >= lineProducerExecutionShare of the execution
 * functions the project covers, with lead execution work in both pre-production and
 * production; not suggested when the same person already earns Produced by (that credit
 * already names the job).
 */
export function suggestLineProducer(p: number, ctx: RuleContext, producers: ReadonlySet<string>): Suggestion | null {
  const { profiles: x } = ctx;
  const total = ctx.scope.coveredExecution;
  const personId = (x.people[p] as { id: string }).id;
  if (total === 0 || producers.has(personId)) return null;
  let ledStages = 0; // stages of the lead entries on the execution functions they lead
  let ledCount = 0;
  for (let j = x.fnStart[p] as number; j < (x.fnStart[p + 1] as number); j++) {
    if (x.lane[x.fnRank[j] as number] !== EXECUTION_LANE || x.fnDegree[j] !== 0) continue;
    ledStages |= x.fnLeadStages[j] as number;
    ledCount += 1;
  }
  const needed = STAGE_BIT["pre-production"] | STAGE_BIT.production;
  if ((ledStages & needed) !== needed) return null;
  const share = ledCount / total;
  if (share < ctx.t.lineProducerExecutionShare) return null;
  return {
    personId,
    title: "line-producer",
    confidence: "medium",
    score: Math.min(1, share),
    reasons: [
      {
        text: `led ${ledCount} of ${total} execution functions across pre-production and production (${formatPercent(share)}; at least ${formatPercent(ctx.t.lineProducerExecutionShare)} needed)`,
        entryIds: entryIdsOf(x, p, functionSlots(x, p, EXECUTION_LANE, true)),
      },
    ],
  };
}
