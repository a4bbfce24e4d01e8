import type { ImportField } from "./fields";

/** Corrections typed in the preview for one row: field → new text (replaces the cell). */
export type RowEdit = Partial<Record<ImportField, string>>;
/** Corrections by file row number. The parsed table itself is never changed. */
export type RowEdits = Readonly<Record<number, RowEdit>>;

/**
 * The edits with `patch` merged into row `rowNumber` (later values win). Pure: returns a new
 * object. Re-run `buildPreview(table, mapping, ctx, edits)` afterwards — a fix on one row
 * can change others (a corrected email may make two rows the same person).
 */
export function withRowEdit(edits: RowEdits, rowNumber: number, patch: RowEdit): RowEdits {
  return { ...edits, [rowNumber]: { ...edits[rowNumber], ...patch } };
}
