import { z } from "zod";

/** The same rule the person form applies (lib/validation/people.ts), so a previewed row never fails on commit. */
const emailRule = z.email();

/**
 * A typed email as Hatrack stores it: trimmed and lower-cased, with a "mailto:" prefix or a
 * "Maya Okafor <maya@example.com>" wrapper removed. "" stays "".
 */
export function normalizeEmail(text: string): string {
  const trimmed = text.normalize("NFC").trim();
  const wrapped = /<([^<>]+)>\s*$/.exec(trimmed);
  return (wrapped ? wrapped[1]! : trimmed).trim().replace(/^mailto:/i, "").toLowerCase();
}

/** True for an address the person form accepts (checked after `normalizeEmail`; its 254-character cap is checked with the other lengths). */
export function isValidEmail(email: string): boolean {
  return emailRule.safeParse(email).success;
}
