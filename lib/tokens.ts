import { createHash, randomBytes, randomUUID } from "node:crypto";

/** A URL-safe random token of `bytes` bytes (default 32 = 256 bits). */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens are stored only as their SHA-256, so a leaked database reveals no working link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newId(): string {
  return randomUUID();
}
