import type { PersonInput } from "@/lib/validation/people";
import { deriveSortName, emailKey, nameMatchKey, normalizeName, sortCollationKey } from "./names";

/** A person's stored columns as derived from what was typed. */
export type PersonColumns = ReturnType<typeof personColumns>;

/**
 * The columns derived from a person's input: normalized name, sort name (derived unless a
 * different one was typed), sort and matching keys, lower-cased email. Pure, so the import
 * can compute them for 20,000 people off the request thread.
 */
export function personColumns(input: PersonInput) {
  const creditedName = normalizeName(input.creditedName);
  const derived = deriveSortName(creditedName, { familyNameFirst: input.familyNameFirst });
  const typed = input.sortName ? normalizeName(input.sortName) : "";
  const custom = Boolean(typed && typed !== derived);
  const sortName = custom ? typed : derived;
  return {
    creditedName,
    sortName,
    sortNameCustom: custom,
    sortKey: sortCollationKey(sortName),
    familyNameFirst: input.familyNameFirst,
    nameKey: nameMatchKey(creditedName),
    legalName: input.legalName ? normalizeName(input.legalName) : null,
    pronouns: input.pronouns,
    email: emailKey(input.email),
    phone: input.phone,
    unions: input.unions,
    notes: input.notes,
  };
}
