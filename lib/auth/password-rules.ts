import { dictionary } from "@zxcvbn-ts/language-common";

/** Password policy: at least 10 characters, at most 200, not one of the commonly used passwords. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  // ~49,000 passwords seen most often in breaches (zxcvbn-ts's list), lower-cased.
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return true;
  // One character repeated, or a plain run like "1234567890" / "abcdefghij".
  if (/^(.)\1+$/.test(lower)) return true;
  const runs = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"];
  return runs.some((run) => run.includes(lower));
}

/** Returns the problem with a password as a sentence for the user, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (isCommonPassword(password)) return "This password is too common. Choose one that is harder to guess.";
  const lower = password.toLowerCase();
  const emailLocal = context.email?.split("@")[0]?.toLowerCase();
  if (emailLocal && emailLocal.length >= 4 && lower === emailLocal) return "Don't use your email address as your password.";
  if (context.name && lower === context.name.trim().toLowerCase().replace(/\s+/g, "")) {
    return "Don't use your name as your password.";
  }
  return null;
}
