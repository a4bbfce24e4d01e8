import { z } from "zod";

/** Trimmed, NFC-normalized, non-empty text with a maximum length and a human message. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .transform((s) => s.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${label} is required.` })
        .max(max, { error: `${label} must be at most ${max} characters.` }),
    );
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? "").normalize("NFC").trim())
    .pipe(z.string().max(max, { error: `${label} must be at most ${max} characters.` }));
}

export const emailSchema = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Email is required." })
  .max(254, { error: "That email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address." }));

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: "Unknown id." });

/** The revision a form or API client opened a record at (see db/queries/revision.ts). */
export const revisionSchema = z.coerce.number({ error: "Reload the page: this form is out of date." }).int().min(1).max(Number.MAX_SAFE_INTEGER);

/** An undo token as the server issued it (db/queries/undo.ts): opaque, URL-safe. */
export const undoTokenSchema = z.string().min(16).max(64).regex(/^[A-Za-z0-9_-]+$/);

export type FieldErrors = Record<string, string[] | undefined>;

/** zod issues → { field: [messages] } for forms. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The form-level message when zod refused some fields (their own messages say what is wrong). */
export const INVALID_FIELDS_MESSAGE = "Please correct the highlighted fields.";
