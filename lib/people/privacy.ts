/**
 * Crew contact details are for the people who run the production: Owners and Editors see a
 * person's email, phone, legal name and notes; a Viewer (a financier, a sales agent) sees
 * names, pronouns, unions and roles only. The data layer applies this to every read
 * (db/queries), so pages, exports and the API all leave the same fields out.
 */
export const CONTACT_FIELDS = ["email", "phone", "legalName", "notes"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** The record with its contact fields set to null (the other fields untouched); a new object. */
export function withoutContacts<T extends Partial<Record<ContactField, string | null>>>(record: T): T {
  const copy = { ...record };
  for (const field of CONTACT_FIELDS) if (field in copy) (copy as Record<string, unknown>)[field] = null;
  return copy;
}
