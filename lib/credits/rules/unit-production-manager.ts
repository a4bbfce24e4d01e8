import type { PersonProfile } from "../profile";
import type { Suggestion } from "../types";
import { functionsReason, type RuleContext } from "./context";

/** PGA's UPM: builds the working budget, schedules, hires the remaining crew… */
export const UPM_CORE = ["budgeting", "scheduling", "hiring-crew"] as const;
/** …and produces daily reports or negotiates below-the-line deals (either one). */
export const UPM_EITHER = ["daily-reports", "below-the-line-deals"] as const;

/**
 * Unit Production Manager. Invariant: the person logged ALL of budgeting, scheduling and
 * hiring-crew plus at least one of daily-reports / below-the-line-deals, at any degree.
 * High confidence when they lead every one of those they logged, else medium. Independent of
 * other titles (an indie producer may also be the UPM).
 */
export function suggestUnitProductionManager(p: PersonProfile, _ctx: RuleContext): Suggestion | null {
  if (p.functions.length < UPM_CORE.length + 1) return null; // cheap exit: the rule needs four functions at least
  const byId = new Map(p.functions.map((f) => [f.responsibility.id, f]));
  if (!UPM_CORE.every((id) => byId.has(id)) || !UPM_EITHER.some((id) => byId.has(id))) return null;
  const used = [...UPM_CORE, ...UPM_EITHER].flatMap((id) => {
    const f = byId.get(id);
    return f ? [f] : [];
  });
  const allLead = used.every((f) => f.degree === "lead");
  return {
    personId: p.personId,
    title: "unit-production-manager",
    confidence: allLead ? "high" : "medium",
    score: allLead ? 1 : 0.75,
    reasons: [functionsReason(p, used)],
  };
}
