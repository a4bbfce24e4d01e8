import { functionCount, type Profiles } from "../profile";
import type { Suggestion } from "../types";
import { functionSlots, functionsReason, type RuleContext } from "./context";

/** The coordinator's functions: logistics and making departments communicate. */
export const COORDINATOR_FUNCTIONS: ReadonlySet<string> = new Set(["logistics", "department-coordination"]);

/** True when every producing function person p logged is coordinator work, none led. */
export function isCoordinatorWork(x: Profiles, p: number): boolean {
  const first = x.fnStart[p] as number;
  const end = x.fnStart[p + 1] as number;
  if (end === first) return false;
  for (let j = first; j < end; j++) {
    if (x.fnDegree[j] === 0 || !COORDINATOR_FUNCTIONS.has((x.resps[x.fnRank[j] as number] as { id: string }).id)) return false;
  }
  return true;
}

/**
 * Production Coordinator. Invariant: the person's producing work is only logistics and/or
 * department-coordination at equal or supporting degree (leading them is producer or line
 * producer work), and no other producing title is suggested for them. Both functions →
 * medium confidence, one → low.
 */
export function suggestProductionCoordinator(p: number, ctx: RuleContext, hasProducingTitle: boolean): Suggestion | null {
  const { profiles: x } = ctx;
  if (hasProducingTitle || !isCoordinatorWork(x, p)) return null;
  const two = functionCount(x, p) >= 2;
  return {
    personId: (x.people[p] as { id: string }).id,
    title: "production-coordinator",
    confidence: two ? "medium" : "low",
    score: two ? 0.75 : 0.5,
    reasons: [functionsReason(x, p, functionSlots(x, p))],
  };
}
