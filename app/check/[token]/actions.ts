"use server";

import { getDb } from "@/db";
import { respondToNameCheck } from "@/db/queries/name-checks";
import type { FormState } from "@/server/actions/form";
import { isDomainError } from "@/lib/errors";
import { fieldErrorsOf, INVALID_FIELDS_MESSAGE } from "@/lib/validation/common";
import { nameCheckResponseSchema } from "@/lib/validation/name-check";

/** The one action anyone may call without an account: the link's token is the permission. */
export async function respondAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = { proposedName: String(formData.get("proposedName") ?? "").slice(0, 500), proposedPronouns: String(formData.get("proposedPronouns") ?? "").slice(0, 200), proposedNote: String(formData.get("proposedNote") ?? "").slice(0, 2000) };
  const parsed = nameCheckResponseSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: INVALID_FIELDS_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error), values, at: Date.now() };
  try {
    respondToNameCheck(getDb(), String(token).slice(0, 64), parsed.data);
  } catch (error) {
    if (isDomainError(error)) return { status: "error", message: error.message, values, at: Date.now() };
    throw error;
  }
  return {
    status: "success",
    message: parsed.data.answer === "confirm" ? "Thank you! Your name is confirmed." : "Thank you! The production will review your correction.",
    at: Date.now(),
  };
}
