import type { PersonFunction } from "../team";
import type { Suggestion } from "../types";
import { functionsReason, suggestion, type RuleContext } from "./context";

/** PGA's UPM: builds the working budget, schedules, hires the remaining crew… */
export const UPM_CORE = ["budgeting", "scheduling", "hiring-crew"] as const;
/** …and produces daily reports or negotiates below-the-line deals (either one). */
export const UPM_EITHER = ["daily-reports", "below-the-line-deals"] as const;

/**
 * Unit Production Manager: budgeting, scheduling and hiring crew, plus daily reports or
 * below-the-line deals, at any degree; on a crew of at least upmMinCrew people (on a smaller
 * crew the producer's title covers the job), and not for someone suggested Produced by.
 * High confidence when they led every one of those functions they logged.
 */
export function suggestUnitProductionManager(p: number, ctx: RuleContext, suggestedProducedBy: boolean): Suggestion | null {
  const { team, t } = ctx;
  if (suggestedProducedBy || team.crewSize < t.upmMinCrew || team.functionCount(p) <= UPM_CORE.length) return null;
  // In UPM_CORE then UPM_EITHER order; out at the first core function missing.
  const used: PersonFunction[] = [];
  for (const id of UPM_CORE) {
    const f = team.functionOn(p, id);
    if (f === -1) return null;
    used.push(f);
  }
  for (const id of UPM_EITHER) {
    const f = team.functionOn(p, id);
    if (f !== -1) used.push(f);
  }
  if (used.length === UPM_CORE.length) return null;
  const allLead = used.every((f) => team.isLead(f));
  return suggestion(team, p, "unit-production-manager", allLead ? "high" : "medium", allLead ? 1 : 0.75, [
    functionsReason(team, p, used),
    { text: `a crew of ${team.crewSize} people (a separate UPM from ${t.upmMinCrew})`, entryIds: [] },
  ]);
}
