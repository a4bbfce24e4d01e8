/** Counts for the preview's header and the confirm button. Invariant: ok + withWarnings + withErrors = rows. */
export type PreviewSummary = {
  rows: number;
  /** Rows with neither errors nor warnings. */
  ok: number;
  /** Rows with warnings and no errors (they import). */
  withWarnings: number;
  /** Rows with errors (they do not import). */
  withErrors: number;
  /** People the import creates (a person on several rows counts once). */
  newPeople: number;
  /** Directory people the import links to (each counted once). */
  existingPeople: number;
  entriesToAdd: number;
  /** Entries already on the roster or repeated in the file. */
  entriesSkipped: number;
  /** Directory people whose contact details the import fills in or (by the user's choice) changes. */
  peopleUpdated: number;
  /** Rows whose contact details differ from the directory's (each asks which to keep). */
  contactConflicts: number;
};

type SummaryRow = {
  errors: readonly string[];
  warnings: readonly string[];
  person: { match: "new" | "existing"; personId?: string };
  duplicateOfRow?: number;
  outcome: "add" | "skip" | "error";
  contacts?: { fills: readonly unknown[]; conflicts: readonly unknown[]; choice: "keep" | "sheet" };
};

export function summarize(rows: readonly SummaryRow[]): PreviewSummary {
  const importable = rows.filter((r) => r.errors.length === 0);
  const existing = new Set(importable.flatMap((r) => (r.person.match === "existing" && r.person.personId ? [r.person.personId] : [])));
  return {
    rows: rows.length,
    ok: importable.filter((r) => r.warnings.length === 0).length,
    withWarnings: importable.filter((r) => r.warnings.length > 0).length,
    withErrors: rows.length - importable.length,
    newPeople: importable.filter((r) => r.person.match === "new" && r.duplicateOfRow === undefined).length,
    existingPeople: existing.size,
    entriesToAdd: rows.filter((r) => r.outcome === "add").length,
    entriesSkipped: rows.filter((r) => r.outcome === "skip").length,
    peopleUpdated: new Set(
      importable.flatMap((r) => (r.person.personId && r.contacts && (r.contacts.fills.length > 0 || (r.contacts.choice === "sheet" && r.contacts.conflicts.length > 0)) ? [r.person.personId] : [])),
    ).size,
    contactConflicts: importable.filter((r) => (r.contacts?.conflicts.length ?? 0) > 0).length,
  };
}
