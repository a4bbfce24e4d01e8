import type { FunctionWork, PersonProfile } from "../profile";
import type { Suggestion } from "../types";
import { functionsReason, type RuleContext } from "./context";

/** PGA's UPM: builds the working budget, schedules, hires the remaining crew… */
export const UPM_CORE = ["budgeting", "scheduling", "hiring-crew"] as const;
/** …and produces daily reports or negotiates below-the-line deals (either one). */
export const UPM_EITHER = ["daily-reports", "below-the-line-deals"] as const;

/** The person's function on responsibility `id` (functions have distinct responsibility ids). */
function functionById(p: PersonProfile, id: string): FunctionWork | undefined {
  for (let j = 0; j < p.functions.length; j++) {
    const f = p.functions[j] as FunctionWork;
    if (f.responsibility.id === id) return f;
  }
  return undefined;
}

/**
 * Unit Production Manager. Invariant: the person logged ALL of budgeting, scheduling and
 * hiring-crew plus at least one of daily-reports / below-the-line-deals, at any degree.
 * High confidence when they lead every one of those they logged, else medium. Independent of
 * other titles (an indie producer may also be the UPM).
 */
export function suggestUnitProductionManager(p: PersonProfile, _ctx: RuleContext): Suggestion | null {
  if (p.functions.length < UPM_CORE.length + 1) return null; // cheap exit: the rule needs four functions at least
  // The functions in UPM_CORE then UPM_EITHER order; bail out at the first core one missing
  // (a scan of the person's few functions: no map per person, and most people fail early).
  const used: FunctionWork[] = [];
  for (const id of UPM_CORE) {
    const f = functionById(p, id);
    if (f === undefined) return null;
    used.push(f);
  }
  for (const id of UPM_EITHER) {
    const f = functionById(p, id);
    if (f !== undefined) used.push(f);
  }
  if (used.length === UPM_CORE.length) return null;
  const allLead = used.every((f) => f.degree === "lead");
  return {
    personId: p.personId,
    title: "unit-production-manager",
    confidence: allLead ? "high" : "medium",
    score: allLead ? 1 : 0.75,
    reasons: [functionsReason(p, used)],
  };
}
