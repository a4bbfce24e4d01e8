"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  acceptAllHighConfidence,
  addManualCredit,
  decideCredit,
  dismissFinding,
  removeManualCredit,
  restoreFinding,
  setCreditLocked,
  setFunctionNeeded,
  undoAcceptAll,
  updateCreditThresholds,
  updateMergeSettings,
} from "@/db/queries/credits";
import { formActionWithId } from "@/server/actions/form";
import { actionWithId, type Outcome } from "@/server/actions/outcome";
import { idSchema } from "@/lib/validation/common";
import { decisionSchema, dismissFindingSchema, findingIdSchema, functionNeededSchema } from "@/lib/validation/credits";
import { reasonSchema, thresholdsSchema, titleSchema } from "@/lib/validation/work";

function changed(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
}

const DONE = { accept: "Accepted", reject: "Rejected", override: "Overridden" } as const;

/** Accept / reject / override a suggestion (a form: the reason and override title are typed). */
export const decideCreditAction = formActionWithId(decisionSchema, (projectId, input, { user, db }) => {
  const credit = decideCredit(db, { userId: user.id }, projectId, input);
  changed(projectId);
  return { message: input.action === "override" ? `Overridden: now "${credit.title}".` : `${DONE[input.action]}: ${credit.title}.` };
});

/** One-click accept or reject, without a reason (an override needs the form). */
export const quickDecisionAction = actionWithId(
  z.tuple([decisionSchema.refine((d) => d.action !== "override")]),
  (projectId, [decision], { user, db }) => {
    const credit = decideCredit(db, { userId: user.id }, projectId, decision);
    changed(projectId);
    return { ok: true, message: `${DONE[decision.action]}: ${credit.title}.` };
  },
  { label: "credits", invalid: "Invalid request." },
);

export const addManualCreditAction = formActionWithId(
  z.object({ personId: idSchema.or(z.literal("")).refine((s) => s !== "", { error: "Choose a person." }), title: titleSchema, reason: reasonSchema, locked: z.string().optional() }),
  (projectId, input, { user, db }) => {
    const credit = addManualCredit(db, { userId: user.id }, projectId, { ...input, locked: input.locked === "on" || input.locked === "1" });
    changed(projectId);
    return { message: `Added "${credit.title}"${credit.locked ? " and locked it as contractual" : ""}.` };
  },
);

export const lockCreditAction = formActionWithId(
  z.object({ creditId: idSchema, locked: z.enum(["1", "0"]), reason: reasonSchema }),
  (projectId, input, { user, db }) => {
    const credit = setCreditLocked(db, { userId: user.id }, projectId, input.creditId, input.locked === "1", input.reason);
    changed(projectId);
    return { message: credit.locked ? `Locked "${credit.title}" as contractual.` : `Unlocked "${credit.title}".` };
  },
);

export const removeManualCreditAction = actionWithId(
  z.tuple([idSchema]),
  (projectId, [creditId], { user, db }) => {
    const credit = removeManualCredit(db, { userId: user.id }, projectId, creditId);
    changed(projectId);
    return { ok: true, message: `Removed "${credit.title}".` };
  },
  { label: "credits", invalid: "Unknown credit." },
);

export const updateThresholdsAction = formActionWithId(thresholdsSchema, (projectId, input, { user, db }) => {
  updateCreditThresholds(db, { userId: user.id }, projectId, input);
  changed(projectId);
  return { message: "Thresholds saved. Suggestions use them from now on." };
});

export const restoreThresholdsAction = formActionWithId(z.object({}), (projectId, _input, { user, db }) => {
  updateCreditThresholds(db, { userId: user.id }, projectId, null);
  changed(projectId);
  return { message: "Thresholds restored to the defaults." };
});

/** Accepts every undecided high-confidence suggestion at once; the answer carries the batch to undo. */
export const acceptAllHighConfidenceAction = actionWithId(
  z.tuple([]),
  (projectId, _input, { user, db }): Outcome<{ batchId: string; count: number }> => {
    const { batchId, accepted } = acceptAllHighConfidence(db, { userId: user.id }, projectId);
    changed(projectId);
    if (!batchId) return { ok: false, message: "There is no undecided high-confidence suggestion to accept." };
    return { ok: true, message: `Accepted ${accepted.length} high-confidence ${accepted.length === 1 ? "suggestion" : "suggestions"}.`, data: { batchId, count: accepted.length } };
  },
  { label: "credits" },
);

/** Undoes one "accept all high-confidence". */
export const undoAcceptAllAction = actionWithId(
  z.tuple([idSchema]),
  (projectId, [batchId], { user, db }) => {
    const n = undoAcceptAll(db, { userId: user.id }, projectId, batchId);
    changed(projectId);
    return { ok: true, message: `Undone: ${n} ${n === 1 ? "suggestion is" : "suggestions are"} undecided again.` };
  },
  { label: "credits", invalid: "Nothing to undo." },
);

/** Dismisses a finding with the reason that is kept. */
export const dismissFindingAction = formActionWithId(
  dismissFindingSchema,
  (projectId, input, { user, db }) => {
    dismissFinding(db, { userId: user.id }, projectId, input);
    changed(projectId);
    return { message: "Dismissed. It comes back if its facts change." };
  },
);

export const restoreFindingAction = actionWithId(
  z.tuple([findingIdSchema]),
  (projectId, [findingId], { user, db }) => {
    restoreFinding(db, { userId: user.id }, projectId, findingId);
    changed(projectId);
    return { ok: true, message: "The finding shows again." };
  },
  { label: "credits", invalid: "Unknown finding." },
);

/** Marks a producing function "not needed here" (or needed again). */
export const setFunctionNeededAction = actionWithId(
  z.tuple([functionNeededSchema]),
  (projectId, [input], { user, db }) => {
    const { name } = setFunctionNeeded(db, { userId: user.id }, projectId, input);
    changed(projectId);
    return { ok: true, message: input.needed ? `"${name}" is expected on this project again.` : `"${name}" is marked not needed on this project.` };
  },
  { label: "credits", invalid: "Invalid request." },
);

/** The end-credit list's merge settings (project settings). */
export const updateMergeSettingsAction = formActionWithId(
  z.object({ mergeCreativeCredits: z.string().optional(), mergeProducedBy: z.string().optional() }),
  (projectId, input, { user, db }) => {
    updateMergeSettings(db, { userId: user.id }, projectId, { mergeCreativeCredits: input.mergeCreativeCredits === "on", mergeProducedBy: input.mergeProducedBy === "on" });
    changed(projectId);
    return { message: "Saved. Regenerate the end-credit list to apply it." };
  },
);
