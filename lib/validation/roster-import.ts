import { z } from "zod";
import { IMPORT_FIELDS } from "@/lib/roster/import/fields";
import { MAX_ROWS } from "@/lib/roster/import/limits";

/** Cells may be long (the preview flags them per row); the whole request is bounded by the route. */
const cell = z.string().max(100_000);

export const importTableSchema = z
  .object({
    headers: z.array(z.string().max(1_000)).min(1).max(200),
    rows: z.array(z.array(cell).max(200)).max(MAX_ROWS, { error: `At most ${MAX_ROWS.toLocaleString("en-US")} rows.` }),
    rowNumbers: z.array(z.number().int().min(1)).max(MAX_ROWS),
  })
  .refine((t) => t.rowNumbers.length === t.rows.length, { error: "Every row needs its row number." });

export const importMappingSchema = z.record(z.string().max(1_000), z.enum(IMPORT_FIELDS).nullable());

const editSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(10_000));
export const importEditsSchema = z.record(z.string().regex(/^\d+$/), editSchema).optional().default({});

/** Per row number: keep the directory's contact details ("keep") or take the sheet's ("sheet"). */
export const importContactChoicesSchema = z.record(z.string().regex(/^\d+$/), z.enum(["keep", "sheet"])).optional().default({});

export const importPreviewSchema = z.object({ table: importTableSchema, mapping: importMappingSchema, edits: importEditsSchema, contacts: importContactChoicesSchema });
export const importCommitSchema = importPreviewSchema.extend({ skipErrors: z.boolean().optional().default(false) });

/** Import requests carry a whole spreadsheet: up to 40 MB of JSON. */
export const IMPORT_JSON_MAX_BYTES = 40 * 1024 * 1024;
