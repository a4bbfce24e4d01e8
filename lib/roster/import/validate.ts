import { createContactMerger, mergeWarnings, type ContactChoices, type ContactMerge } from "./contact-merge";
import type { ImportContext } from "./context";
import type { RowEdits } from "./edits";
import { createEntryChecker } from "./entries";
import type { ColumnMapping } from "./fields";
import { createPersonLinker, type PersonMatch } from "./person-link";
import { rolePreviewer } from "./role-cache";
import type { PreviewRole } from "./role-preview";
import { rowErrors } from "./row-errors";
import { fieldColumns, normalizeValues, rawFields, type RowValues } from "./row-values";
import { summarize, type PreviewSummary } from "./summary";
import type { Table } from "./types";

export type PreviewRow = {
  /** The row in the file as a spreadsheet numbers it (the header is row 1). */
  rowNumber: number;
  values: RowValues;
  person: PersonMatch;
  role: PreviewRole;
  /** Any error keeps the row out of the import. */
  errors: string[];
  warnings: string[];
  /** The first row of the file with the same person; this row's entry goes to that person. */
  duplicateOfRow?: number;
  /** The project already has this person in this department and role. */
  alreadyOnRoster: boolean;
  /** For a directory person: the contact details the row adds or would change (the choice is the user's). */
  contacts?: ContactMerge;
  /** "add": a roster entry is created; "skip": it already exists; "error": the row is not imported. */
  outcome: "add" | "skip" | "error";
};

export type Preview = { rows: PreviewRow[]; summary: PreviewSummary };

/**
 * The import preview: every row's saved values, person, role, errors and warnings, and the
 * totals. Check `validateMapping(mapping)` first; this reads the mapping as it is.
 * Edits are an overlay keyed by row number (see `withRowEdit`): after a correction, call
 * this again with the same table and the same `ctx` object — it is linear in the rows,
 * catalogue look-ups are cached per context (see `rolePreviewer`), and re-deriving
 * everything keeps cross-row facts (duplicates) right.
 * People and duplicates are worked out for rows without errors only; a row with errors
 * shows `person.match = "new"` until it is fixed.
 */
export function buildPreview(
  table: Pick<Table, "headers" | "rows"> & { rowNumbers?: readonly number[] },
  mapping: ColumnMapping,
  ctx: ImportContext,
  edits: RowEdits = {},
  contactChoices: ContactChoices = {},
): Preview {
  const columns = fieldColumns(table.headers, mapping);
  const people = createPersonLinker(ctx);
  const directory = createContactMerger(ctx.existingPeople);
  const namesById = new Map(ctx.existingPeople.map((p) => [p.id, p.creditedName]));
  const entries = createEntryChecker(ctx.existingEntries);
  const previewRole = rolePreviewer(ctx);
  const rows = table.rows.map((cells, i): PreviewRow => {
    const rowNumber = table.rowNumbers?.[i] ?? i + 2;
    const raw = rawFields(cells, columns, edits[rowNumber]);
    const { values, unknownUnions } = normalizeValues(raw, ctx);
    const errors = rowErrors(raw, values);
    const { role, warnings } = previewRole(values);
    warnings.push(...unknownUnions.map((u) => `Unknown union "${u}" — saved as "Other".`));
    if (errors.length > 0) return { rowNumber, values, person: { match: "new" }, role, errors, warnings, alreadyOnRoster: false, outcome: "error" };
    const link = people.link(rowNumber, values);
    const entry = entries.check(rowNumber, link.identity, role.departmentName, role.roleName);
    const personId = link.person.match === "existing" ? link.person.personId : undefined;
    const contacts = personId ? directory.merge(personId, values, contactChoices[rowNumber]) : undefined;
    return {
      rowNumber,
      values,
      person: link.person,
      role,
      errors,
      warnings: [...warnings, ...link.warnings, ...entry.warnings, ...mergeWarnings(contacts, namesById.get(personId ?? "") ?? values.creditedName)],
      ...(link.duplicateOfRow !== undefined ? { duplicateOfRow: link.duplicateOfRow } : {}),
      alreadyOnRoster: entry.alreadyOnRoster,
      outcome: entry.outcome,
      ...(contacts ? { contacts } : {}),
    };
  });
  return { rows, summary: summarize(rows) };
}
