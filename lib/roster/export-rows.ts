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

/** The columns left out of a Viewer's export (lib/people/privacy.ts): contact details. */
const CONTACT_COLUMNS = new Set(["Email", "Phone", "Legal name", "Notes"]);

/**
 * Header + one row per entry, in the order given (the caller sorts). Missing values are "".
 * Without `contacts` (a Viewer's export) the email, phone, legal name and notes columns are left out.
 */
export function rosterExportRows(entries: readonly ExportEntry[], options: { contacts?: boolean } = {}): string[][] {
  const table = [
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
  if (options.contacts !== false) return table;
  const keep = EXPORT_HEADER.map((h, i) => (CONTACT_COLUMNS.has(h) ? -1 : i)).filter((i) => i >= 0);
  return table.map((row) => keep.map((i) => row[i]!));
}
