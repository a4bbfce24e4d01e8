import { isProducerFamilyId, matchTitle, titleLabel, type CreditTitleId } from "../credits/titles";
import { findRole, getRole, ROLES } from "../roster/catalog";

/**
 * Claims: titles the roster states (DOMAIN.md §6, "one title, one source"). A roster role
 * that is a producer-family title ("Executive Producer" in the crew sheet, "Exec Producer"
 * imported from a spreadsheet, "Line Producer") is a claim, not a decision: the Credits page
 * lists it to accept or reject, the truth check judges it like any held title, and the
 * end-credit list bills a producer-family title only once someone decided it. Other roster
 * roles (Director of Photography, Gaffer…) are crew roles and bill from the roster as before.
 */

export type Claim = {
  personId: string;
  titleId: CreditTitleId;
  /** The role as the roster has it ("Exec Producer"). */
  role: string;
  department: string;
};

export type RosterRoleInput = { personId: string; role: string; roleId: string | null; department: string };

/** A catalogue role's title: its name, or else the first of its synonyms, that names a known title. */
const ROLE_TITLE = new Map<string, CreditTitleId>();
for (const role of ROLES) {
  const id = [role.name, ...role.synonyms].map((text) => matchTitle(text)).find((t) => t !== null);
  if (id) ROLE_TITLE.set(role.id, id);
}

/**
 * The credit title a roster role names, or null: the catalogue role's (by id, or found from
 * the text with its synonyms: "Exec Producer", "Co-EP"), else the text as typed read as a title.
 */
export function roleTitle(role: string, roleId: string | null): CreditTitleId | null {
  if (roleId && getRole(roleId)) return ROLE_TITLE.get(roleId) ?? null;
  const found = typeof role === "string" ? findRole(role) : null;
  if (found) return ROLE_TITLE.get(found.id) ?? null;
  return matchTitle(role);
}

/** The roster's producer-family claims, one per person and title (the first roster entry's wording), by person then title. */
export function claimsFromRoster(entries: readonly RosterRoleInput[]): Claim[] {
  const out = new Map<string, Claim>();
  for (const e of entries) {
    if (!e || typeof e.personId !== "string" || typeof e.role !== "string") continue;
    const titleId = roleTitle(e.role, e.roleId ?? null);
    if (!titleId || !isProducerFamilyId(titleId)) continue;
    const key = `${e.personId}\u0000${titleId}`;
    if (!out.has(key)) out.set(key, { personId: e.personId, titleId, role: e.role.trim(), department: (e.department ?? "").trim() });
  }
  return [...out.values()].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.titleId < b.titleId ? -1 : a.titleId > b.titleId ? 1 : 0));
}

/** Claims nobody decided yet (no decision on that person and title), as held titles for the truth check. */
export function undecidedClaims<R extends { personId: string; suggestedTitle: string | null }>(claims: readonly Claim[], records: readonly R[]) {
  const decided = new Set(records.filter((r) => r.suggestedTitle !== null).map((r) => `${r.personId}\u0000${r.suggestedTitle}`));
  return claims
    .filter((c) => !decided.has(`${c.personId}\u0000${c.titleId}`))
    .map((c) => ({ id: `claim:${c.personId}:${c.titleId}`, personId: c.personId, title: titleLabel(c.titleId), status: "claim" as const, locked: false, suggestedTitle: c.titleId }));
}
