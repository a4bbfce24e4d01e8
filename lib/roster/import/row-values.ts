import type { Guild } from "@/lib/people/guilds";
import type { ImportContext } from "./context";
import { normalizeEmail } from "./email";
import type { RowEdit } from "./edits";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./fields";
import { parseUnions } from "./unions";

/** One row's text per field, before normalizing; "" where the field is not mapped. */
export type RawFields = Record<ImportField, string>;

/** A row as it will be saved. Invariant: every string is NFC and trimmed; "" means none. */
export type RowValues = {
  creditedName: string;
  department: string;
  role: string;
  /** For cast entries: the character played ("" for none). */
  character: string;
  /** Lower-cased. */
  email: string;
  phone: string;
  pronouns: string;
  legalName: string;
  unions: Guild[];
  notes: string;
};

/** Field → column index for the mapped fields (the leftmost column when a field is chosen twice). */
export function fieldColumns(headers: readonly string[], mapping: ColumnMapping): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  headers.forEach((header, i) => {
    const field = mapping[header];
    if (field && columns[field] === undefined) columns[field] = i;
  });
  return columns;
}

/** The row's cells by field, with the user's corrections applied over them. */
export function rawFields(cells: readonly string[], columns: Partial<Record<ImportField, number>>, edit: RowEdit = {}): RawFields {
  const raw = {} as RawFields;
  for (const field of IMPORT_FIELDS) {
    const column = columns[field];
    raw[field] = edit[field] ?? (column === undefined ? "" : (cells[column] ?? ""));
  }
  return raw;
}

/**
 * Raw fields → saved values. The credited name is the name column, or "First Last" when
 * that is blank; names go through `normalizeName`; the email is lower-cased; unions become
 * guilds, returning the values not recognised.
 */
export function normalizeValues(raw: RawFields, ctx: Pick<ImportContext, "normalizeName">): { values: RowValues; unknownUnions: string[] } {
  const text = (s: string) => s.normalize("NFC").trim();
  const oneLine = (s: string) => text(s).replace(/\s+/g, " ");
  const { unions, unknown } = parseUnions(raw.unions);
  const creditedName = ctx.normalizeName(raw.creditedName) || ctx.normalizeName(`${raw.firstName} ${raw.lastName}`);
  return {
    values: {
      creditedName,
      department: ctx.normalizeName(raw.department),
      role: ctx.normalizeName(raw.role),
      character: oneLine(raw.character),
      email: normalizeEmail(raw.email),
      phone: oneLine(raw.phone),
      pronouns: oneLine(raw.pronouns),
      legalName: ctx.normalizeName(raw.legalName),
      unions,
      notes: text(raw.notes),
    },
    unknownUnions: unknown,
  };
}
