/** One roster entry with its person, as the export writes it. */
export type ExportEntry = {
  creditedName: string;
  sortName: string;
  department: string;
  role: string;
  email: string | null;
  phone: string | null;
  pronouns: string | null;
  unions: readonly string[];
  legalName: string | null;
  notes: string | null;
  /** The name-check status, as a label ("Confirmed", "Not checked"…). */
  confirmed: string;
};

/**
 * The header of a roster export. Its wording is what the import recognises, so an exported
 * roster imports back with every column mapped ("Sort name" and "Name check" are not imported).
 */
export const EXPORT_HEADER = ["Credited name", "Sort name", "Department", "Role", "Email", "Phone", "Pronouns", "Unions", "Legal name", "Notes", "Name check"];

/** Header + one row per entry, in the order given (the caller sorts). Missing values are "". */
export function rosterExportRows(entries: readonly ExportEntry[]): string[][] {
  return [
    EXPORT_HEADER,
    ...entries.map((e) => [
      e.creditedName,
      e.sortName,
      e.department,
      e.role,
      e.email ?? "",
      e.phone ?? "",
      e.pronouns ?? "",
      e.unions.join(", "),
      e.legalName ?? "",
      e.notes ?? "",
      e.confirmed,
    ]),
  ];
}
