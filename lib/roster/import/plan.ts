import type { PreviewRole } from "./role-preview";
import type { RowValues } from "./row-values";
import type { Preview } from "./validate";

/** A person the commit creates, from the first row that names them. */
export type PlannedPerson = { rowNumber: number; values: RowValues };
/** A roster entry the commit adds, for a directory person or a person created from `newPersonRow`. */
export type PlannedEntry = { rowNumber: number; person: { personId: string } | { newPersonRow: number }; role: PreviewRole; character: string };

/**
 * What the commit writes, read off a preview: the new people, then the entries that point at
 * them (by the row that creates them) or at directory people. Rows with errors and skipped
 * entries are left out. Invariant: every `newPersonRow` is the `rowNumber` of a planned person.
 * Directory people are not updated; the values of later rows of the same person are not merged.
 */
export function commitPlan(preview: Preview): { people: PlannedPerson[]; entries: PlannedEntry[] } {
  const people = preview.rows
    .filter((r) => r.outcome !== "error" && r.person.match === "new" && r.duplicateOfRow === undefined)
    .map((r) => ({ rowNumber: r.rowNumber, values: r.values }));
  const entries = preview.rows
    .filter((r) => r.outcome === "add")
    .map((r) => ({
      rowNumber: r.rowNumber,
      person: r.person.match === "existing" && r.person.personId ? { personId: r.person.personId } : { newPersonRow: r.duplicateOfRow ?? r.rowNumber },
      role: r.role,
      character: r.values.character,
    }));
  return { people, entries };
}
