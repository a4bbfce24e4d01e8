import { functionCount, type Profiles } from "../profile";
import type { Suggestion } from "../types";
import { functionsReason, type RuleContext } from "./context";

/** PGA's UPM: builds the working budget, schedules, hires the remaining crew… */
export const UPM_CORE = ["budgeting", "scheduling", "hiring-crew"] as const;
/** …and produces daily reports or negotiates below-the-line deals (either one). */
export const UPM_EITHER = ["daily-reports", "below-the-line-deals"] as const;

/** Person p's function slot on responsibility `id`, or -1 (functions have distinct responsibility ids). */
function functionById(x: Profiles, p: number, id: string): number {
  for (let j = x.fnStart[p] as number; j < (x.fnStart[p + 1] as number); j++) {
    if ((x.resps[x.fnRank[j] as number] as { id: string }).id === id) return j;
  }
  return -1;
}

/**
 * Unit Production Manager. Invariant: the person logged ALL of budgeting, scheduling and
 * hiring-crew plus at least one of daily-reports / below-the-line-deals, at any degree.
 * High confidence when they lead every one of those they logged, else medium. Independent of
 * other titles (an indie producer may also be the UPM).
 */
export function suggestUnitProductionManager(p: number, ctx: RuleContext): Suggestion | null {
  const { profiles: x } = ctx;
  if (functionCount(x, p) < UPM_CORE.length + 1) return null; // cheap exit: the rule needs four functions at least
  // The functions in UPM_CORE then UPM_EITHER order; bail out at the first core one missing
  // (a scan of the person's few functions: no map per person, and most people fail early).
  const used: number[] = [];
  for (const id of UPM_CORE) {
    const f = functionById(x, p, id);
    if (f === -1) return null;
    used.push(f);
  }
  for (const id of UPM_EITHER) {
    const f = functionById(x, p, id);
    if (f !== -1) used.push(f);
  }
  if (used.length === UPM_CORE.length) return null;
  const allLead = used.every((f) => x.fnDegree[f] === 0);
  return {
    personId: (x.people[p] as { id: string }).id,
    title: "unit-production-manager",
    confidence: allLead ? "high" : "medium",
    score: allLead ? 1 : 0.75,
    reasons: [functionsReason(x, p, used)],
  };
}
