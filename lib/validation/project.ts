import { z } from "zod";
import { CURRENCIES, FRAME_RATES, PROJECT_KINDS, PROJECT_STAGES } from "@/lib/projects/catalog";
import { parseBudget, parseRuntime } from "@/lib/projects/format";
import { optionalText, requiredText, revisionSchema } from "./common";

export const TITLE_MAX = 200;
export const LOGLINE_MAX = 1000;
/** Ten billion: larger than any film budget, small enough to stay an exact integer. */
export const BUDGET_MAX = 10_000_000_000;
/** End credits longer than an hour are a typo. */
export const RUNTIME_MAX_SECONDS = 60 * 60;

/**
 * A budget typed as text ("600,000", "$1.2m") or sent as a number by the API.
 * Empty means "not set".
 */
const budget = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === "") return null;
    const n = typeof v === "number" ? v : parseBudget(v);
    if (n === null || !Number.isFinite(n) || n < 0 || !Number.isInteger(n)) {
      ctx.addIssue({ code: "custom", message: "Enter the budget as a whole amount, e.g. 600000 or 600,000." });
      return z.NEVER;
    }
    if (n > BUDGET_MAX) {
      ctx.addIssue({ code: "custom", message: "That budget is larger than Hatrack can store." });
      return z.NEVER;
    }
    return n;
  });

/** Target credits running time typed as "m:ss" or seconds. Empty means "not set". */
const runtime = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === "") return null;
    const n = typeof v === "number" ? v : parseRuntime(v);
    if (n === null || !Number.isInteger(n) || n <= 0) {
      ctx.addIssue({ code: "custom", message: "Enter the running time as minutes:seconds, e.g. 4:30." });
      return z.NEVER;
    }
    if (n > RUNTIME_MAX_SECONDS) {
      ctx.addIssue({ code: "custom", message: "End credits can run at most 60 minutes." });
      return z.NEVER;
    }
    return n;
  });

export const projectSchema = z.object({
  title: requiredText("Title", TITLE_MAX),
  kind: z.enum(PROJECT_KINDS, { error: "Choose what kind of project this is." }),
  logline: optionalText("Logline", LOGLINE_MAX),
  stage: z.enum(PROJECT_STAGES, { error: "Choose the project's stage." }),
  budgetAmount: budget,
  currency: z.enum(CURRENCIES, { error: "Choose a currency from the list." }),
  targetRuntimeSeconds: runtime,
  frameRate: z.enum(FRAME_RATES, { error: "Choose 23.976, 24, 25, 29.97 or 30 fps." }),
});
export type ProjectInput = z.output<typeof projectSchema>;

/** For PATCH: every field optional, at least one present; `revision` is the one the client read (or If-Match). */
export const projectPatchSchema = projectSchema
  .partial()
  .extend({ revision: revisionSchema.optional() })
  .refine(({ revision: _revision, ...fields }) => Object.values(fields).some((x) => x !== undefined), { error: "Send at least one field to change." });

export const projectListSchema = z.object({
  q: z.string().max(200).optional().default(""),
  archived: z.enum(["active", "archived", "all"]).optional().default("active"),
});
