import type { Team } from "../team";
import type { Suggestion } from "../types";
import { functionsReason, suggestion, type RuleContext } from "./context";

/** The coordinator's functions: logistics and making departments communicate. */
export const COORDINATOR_FUNCTIONS: ReadonlySet<string> = new Set(["logistics", "department-coordination"]);

/** Producing work that is only coordinator work, none of it led. (A person's functions are distinct responsibilities: at most two.) */
export function isCoordinatorOnly(team: Team, p: number): boolean {
  const count = team.functionCount(p);
  return count > 0 && count <= COORDINATOR_FUNCTIONS.size && team.everyFunction(p, (f) => !team.isLead(f) && COORDINATOR_FUNCTIONS.has(team.responsibilityId(f)));
}

/** Production Coordinator: producing work that is only logistics and/or department coordination, shared or supporting, and no other producing title. */
export function suggestProductionCoordinator(p: number, ctx: RuleContext, hasProducingTitle: boolean): Suggestion | null {
  const { team } = ctx;
  if (hasProducingTitle || !isCoordinatorOnly(team, p)) return null;
  const two = team.functionCount(p) >= 2;
  return suggestion(team, p, "production-coordinator", two ? "medium" : "low", two ? 0.75 : 0.5, [functionsReason(team, p, team.functionsOf(p))]);
}
