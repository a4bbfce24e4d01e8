import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db";
import { getCurrentUser } from "@/server/auth/session";
import { isDomainError } from "@/lib/errors";
import { fieldErrorsOf, INVALID_FIELDS_MESSAGE, type FieldErrors } from "@/lib/validation/common";
import type { ActionContext } from "./context";
import { boundId } from "./outcome";


/** What a form's server action answers: a message, errors by field, and the values to show again. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  /** Anything the form shows after success (e.g. an invitation link). */
  data?: Record<string, string>;
  /** Changes with every answer; forms key their fields on it so they show the answer's values. */
  at?: number;
};


export type ActionResult = void | { message?: string; redirectTo?: string; data?: Record<string, string> };

/**
 * The text values of a form, for showing back what the user typed (passwords never). A key
 * sent several times (a group of checkboxes) gives its values joined by newlines.
 */
function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || /password/i.test(key)) continue;
    const text = value.slice(0, 20_000);
    values[key] = key in values ? `${values[key]}\n${text}` : text;
  }
  return values;
}

/**
 * Every form's server action goes through here: it resolves the signed-in user, parses the
 * form with zod and turns expected failures (validation, 403, 404, conflicts) into a FormState.
 * Access itself is checked by the db/queries function the body calls.
 */
export function formAction<S extends z.ZodType>(
  schema: S,
  body: (input: z.output<S>, ctx: ActionContext) => Promise<ActionResult> | ActionResult,
) {
  return (_prev: FormState, formData: FormData) => run(schema, formData, (input, ctx) => body(input, ctx));
}

/** The same for forms whose action is bound to an id: `action.bind(null, project.id)`. */
export function formActionWithId<S extends z.ZodType>(
  schema: S,
  body: (id: string, input: z.output<S>, ctx: ActionContext) => Promise<ActionResult> | ActionResult,
) {
  return (id: string, _prev: FormState, formData: FormData) =>
    run(schema, formData, (input, ctx) => body(boundId(id), input, ctx));
}

/** FormData as an object; a key sent several times (checkboxes) becomes an array. */
function formObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

async function run<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  body: (input: z.output<S>, ctx: ActionContext) => Promise<ActionResult> | ActionResult,
): Promise<FormState> {
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again to continue.", values, at: Date.now() };
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) {
    return { status: "error", message: INVALID_FIELDS_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error), values, at: Date.now() };
  }
  let result: ActionResult;
  try {
    result = await body(parsed.data, { user, db: getDb() });
  } catch (error) {
    if (isDomainError(error)) {
      const fieldErrors = (error as { fieldErrors?: FieldErrors }).fieldErrors;
      return { status: "error", message: error.message, fieldErrors, values, at: Date.now() };
    }
    console.error("[action]", error);
    return { status: "error", message: "Something went wrong on our side. Nothing was saved; please try again.", values, at: Date.now() };
  }
  if (result?.redirectTo) redirect(result.redirectTo);
  return { status: "success", message: result?.message, data: result?.data, values, at: Date.now() };
}
