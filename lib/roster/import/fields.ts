/**
 * The person and roster fields a column can be mapped to. `firstName` + `lastName` are an
 * alternative to `creditedName`: they build "First Last" when the credited name is blank.
 */
export const IMPORT_FIELDS = [
  "creditedName",
  "firstName",
  "lastName",
  "department",
  "role",
  "character",
  "email",
  "phone",
  "pronouns",
  "legalName",
  "unions",
  "notes",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const FIELD_LABELS: Record<ImportField, string> = {
  creditedName: "Credited name",
  firstName: "First name",
  lastName: "Last name",
  department: "Department",
  role: "Role",
  character: "Character (cast)",
  email: "Email",
  phone: "Phone",
  pronouns: "Pronouns",
  legalName: "Legal name",
  unions: "Unions",
  notes: "Notes",
};

/** Header → field (or null for "don't import"). Keys are the table's headers, which are unique. */
export type ColumnMapping = Record<string, ImportField | null>;

export function isImportField(value: unknown): value is ImportField {
  return typeof value === "string" && (IMPORT_FIELDS as readonly string[]).includes(value);
}
