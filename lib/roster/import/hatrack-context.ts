import { emailKey, nameMatchKey, normalizeName } from "@/lib/people/names";
import { findDepartment, suggestRoles } from "@/lib/roster/catalog";
import { resolveRole } from "@/lib/roster/resolve";
import type { ExistingEntry, ExistingPerson, ImportContext } from "./context";

/**
 * The preview context with Hatrack's own catalogue and name rules — the one the app uses.
 * Pass the team's people (id, creditedName, email) and the project's roster entries
 * (personId, department, role); `Person` and `RosterEntry` rows fit as they are.
 */
export function hatrackImportContext(existing: { people: readonly ExistingPerson[]; entries: readonly ExistingEntry[] }): ImportContext {
  return {
    resolveRole,
    findDepartment,
    suggestRoles,
    normalizeName,
    nameMatchKey,
    emailKey,
    existingPeople: existing.people,
    existingEntries: existing.entries,
  };
}
