import { personColumns, type PersonColumns } from "@/lib/people/columns";
import { directoryUpdates, type MergedField } from "./contact-merge";
import { commitPlan } from "./plan";
import type { Preview } from "./validate";

/** A person the import creates, with every stored column worked out. */
export type PersonToWrite = { rowNumber: number; columns: PersonColumns };
/** A roster entry the import adds: for a directory person, or the person created from row `newPersonRow`. */
export type EntryToWrite = {
  person: { personId: string } | { newPersonRow: number };
  department: string;
  departmentId: string | null;
  role: string;
  roleId: string | null;
  sortKey: number;
  /** The character played, on a cast entry only (null elsewhere, as the roster form keeps it). */
  character: string | null;
};
/** Contact details filled in (or, by the user's choice, changed) on a directory person. */
export type PersonUpdate = { personId: string; fields: Partial<Record<MergedField, string>> };
export type RowsToWrite = { people: PersonToWrite[]; entries: EntryToWrite[]; updates: PersonUpdate[] };

/**
 * A preview's commit plan as the exact rows to insert, so the write itself does nothing but
 * insert (it runs on the request thread; this runs in the import worker). Invariant: every
 * `newPersonRow` is the `rowNumber` of one of `people`.
 */
export function rowsToWrite(preview: Preview): RowsToWrite {
  const plan = commitPlan(preview);
  return {
    people: plan.people.map((p) => ({
      rowNumber: p.rowNumber,
      columns: personColumns({
        creditedName: p.values.creditedName,
        sortName: null,
        familyNameFirst: false,
        legalName: p.values.legalName || null,
        pronouns: p.values.pronouns || null,
        email: p.values.email || null,
        phone: p.values.phone || null,
        unions: p.values.unions,
        notes: p.values.notes || null,
      }),
    })),
    entries: plan.entries.map((e) => ({
      person: e.person,
      department: e.role.departmentName,
      departmentId: e.role.departmentId,
      role: e.role.roleName,
      roleId: e.role.roleId,
      sortKey: e.role.sortKey,
      character: e.role.departmentId === "cast" ? e.character || null : null,
    })),
    updates: directoryUpdates(preview.rows.filter((r) => r.outcome !== "error")),
  };
}
