import { formatPercent, joinList, STAGE_NAMES } from "../format";
import type { Team } from "../team";
import type { Thresholds } from "../thresholds";
import type { Confidence, Reason, Suggestion } from "../types";
import { functionsReason, hasLineProducerShape, raisedEpShare, raisedText, suggestion, type RuleContext } from "./context";

/** How the producer family reads a person's hands-on work: the title first suggested, and its alternative if the log could go two ways. */
export type ProducerReading =
  | { kind: "none" }
  | { kind: "produced-by"; confidence: Confidence }
  | { kind: "line-producer"; why: "thin-log" | "stronger-producer" }
  | { kind: "produced-by-thin" };

// Readings are shared constants: reading 5,000 people allocates nothing.
const NONE: ProducerReading = { kind: "none" };
const PRODUCED_BY_HIGH: ProducerReading = { kind: "produced-by", confidence: "high" };
const PRODUCED_BY_MEDIUM: ProducerReading = { kind: "produced-by", confidence: "medium" };
const PRODUCED_BY_THIN: ProducerReading = { kind: "produced-by-thin" };
const LINE_PRODUCER_THIN_LOG: ProducerReading = { kind: "line-producer", why: "thin-log" };
const LINE_PRODUCER_BELOW_PRODUCER: ProducerReading = { kind: "line-producer", why: "stronger-producer" };

/** A reading that suggests Produced by in its own right (not as an alternative). */
export function readsProducedBy(r: ProducerReading): boolean {
  return r.kind === "produced-by" || r.kind === "produced-by-thin";
}

/**
 * Raised at least epFinancingShare of the budget and does hands-on producing work, no less
 * of it than opportunity work: a financier who also makes the film is one of its producers.
 */
function financingMaker(team: Team, p: number, t: Thresholds): boolean {
  return raisedEpShare(team, p, t) && team.handsOnActive(p) > 0 && team.handsOnWeight(p) >= team.opportunityWeight(p);
}

/**
 * Produced by, relative to the team (DOMAIN.md §6; the reference engine's producerReading):
 * - a person who leads or shares hands-on producing work and carries at least producerShare
 *   of it (stage by stage), or who is a financing maker, is a producer;
 * - unless all their hands-on work is physical production and either nobody logged anything
 *   beyond physical production (Line Producer first, Produced by the alternative), or someone
 *   else with hands-on work beyond it carries more of the producing (likewise) — both only
 *   with the Line Producer's shape; without it they stay producers, at low confidence on a
 *   thin log;
 * - high confidence with producerMajority of the hands-on work on a log that reaches beyond
 *   physical production, medium otherwise.
 */
export function producerReading(p: number, ctx: RuleContext): ProducerReading {
  const { team, t } = ctx;
  if (team.handsOnActive(p) === 0) return NONE;
  if (team.producerShare(p) < t.producerShare && !financingMaker(team, p, t)) return NONE;
  if (team.isPhysicalOnly(p)) {
    if (!team.beyondPhysical) return hasLineProducerShape(team, p, t) ? LINE_PRODUCER_THIN_LOG : PRODUCED_BY_THIN;
    if (team.hasStrongerProducerThan(p) && hasLineProducerShape(team, p, t)) return LINE_PRODUCER_BELOW_PRODUCER;
  }
  return team.producerShare(p) >= t.producerMajority && team.beyondPhysical ? PRODUCED_BY_HIGH : PRODUCED_BY_MEDIUM;
}

const MISSING_STAGES = "no development, post-production or distribution work is logged for anyone";

