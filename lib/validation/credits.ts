import { z } from "zod";
import { idSchema, requiredText } from "./common";
import { reasonSchema, titleSchema } from "./work";

/** An engine title id ("produced-by"). */
export const titleIdSchema = z.string().min(1).max(64).regex(/^[a-z-]+$/, { error: "Unknown title." });

/** The decision a form or client was looking at: "none" before any decision, else the decision's time (db/queries/credits decisionToken). */
export const expectedSchema = z.string().max(32).regex(/^(none|\d{1,16})$/, { error: "Unknown state." }).optional();

/** A decision on a suggestion, a roster claim or a withdrawn decision: the credits page's form and the API share it. */
export const decisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), personId: idSchema, titleId: titleIdSchema, reason: reasonSchema, expected: expectedSchema }),
  z.object({ action: z.literal("reject"), personId: idSchema, titleId: titleIdSchema, reason: reasonSchema, expected: expectedSchema }),
  z.object({ action: z.literal("override"), personId: idSchema, titleId: titleIdSchema, title: titleSchema, reason: reasonSchema, expected: expectedSchema }),
]);

/** A finding's id (engine ids embed person ids and titles). */
export const findingIdSchema = z.string().min(1).max(400);

export const dismissFindingSchema = z.object({
  findingId: findingIdSchema,
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/, { error: "Unknown finding state." }),
  reason: requiredText("Reason", 500),
});

export const functionNeededSchema = z.object({ responsibilityId: z.string().min(1).max(140), needed: z.boolean(), reason: reasonSchema });
