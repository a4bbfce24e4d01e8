import { describe, expect, it } from "vitest";
import { isValidEmail, normalizeEmail } from "@/lib/roster/import/email";

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Maya@Example.COM ")).toBe("maya@example.com");
  });

  it("unwraps a display name and a mailto: link", () => {
    expect(normalizeEmail("Maya Okafor <Maya@Example.com>")).toBe("maya@example.com");
    expect(normalizeEmail("mailto:maya@example.com")).toBe("maya@example.com");
  });

  it("keeps empty text empty", () => {
    expect(normalizeEmail("   ")).toBe("");
  });
});

describe("isValidEmail", () => {
  it("accepts ordinary addresses", () => {
    expect(isValidEmail("maya@example.com")).toBe(true);
    expect(isValidEmail("maya.o+crew@mail.example.co.uk")).toBe(true);
  });

  it.each(["sam(at)example.com", "lee@example", "maya@", "@example.com", "a b@example.com", "a@example.com; b@example.com"])("refuses %s", (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});
