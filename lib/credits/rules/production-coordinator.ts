import type { PersonProfile } from "../profile";
import type { Suggestion } from "../types";
import { functionsReason, type RuleContext } from "./context";

/** The coordinator's functions: logistics and making departments communicate. */
export const COORDINATOR_FUNCTIONS: ReadonlySet<string> = new Set(["logistics", "department-coordination"]);

/** True when every producing function the person logged is coordinator work, none led. */
export function isCoordinatorWork(p: PersonProfile): boolean {
  return (
    p.functions.length > 0 &&
    p.functions.every((f) => COORDINATOR_FUNCTIONS.has(f.responsibility.id) && f.degree !== "lead")
  );
}

/**
 * Production Coordinator. Invariant: the person's producing work is only logistics and/or
 * department-coordination at equal or supporting degree (leading them is producer or line
 * producer work), and no other producing title is suggested for them. Both functions →
 * medium confidence, one → low.
 */
export function suggestProductionCoordinator(
  p: PersonProfile,
  _ctx: RuleContext,
  hasProducingTitle: boolean,
): Suggestion | null {
  if (hasProducingTitle || !isCoordinatorWork(p)) return null;
  return {
    personId: p.personId,
    title: "production-coordinator",
    confidence: p.functions.length >= 2 ? "medium" : "low",
    score: p.functions.length >= 2 ? 0.75 : 0.5,
    reasons: [functionsReason(p, p.functions)],
  };
}
