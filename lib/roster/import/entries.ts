import type { ExistingEntry } from "./context";

/** Whether a row's roster entry is added, or skipped because it already exists. */
export type EntryCheck = { outcome: "add" | "skip"; alreadyOnRoster: boolean; warnings: string[] };

/**
 * Keeps an import idempotent: an entry (person + department + role, compared without case,
 * as `addToRoster` would refuse it) that the project already has, or that an earlier row
 * of the file adds, is skipped — so importing the same file twice adds nothing.
 * Call `check` once per importable row, in file order.
 */
export function createEntryChecker(existingEntries: readonly ExistingEntry[]) {
  const onRoster = new Set(existingEntries.map((e) => entryKey(`person:${e.personId}`, e.department, e.role)));
  const firstRowOf = new Map<string, number>();

  function check(rowNumber: number, identity: string, department: string, role: string): EntryCheck {
    const key = entryKey(identity, department, role);
    if (onRoster.has(key)) return { outcome: "skip", alreadyOnRoster: true, warnings: [`Already on the roster as ${role} (${department}) — will be skipped.`] };
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) return { outcome: "skip", alreadyOnRoster: false, warnings: [`Same person and role as row ${earlier} — will be skipped.`] };
    firstRowOf.set(key, rowNumber);
    return { outcome: "add", alreadyOnRoster: false, warnings: [] };
  }

  return { check };
}

/** Person identity + department + role, case-insensitive. */
export function entryKey(identity: string, department: string, role: string): string {
  return [identity, department.normalize("NFC").trim().toLowerCase(), role.normalize("NFC").trim().toLowerCase()].join("\u0000");
}
