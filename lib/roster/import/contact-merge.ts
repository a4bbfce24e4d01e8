import type { ExistingPerson } from "./context";
import type { RowValues } from "./row-values";

/**
 * An import brings contact details for people the directory already has. What the directory
 * lacks is filled in from the sheet; where both have a value and they differ, the row asks
 * which to keep (the directory's, unless the user chooses the sheet's). Later rows of the
 * same person compare with the values as the earlier rows left them.
 */
export const MERGED_FIELDS = ["email", "phone", "legalName", "pronouns"] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

export const MERGED_FIELD_LABELS: Record<MergedField, string> = { email: "email", phone: "phone", legalName: "legal name", pronouns: "pronouns" };

/** Per row: keep the directory's values ("keep", the default) or take the sheet's ("sheet"). */
export type ContactChoice = "keep" | "sheet";
export type ContactChoices = Readonly<Record<number, ContactChoice>>;

export type ContactChange = { field: MergedField; directory: string; sheet: string };
/** What a row changes about a directory person: `fills` always, `conflicts` only with the choice "sheet". */
export type ContactMerge = { fills: ContactChange[]; conflicts: ContactChange[]; choice: ContactChoice };

const same = (field: MergedField, a: string, b: string) => (field === "email" ? a.toLowerCase() === b.toLowerCase() : a.replace(/\s+/g, " ") === b.replace(/\s+/g, " "));

export function createContactMerger(people: readonly ExistingPerson[]) {
  const current = new Map<string, Record<MergedField, string>>();
  for (const p of people) {
    current.set(p.id, { email: p.email ?? "", phone: p.phone ?? "", legalName: p.legalName ?? "", pronouns: p.pronouns ?? "" });
  }

  /** The row's changes to directory person `personId` (undefined when it changes nothing). Call once per row, in file order. */
  function merge(personId: string, values: Pick<RowValues, MergedField>, choice: ContactChoice = "keep"): ContactMerge | undefined {
    const now = current.get(personId);
    if (!now) return undefined;
    const fills: ContactChange[] = [];
    const conflicts: ContactChange[] = [];
    for (const field of MERGED_FIELDS) {
      const sheet = values[field];
      const directory = now[field];
      if (!sheet || same(field, sheet, directory)) continue;
      if (!directory) {
        fills.push({ field, directory, sheet });
        now[field] = sheet;
      } else {
        conflicts.push({ field, directory, sheet });
        if (choice === "sheet") now[field] = sheet;
      }
    }
    return fills.length || conflicts.length ? { fills, conflicts, choice } : undefined;
  }

  return { merge };
}

/** The warnings a row's merge shows in the preview. */
export function mergeWarnings(merge: ContactMerge | undefined, personName: string): string[] {
  if (!merge) return [];
  const list = (changes: readonly ContactChange[]) => changes.map((c) => MERGED_FIELD_LABELS[c.field]).join(", ");
  const out: string[] = [];
  if (merge.fills.length) out.push(`Adds the ${list(merge.fills)} to "${personName}" in your people directory.`);
  if (merge.conflicts.length) {
    out.push(
      `The ${list(merge.conflicts)} ${merge.conflicts.length === 1 ? "differs" : "differ"} from "${personName}" in your people directory — ${merge.choice === "sheet" ? "will use the sheet's" : "keeps the directory's"}.`,
    );
  }
  return out;
}

/** The directory updates of a whole preview, one per person, in file order (later rows win over earlier ones). */
export function directoryUpdates(rows: ReadonlyArray<{ person: { personId?: string }; contacts?: ContactMerge }>): Array<{ personId: string; fields: Partial<Record<MergedField, string>> }> {
  const byPerson = new Map<string, Partial<Record<MergedField, string>>>();
  for (const row of rows) {
    const personId = row.person.personId;
    if (!personId || !row.contacts) continue;
    const fields = byPerson.get(personId) ?? {};
    for (const c of row.contacts.fills) fields[c.field] = c.sheet;
    if (row.contacts.choice === "sheet") for (const c of row.contacts.conflicts) fields[c.field] = c.sheet;
    if (Object.keys(fields).length) byPerson.set(personId, fields);
  }
  return [...byPerson.entries()].map(([personId, fields]) => ({ personId, fields }));
}
