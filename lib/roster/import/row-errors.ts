import { isValidEmail } from "./email";
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from "./fields";
import { cellTooLongMessage, MAX_CELL_CHARS } from "./limits";
import type { RawFields, RowValues } from "./row-values";

/**
 * Longest value each saved field takes — the same maxima as the person and roster-entry
 * forms (lib/validation/people.ts), so a row the preview accepts is one the commit accepts.
 */
export const FIELD_MAX_CHARS = {
  creditedName: 200,
  legalName: 200,
  pronouns: 60,
  email: 254,
  phone: 40,
  notes: 2000,
  department: 120,
  role: 120,
  character: 200,
} as const satisfies Partial<Record<keyof RowValues, number>>;

/**
 * What keeps a row out of the import: a cell over MAX_CELL_CHARS, no name, no role, an
 * invalid email, a value longer than its field allows. A field already reported as an
 * over-long cell is not reported again.
 */
export function rowErrors(raw: RawFields, values: RowValues): string[] {
  const longCells = IMPORT_FIELDS.filter((f) => raw[f].length > MAX_CELL_CHARS);
  const errors = longCells.map((f) => cellTooLongMessage(FIELD_LABELS[f], raw[f].length));
  const flagged = new Set<ImportField>(longCells);
  if (flagged.has("firstName") || flagged.has("lastName")) flagged.add("creditedName");
  if (values.creditedName === "" && !flagged.has("creditedName")) errors.push("The name is missing.");
  if (values.role === "" && !flagged.has("role")) errors.push("The role is missing.");
  if (values.email !== "" && !flagged.has("email") && !isValidEmail(values.email)) errors.push(`"${values.email}" is not a valid email address.`);
  for (const [field, max] of Object.entries(FIELD_MAX_CHARS) as Array<[keyof typeof FIELD_MAX_CHARS, number]>) {
    if (!flagged.has(field) && values[field].length > max) errors.push(`${FIELD_LABELS[field]} must be at most ${max} characters.`);
  }
  return errors;
}
