import type { ExistingPerson, ImportContext } from "./context";
import type { RowValues } from "./row-values";

/** Who a row is: someone in the people directory, or a person the import will create. */
export type PersonMatch = { match: "new" | "existing"; personId?: string; reason?: "email" | "name" };

export type PersonLink = {
  person: PersonMatch;
  /** "person:<id>" for a directory person, "row:<n>" for a new person first seen on row n. */
  identity: string;
  /** The first row of this file with the same person, when it is not this row. */
  duplicateOfRow?: number;
  warnings: string[];
};

type Known = { identity: string; firstRow: number; emails: Set<string>; person: PersonMatch; name: string };

/**
 * Links rows to people, in file order. Evidence, strongest first: the same email as a
 * directory person; the same email as an earlier row; the same name (`nameMatchKey`) as a
 * directory person; the same name as an earlier row. A same-name match is refused when both
 * sides have emails and they differ — two people can share a name — and a name whose key
 * is empty (punctuation only) matches nobody. Call `link` once per importable row, in
 * order; rows are merged into the first row of their person.
 */
export function createPersonLinker(ctx: Pick<ImportContext, "existingPeople" | "nameMatchKey" | "emailKey">) {
  const emailOf = (email: string | null) => (email ? ctx.emailKey(email) : null);
  const directoryByEmail = new Map<string, ExistingPerson>();
  const directoryByName = new Map<string, ExistingPerson[]>();
  for (const p of ctx.existingPeople) {
    const email = emailOf(p.email);
    if (email && !directoryByEmail.has(email)) directoryByEmail.set(email, p);
    const key = ctx.nameMatchKey(p.creditedName);
    if (key) directoryByName.set(key, [...(directoryByName.get(key) ?? []), p]);
  }
  const known = new Map<string, Known>();
  const fileByEmail = new Map<string, Known>();
  const fileByName = new Map<string, Known[]>();

  const compatible = (emails: ReadonlySet<string>, email: string | null) => email === null || emails.size === 0 || emails.has(email);
  /** A directory person's emails: theirs, plus those of the rows already linked to them. */
  const directoryEmails = (p: ExistingPerson) => known.get(`person:${p.id}`)?.emails ?? new Set([emailOf(p.email)].filter((e) => e !== null));

  function knownFor(p: ExistingPerson, reason: "email" | "name", row: number): Known {
    const identity = `person:${p.id}`;
    const found = known.get(identity);
    if (found) return found;
    const email = emailOf(p.email);
    const entry: Known = { identity, firstRow: row, emails: new Set(email ? [email] : []), person: { match: "existing", personId: p.id, reason }, name: p.creditedName };
    known.set(identity, entry);
    return entry;
  }

  /** Same email as a directory person, else as an earlier row. */
  function byEmail(email: string | null, row: number): Known | undefined {
    if (!email) return undefined;
    const person = directoryByEmail.get(email);
    return person ? knownFor(person, "email", row) : fileByEmail.get(email);
  }

  /** Same name as a directory person whose emails do not disagree. */
  function byDirectoryName(nameKey: string, email: string | null, name: string, row: number, warnings: string[]): Known | undefined {
    const namesakes = directoryByName.get(nameKey) ?? [];
    const candidates = namesakes.filter((p) => compatible(directoryEmails(p), email));
    if (candidates.length > 1) warnings.push(`${candidates.length} people named "${name}" are in your people directory — will use the first; check it is the right one.`);
    if (candidates[0]) return knownFor(candidates[0], "name", row);
    if (namesakes[0]) warnings.push(`"${namesakes[0].creditedName}" in your people directory has a different email — will add a new person.`);
    return undefined;
  }

  /** Same name as an earlier row whose emails do not disagree. */
  function byFileName(nameKey: string, email: string | null, warnings: string[]): Known | undefined {
    const rows = fileByName.get(nameKey) ?? [];
    const match = rows.find((k) => compatible(k.emails, email));
    if (!match && rows[0]) warnings.push(`Row ${rows[0].firstRow} has the same name with a different email — will add a separate person.`);
    return match;
  }

  function newPerson(row: number, name: string): Known {
    const entry: Known = { identity: `row:${row}`, firstRow: row, emails: new Set(), person: { match: "new" }, name };
    known.set(entry.identity, entry);
    return entry;
  }

  /** Remembers the row's email and name as evidence for later rows. */
  function remember(match: Known, email: string | null, nameKey: string): void {
    if (email) {
      match.emails.add(email);
      if (!fileByEmail.has(email)) fileByEmail.set(email, match);
    }
    const sameName = fileByName.get(nameKey) ?? [];
    if (nameKey && !sameName.includes(match)) fileByName.set(nameKey, [...sameName, match]);
  }

  function link(rowNumber: number, values: Pick<RowValues, "creditedName" | "email">): PersonLink {
    const email = emailOf(values.email || null);
    const nameKey = ctx.nameMatchKey(values.creditedName);
    const warnings: string[] = [];
    const match =
      byEmail(email, rowNumber) ??
      byDirectoryName(nameKey, email, values.creditedName, rowNumber, warnings) ??
      byFileName(nameKey, email, warnings) ??
      newPerson(rowNumber, values.creditedName);
    remember(match, email, nameKey);
    const duplicateOfRow = match.firstRow !== rowNumber ? match.firstRow : undefined;
    if (duplicateOfRow !== undefined) warnings.push(`Same person as row ${duplicateOfRow} — merged with row ${duplicateOfRow}.`);
    else if (match.person.match === "existing") {
      warnings.push(
        match.person.reason === "email"
          ? `Same email as "${match.name}" in your people directory — will use that person.`
          : `"${match.name}" is already in your people directory — will use that person.`,
      );
    }
    return { person: { ...match.person }, identity: match.identity, duplicateOfRow, warnings };
  }

  return { link };
}
