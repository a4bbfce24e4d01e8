/**
 * What validation needs from the rest of Hatrack, passed in rather than imported so the
 * preview is testable without a database and with a small catalogue. Wire it with:
 *   { resolveRole } from "@/lib/roster/resolve", { findDepartment, suggestRoles } from
 *   "@/lib/roster/catalog", { normalizeName, nameMatchKey, emailKey } from "@/lib/people/names",
 *   plus the team's people and the project's roster entries.
 */

import type { ResolvedRole } from "../resolve";

/** What `resolveRole` (lib/roster/resolve.ts) returns: the department and role a roster entry stores. */
export type { ResolvedRole };

export type RoleSuggestion = { id: string; name: string; departmentId: string };
/** A directory person; the contact details are what an import may fill in (lib/roster/import/contact-merge.ts). */
export type ExistingPerson = { id: string; creditedName: string; email: string | null; phone?: string | null; legalName?: string | null; pronouns?: string | null };
/** A roster entry of the project (a `RosterEntry` row fits): display names, as `addToRoster` compares them. */
export type ExistingEntry = { personId: string; department: string; role: string };

export type ImportContext = {
  resolveRole: (input: { department?: string | null; role: string }) => ResolvedRole;
  findDepartment: (text: string) => { id: string; name: string } | null;
  suggestRoles: (text: string, limit?: number) => readonly RoleSuggestion[];
  normalizeName: (text: string) => string;
  nameMatchKey: (text: string) => string;
  emailKey: (email: string) => string | null;
  /** The team's people directory. */
  existingPeople: readonly ExistingPerson[];
  /** The project's current roster. */
  existingEntries: readonly ExistingEntry[];
};