function producedByReasons(p: number, ctx: RuleContext): Reason[] {
  const { team, t } = ctx;
  const functions = team.functionsOf(p);
  const reasons: Reason[] = [];
  if (team.producerShare(p) >= t.producerShare) {
    reasons.push({
      text: `carries ${formatPercent(team.producerShare(p))} of the project's hands-on producing work, stage by stage (${formatPercent(t.producerShare)} earns Produced by, ${formatPercent(t.producerMajority)} makes it certain)`,
      entryIds: team.entryIds(p, functions.filter((f) => !team.isOpportunity(f))),
    });
  } else {
    reasons.push({
      text: `${raisedText(team, p)}, and does hands-on producing work: a financier who also makes the film is one of its producers`,
      entryIds: team.entryIds(p, functions),
    });
  }
  reasons.push(functionsReason(team, p, functions));
  reasons.push({ text: `worked across ${joinList(team.stages(p).map((s) => STAGE_NAMES[s]))}`, entryIds: [] });
  if (team.isPhysicalOnly(p) && team.beyondPhysical) {
    const others = team.othersBeyondPhysical(p);
    reasons.push({ text: `${team.namesOf(others)} ${others.length === 1 ? "carries" : "carry"} the work before and after the shoot, so this is the producer's job rather than line producing`, entryIds: [] });
  }
  if (team.producerShare(p) >= t.producerShare && raisedEpShare(team, p, t)) {
    reasons.push({ text: `also ${raisedText(team, p)}: a producer's financing is part of producing, so Executive Producer is not suggested as well`, entryIds: team.entryIds(p, functions, true) });
  }
  return reasons;
}

/** "led 3 of 5 execution functions across pre-production and production (60%): budgeting, logistics and scheduling". */
export function lineProducerReason(p: number, ctx: RuleContext): Reason {
  const { team } = ctx;
  const led = team.ledExecutionOf(p);
  const total = team.coveredExecution;
  return {
    text: `led ${led.length} of ${total} execution functions across pre-production and production (${formatPercent(total ? led.length / total : 0)}): ${joinList(led.map((f) => team.functionName(f)))}`,
    entryIds: team.entryIds(p, led),
  };
}

/** The Produced by / Line Producer suggestions of one person's reading (at most one of each). */
export function producerSuggestions(p: number, reading: ProducerReading, ctx: RuleContext): Suggestion[] {
  const { team, t } = ctx;
  if (reading.kind === "none") return [];
  if (reading.kind === "produced-by") return [suggestion(team, p, "produced-by", reading.confidence, team.producerShare(p), producedByReasons(p, ctx))];
  if (reading.kind === "produced-by-thin") {
    return [
      suggestion(team, p, "produced-by", "low", team.producerShare(p), [
        ...producedByReasons(p, ctx),
        { text: `${MISSING_STAGES}: the log is too thin to be sure`, entryIds: [] },
      ]),
    ];
  }
  const share = team.coveredExecution ? team.ledExecutionCount(p) / team.coveredExecution : 0;
  const lp: Reason[] = [lineProducerReason(p, ctx)];
  const alt: Reason[] = [];
  const name = team.name(p);
  if (reading.why === "thin-log") {
    lp.push({ text: `only pre-production and production work is logged on this project: ${MISSING_STAGES}`, entryIds: [] });
    alt.push({ text: `${MISSING_STAGES}: log it if ${name} did it, and Produced by becomes the suggestion`, entryIds: [] });
  } else {
    const stronger = team.strongerProducersThan(p);
    const who = team.namesOf(stronger);
    const verb = stronger.length === 1 ? "carries" : "carry";
    lp.push({ text: `${who} ${verb} more of the producing, beyond the shoot (${stronger.map((q) => formatPercent(team.producerShare(q))).join(", ")} to ${formatPercent(team.producerShare(p))})`, entryIds: [] });
    alt.push({ text: `what tips the balance: ${who} ${verb} more of the producing across the stages; if ${name} also made development or post-production decisions, log them and Produced by becomes the suggestion`, entryIds: [] });
  }
  const confidence: Confidence = reading.why === "stronger-producer" && share >= t.lineProducerExecutionShare ? "high" : "medium";
  return [
    suggestion(team, p, "line-producer", confidence, share, lp),
    suggestion(team, p, "produced-by", "low", team.producerShare(p), [functionsReason(team, p, team.functionsOf(p)), ...alt], "line-producer"),
  ];
}
