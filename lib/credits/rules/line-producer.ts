import { formatPercent } from "../format";
import { STAGE_BIT, type PersonProfile } from "../profile";
import type { Suggestion } from "../types";
import { entryIdsOf, type RuleContext } from "./context";

/**
 * Line Producer — PGA: the one person responsible for logistics from pre-production to
 * completion. Invariants: the person LEADS >= lineProducerExecutionShare of the execution
 * functions the project covers, with lead execution work in both pre-production and
 * production; not suggested when the same person already earns Produced by (that credit
 * already names the job).
 */
export function suggestLineProducer(
  p: PersonProfile,
  ctx: RuleContext,
  producers: ReadonlySet<string>,
): Suggestion | null {
  const total = ctx.scope.coveredExecution;
  if (total === 0 || producers.has(p.personId)) return null;
  let ledStages = 0; // stages of the lead entries on the functions they lead
  for (const f of p.execution) if (f.degree === "lead") ledStages |= f.leadStages;
  const needed = STAGE_BIT["pre-production"] | STAGE_BIT.production;
  if ((ledStages & needed) !== needed) return null;
  const led = p.execution.filter((f) => f.degree === "lead");
  const share = led.length / total;
  if (share < ctx.t.lineProducerExecutionShare) return null;
  return {
    personId: p.personId,
    title: "line-producer",
    confidence: "medium",
    score: Math.min(1, share),
    reasons: [
      {
        text: `led ${led.length} of ${total} execution functions across pre-production and production (${formatPercent(share)}; at least ${formatPercent(ctx.t.lineProducerExecutionShare)} needed)`,
        entryIds: entryIdsOf(p, led),
      },
    ],
  };
}
