import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashToken, newId, newToken } from "@/lib/tokens";

describe("newToken", () => {
  it("is 43 base64url characters (256 bits) by default", () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("honours a custom byte length", () => {
    expect(Buffer.from(newToken(16), "base64url")).toHaveLength(16);
    expect(newToken(16)).toHaveLength(22);
  });

  it("is unique", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newToken()));
    expect(tokens.size).toBe(1000);
  });
});

describe("hashToken", () => {
  it("is the hex SHA-256 of the token", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const token = newToken();
    expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
  });

  it("is deterministic and 64 lower-case hex characters", () => {
    const token = newToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("differs for different tokens and never equals the token", () => {
    const a = newToken();
    const b = newToken();
    expect(hashToken(a)).not.toBe(hashToken(b));
    expect(hashToken(a)).not.toBe(a);
  });
});

describe("newId", () => {
  it("is a unique UUID", () => {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId()).not.toBe(id);
  });
});
