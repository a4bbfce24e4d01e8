import { z } from "zod";
import { THRESHOLD_RANGES, type ThresholdKey, type Thresholds } from "@/lib/credits/thresholds";
import { THRESHOLD_KEYS, UNIT_SUFFIX, displayRange, fromDisplay, thresholdConflicts, thresholdUnit } from "@/lib/decisions/threshold-fields";
import { CUSTOM_DESCRIPTION_MAX, CUSTOM_NAME_MAX, LANES, WORK_STAGES } from "@/lib/work/taxonomy";
import { idSchema, optionalText, requiredText } from "./common";
import { choiceParam, optionalParam } from "./search-params";

import { DEGREES } from "@/lib/work/degree";

export { DEGREE_LABELS, DEGREES } from "@/lib/work/degree";

/** Hours of effort a single entry may record: a year of 16-hour days is already generous. */
export const MAX_EFFORT_HOURS = 10_000;
/** Whole currency units; far above any film budget, below Number.MAX_SAFE_INTEGER. */
export const MAX_AMOUNT = 1_000_000_000_000;
export const NOTE_MAX = 2_000;

/** A taxonomy id ("securing-financing") or a custom one ("custom:drone-permits"). */
export const responsibilityIdSchema = z
  .string({ error: "Choose a responsibility." })
  .trim()
  .min(1, { error: "Choose a responsibility." })
  .max(400, { error: "Unknown responsibility." })
  .regex(/^((custom:)?[\p{L}\p{N}-]+)?$/u, { error: "Unknown responsibility." });

export const stageSchema = z.enum(WORK_STAGES, { error: "Choose one of the five production stages." });
export const degreeSchema = z.enum(DEGREES, { error: "Choose lead, equal or supporting." });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "" → null; otherwise a real calendar date in YYYY-MM-DD. */
const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim())
    .refine((s) => s === "" || (ISO_DATE.test(s) && isRealDate(s)), { error: `${label} must be a real date (YYYY-MM-DD).` })
    .transform((s) => (s === "" ? null : s));

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** "" → null; a non-negative number (commas and spaces allowed as separators) up to `max`. */
const optionalNumber = (label: string, max: number, integer: boolean) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return null;
      const text = String(v).replace(/[\s,_]/g, "");
      if (text === "") return null;
      // Plain decimals only: Number() would also read "0x10", "0b101" or "1e3".
      const n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message: `${label} must be a number.` });
        return z.NEVER;
      }
      if (n < 0) {
        ctx.addIssue({ code: "custom", message: `${label} can't be negative.` });
        return z.NEVER;
      }
      if (n > max) {
        ctx.addIssue({ code: "custom", message: `${label} must be at most ${max.toLocaleString("en-US")}.` });
        return z.NEVER;
      }
      if (integer && !Number.isInteger(n)) {
        ctx.addIssue({ code: "custom", message: `${label} must be a whole number.` });
        return z.NEVER;
      }
      return integer ? n : Math.round(n * 100) / 100;
    });

export const workEntrySchema = z
  .object({
    personId: z.string({ error: "Choose a person." }).pipe(idSchema.or(z.literal(""))).refine((s) => s !== "", { error: "Choose a person." }),
    responsibilityId: responsibilityIdSchema,
    stage: stageSchema,
    degree: degreeSchema,
    effortHours: optionalNumber("Effort", MAX_EFFORT_HOURS, false),
    startDate: optionalDate("Start date"),
    endDate: optionalDate("End date"),
    note: optionalText("Evidence note", NOTE_MAX),
    amountRaised: optionalNumber("Amount raised", MAX_AMOUNT, true),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && !v.startDate) ctx.addIssue({ code: "custom", path: ["startDate"], message: "Give a start date for the range, or leave the end date empty." });
    if (v.endDate && v.startDate && v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date." });
  });
export type WorkEntryInput = z.output<typeof workEntrySchema>;

export const customResponsibilitySchema = z.object({
  name: requiredText("Name", CUSTOM_NAME_MAX),
  lane: z.enum(LANES, { error: "Choose a lane." }),
  description: optionalText("Description", CUSTOM_DESCRIPTION_MAX),
  stages: z
    .union([z.array(stageSchema), stageSchema])
    .optional()
    .transform((s) => (s === undefined ? [] : Array.isArray(s) ? s : [s])),
});
export type CustomResponsibilityInput = z.output<typeof customResponsibilitySchema>;

export const CUSTOM_TITLE_MAX = 120;
export const REASON_MAX = 500;

export const titleSchema = requiredText("Title", CUSTOM_TITLE_MAX);
export const reasonSchema = optionalText("Reason", REASON_MAX);

/**
 * The Owner's threshold form, in display units (percent for shares, see
 * lib/decisions/threshold-fields.ts): every key, each inside its range — refused with the
 * range, not clamped — and the cross-field rules. Output is in engine units.
 */
export const thresholdsSchema = z
  .object(
    Object.fromEntries(
      THRESHOLD_KEYS.map((key) => {
        const { min, max } = displayRange(key);
        const suffix = UNIT_SUFFIX[thresholdUnit(key)] === "%" ? "%" : "";
        const fmt = (n: number) => n.toLocaleString("en-US");
        return [
          key,
          z
            .string({ error: "Enter a number." })
            .trim()
            .transform((s) => s.replace(/[%\s,]/g, ""))
            .refine((s) => /^-?\d+(\.\d+)?$/.test(s), { error: "Enter a number.", abort: true })
            .transform((s) => Number(s))
            .refine((n) => n >= min && n <= max, { error: `Must be between ${fmt(min)} and ${fmt(max)}${suffix}.`, abort: true })
            .refine((n) => THRESHOLD_RANGES[key].integer !== true || Number.isInteger(n), { error: "Must be a whole number." })
            .transform((n) => fromDisplay(key, n)),
        ];
      }),
    ) as unknown as Record<ThresholdKey, z.ZodType<number, string>>,
  )
  // Cross-field rules only once every field is a valid number (a pipe runs only on success).
  .pipe(
    z.custom<Thresholds>().superRefine((values, ctx) => {
      for (const [key, message] of Object.entries(thresholdConflicts(values))) {
        ctx.addIssue({ code: "custom", path: [key], message });
      }
    }),
  );

/**
 * The Owner's concentration warning for the multi-hat review, typed as a percentage
 * (lib/review/constants.ts DEFAULT_CONCENTRATION_THRESHOLD): 1–100 %, refused outside it.
 * Output is a share, 0.01–1.
 */
export const concentrationThresholdSchema = z.object({
  concentration: z
    .string({ error: "Enter a number." })
    .trim()
    .transform((s) => s.replace(/[%\s,]/g, ""))
    .refine((s) => /^\d+(\.\d+)?$/.test(s), { error: "Enter a percentage, like 50.", abort: true })
    .transform((s) => Number(s))
    .refine((n) => n >= 1 && n <= 100, { error: "Must be between 1 and 100%." })
    .transform((n) => Math.round(n * 100) / 10_000),
});

/**
 * The work log's filter (?person=&responsibility=&stage=), the same for the work page and
 * GET /api/projects/:id/work; unknown values are dropped rather than refused.
 */
export const workFilterSchema = z
  .object({ person: optionalParam(64), responsibility: optionalParam(160), stage: choiceParam(stageSchema) })
  .transform(({ person, responsibility, stage }) => ({ personId: person, responsibilityId: responsibility, stage }));
