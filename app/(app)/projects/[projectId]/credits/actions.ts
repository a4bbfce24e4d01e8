"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { addManualCredit, decideCredit, removeManualCredit, setCreditLocked, updateCreditThresholds } from "@/db/queries/credits";
import { formActionWithId } from "@/lib/actions/form";
import { withUser, type Outcome } from "@/lib/actions/outcome";
import { idSchema } from "@/lib/validation/common";
import { reasonSchema, thresholdsSchema, titleSchema } from "@/lib/validation/work";

function changed(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
}

const titleIdSchema = z.string().min(1).max(64).regex(/^[a-z-]+$/, { error: "Unknown title." });

const decisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), personId: idSchema, titleId: titleIdSchema, reason: reasonSchema }),
  z.object({ action: z.literal("reject"), personId: idSchema, titleId: titleIdSchema, reason: reasonSchema }),
  z.object({ action: z.literal("override"), personId: idSchema, titleId: titleIdSchema, title: titleSchema, reason: reasonSchema }),
]);

const DONE = { accept: "Accepted", reject: "Rejected", override: "Overridden" } as const;

/** Accept / reject / override a suggestion (a form: the reason and override title are typed). */
export const decideCreditAction = formActionWithId(decisionSchema, (projectId, input, { user, db }) => {
  const credit = decideCredit(db, { userId: user.id }, projectId, input);
  changed(projectId);
  return { message: input.action === "override" ? `Overridden: now "${credit.title}".` : `${DONE[input.action]}: ${credit.title}.` };
});

/** One-click accept or reject, without a reason. */
export async function quickDecisionAction(projectId: string, input: { action: "accept" | "reject"; personId: string; titleId: string }): Promise<Outcome> {
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
