"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
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
import { formActionWithId } from "@/lib/actions/form";
import { withUser, type Outcome } from "@/lib/actions/outcome";
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

/** One-click accept or reject, without a reason. */
export async function quickDecisionAction(projectId: string, input: { action: "accept" | "reject"; personId: string; titleId: string; expected?: string }): Promise<Outcome> {
  const parsed = decisionSchema.safeParse({ ...input, reason: "" });
  if (!parsed.success || parsed.data.action === "override") return { ok: false, message: "Invalid request." };
  const decision = parsed.data;
  return withUser("credits", (userId) => {
    const credit = decideCredit(getDb(), { userId }, String(projectId), decision);
    changed(projectId);
    return { ok: true, message: `${DONE[decision.action]}: ${credit.title}.` };
  });
}

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

export async function removeManualCreditAction(projectId: string, creditId: string): Promise<Outcome> {
  const parsed = idSchema.safeParse(creditId);
  if (!parsed.success) return { ok: false, message: "Unknown credit." };
  return withUser("credits", (userId) => {
    const credit = removeManualCredit(getDb(), { userId }, String(projectId), parsed.data);
    changed(projectId);
    return { ok: true, message: `Removed "${credit.title}".` };
  });
}

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
export async function acceptAllHighConfidenceAction(projectId: string): Promise<Outcome<{ batchId: string; count: number }>> {
  return withUser("credits", (userId) => {
    const { batchId, accepted } = acceptAllHighConfidence(getDb(), { userId }, String(projectId));
    changed(projectId);
    if (!batchId) return { ok: false, message: "There is no undecided high-confidence suggestion to accept." };
    return { ok: true, message: `Accepted ${accepted.length} high-confidence ${accepted.length === 1 ? "suggestion" : "suggestions"}.`, data: { batchId, count: accepted.length } };
  });
}

/** Undoes one "accept all high-confidence". */
export async function undoAcceptAllAction(projectId: string, batchId: string): Promise<Outcome> {
  const parsed = idSchema.safeParse(batchId);
  if (!parsed.success) return { ok: false, message: "Nothing to undo." };
  return withUser("credits", (userId) => {
    const n = undoAcceptAll(getDb(), { userId }, String(projectId), parsed.data);
    changed(projectId);
    return { ok: true, message: `Undone: ${n} ${n === 1 ? "suggestion is" : "suggestions are"} undecided again.` };
  });
}

/** Dismisses a finding with the reason that is kept. */
export const dismissFindingAction = formActionWithId(
  dismissFindingSchema,
  (projectId, input, { user, db }) => {
    dismissFinding(db, { userId: user.id }, projectId, input);
    changed(projectId);
    return { message: "Dismissed. It comes back if its facts change." };
  },
);

export async function restoreFindingAction(projectId: string, findingId: string): Promise<Outcome> {
  const parsed = findingIdSchema.safeParse(findingId);
  if (!parsed.success) return { ok: false, message: "Unknown finding." };
  return withUser("credits", (userId) => {
    restoreFinding(getDb(), { userId }, String(projectId), parsed.data);
    changed(projectId);
    return { ok: true, message: "The finding shows again." };
  });
}

/** Marks a producing function "not needed here" (or needed again). */
export async function setFunctionNeededAction(projectId: string, input: { responsibilityId: string; needed: boolean; reason?: string }): Promise<Outcome> {
  const parsed = functionNeededSchema.safeParse({ ...input, reason: input.reason ?? "" });
  if (!parsed.success) return { ok: false, message: "Invalid request." };
  return withUser("credits", (userId) => {
    const { name } = setFunctionNeeded(getDb(), { userId }, String(projectId), parsed.data);
    changed(projectId);
    return { ok: true, message: parsed.data.needed ? `"${name}" is expected on this project again.` : `"${name}" is marked not needed on this project.` };
  });
}

/** The end-credit list's merge settings (project settings). */
export const updateMergeSettingsAction = formActionWithId(
  z.object({ mergeCreativeCredits: z.string().optional(), mergeProducedBy: z.string().optional() }),
  (projectId, input, { user, db }) => {
    updateMergeSettings(db, { userId: user.id }, projectId, { mergeCreativeCredits: input.mergeCreativeCredits === "on", mergeProducedBy: input.mergeProducedBy === "on" });
    changed(projectId);
    return { message: "Saved. Regenerate the end-credit list to apply it." };
  },
);
