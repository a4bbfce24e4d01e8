import { FIELD_LABELS, type ColumnMapping, type ImportField } from "./fields";
import { foldCase } from "@/lib/text/fold";

/**
 * Header wordings recognised for each field, compared by `headerKey` (so "E-mail",
 * "EMAIL" and "Email (work)" are all "email").
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  creditedName: ["name", "full name", "credited name", "credit name", "screen credit", "screen name", "crew member", "crew name", "display name", "name for credits"],
  firstName: ["first name", "first", "given name", "forename"],
  lastName: ["last name", "last", "surname", "family name"],
  department: ["dept", "department", "dept name", "department name"],
  role: ["position", "title", "role", "job", "job title", "credit", "crew position"],
  character: ["character", "character name", "role played", "plays", "part", "as"],
  email: ["email", "email address", "mail", "e mail address"],
  phone: ["phone", "mobile", "cell", "tel", "telephone", "phone number", "mobile number", "cell phone", "mobile phone"],
  pronouns: ["pronouns", "pronoun"],
  legalName: ["legal name", "full legal name", "payroll name"],
  unions: ["union", "guild", "unions", "guilds", "union guild", "union affiliation"],
  notes: ["notes", "note", "comments", "comment"],
};

const FIELD_BY_KEY: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(SYNONYMS) as Array<[ImportField, readonly string[]]>).flatMap(([field, words]) => words.map((w) => [headerKey(w), field] as const)),
);

/**
 * A header reduced to what identifies it: accents, case, text in brackets, spaces and
 * punctuation dropped. "Dept." → "dept"; "E-mail (work)" → "email"; "Rôle" → "role".
 */
export function headerKey(header: string): string {
  return foldCase(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * A first mapping from the headers' wording; the user can change it. Invariant: each field
 * is mapped at most once — the leftmost column wins and later look-alikes map to null.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<ImportField>();
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    const field = FIELD_BY_KEY.get(headerKey(header)) ?? null;
    mapping[header] = field && !used.has(field) ? field : null;
    if (field) used.add(field);
  }
  return mapping;
}

/**
 * What stops a mapping from importing: no name column (a credited name, or first/last
 * names), no role column (every roster entry needs a role), a field chosen for two columns.
 * Empty when the mapping can be used.
 */
export function validateMapping(mapping: ColumnMapping): string[] {
  const columnsOf = new Map<ImportField, string[]>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field) columnsOf.set(field, [...(columnsOf.get(field) ?? []), header]);
  }
  const errors: string[] = [];
  if (!columnsOf.has("creditedName") && !columnsOf.has("firstName") && !columnsOf.has("lastName")) {
    errors.push("Choose the column with each person's name (or their first and last names).");
  }
  if (!columnsOf.has("role")) errors.push('Choose the column with each person\'s role (for example "Position" or "Job title").');
  for (const [field, headers] of columnsOf) {
    if (headers.length > 1) {
      errors.push(`${FIELD_LABELS[field]} is chosen for ${headers.length} columns (${headers.map((h) => `"${h}"`).join(", ")}). Choose it for one column only.`);
    }
  }
  return errors;
}
