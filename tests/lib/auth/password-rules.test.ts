import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

const TOO_COMMON = "This password is too common. Choose one that is harder to guess.";

describe("passwordProblem", () => {
  it("accepts a good passphrase", () => {
    expect(passwordProblem("crawl-at-24fps")).toBeNull();
    expect(passwordProblem("correct horse battery staple", { email: "maya@example.com", name: "Maya Okafor" })).toBeNull();
  });

  it("refuses fewer than 10 characters, accepts exactly 10", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordProblem("")).toBe("Use at least 10 characters.");
    expect(passwordProblem("k9#vQ2!zL")).toBe("Use at least 10 characters.");
    expect(passwordProblem("k9#vQ2!zLx")).toBeNull();
  });

  it("refuses more than 200 characters, accepts exactly 200", () => {
    expect(PASSWORD_MAX_LENGTH).toBe(200);
    const base = "k9#vQ2!zLx-"; // not a run, not a repeat
    const long = base.repeat(20);
    expect(passwordProblem(long.slice(0, 200))).toBeNull();
    expect(passwordProblem(long.slice(0, 201))).toBe("Use at most 200 characters.");
  });

  it.each(["password123", "qwertyuiop", "1234567890", "aaaaaaaaaa", "PASSWORD123", "abcdefghij"])(
    "refuses the common password %s",
    (pw) => {
      expect(passwordProblem(pw)).toBe(TOO_COMMON);
    },
  );

  it("refuses the email's local part as the password (any case)", () => {
    expect(passwordProblem("mayaokafor77", { email: "mayaokafor77@example.com" })).toBe("Don't use your email address as your password.");
    expect(passwordProblem("MayaOkafor77", { email: "mayaokafor77@example.com" })).toBe("Don't use your email address as your password.");
  });

  it("allows a password that only contains the email's local part", () => {
    expect(passwordProblem("mayaokafor77-ferry-night", { email: "mayaokafor77@example.com" })).toBeNull();
  });

  it("refuses the person's name, ignoring case and spaces", () => {
    expect(passwordProblem("mayaokaforfilms", { name: "Maya Okafor Films" })).toBe("Don't use your name as your password.");
    expect(passwordProblem("MAYAOKAFORFILMS", { name: "  Maya  Okafor Films " })).toBe("Don't use your name as your password.");
  });

  it("checks length before commonness", () => {
    expect(passwordProblem("aaaa")).toBe("Use at least 10 characters.");
  });
});

describe("isCommonPassword", () => {
  it("finds passwords from the breach list, case-insensitively", () => {
    expect(isCommonPassword("password123")).toBe(true);
    expect(isCommonPassword("PassWord123")).toBe(true);
  });

  it("treats one repeated character as common", () => {
    expect(isCommonPassword("zzzzzzzzzzzz")).toBe(true);
    expect(isCommonPassword("############")).toBe(true);
  });

  it("treats plain keyboard and alphabet runs as common", () => {
    expect(isCommonPassword("1234567890")).toBe(true);
    expect(isCommonPassword("4567890123")).toBe(true);
    expect(isCommonPassword("klmnopqrstu")).toBe(true);
    expect(isCommonPassword("asdfghjklz")).toBe(true);
  });

  it("does not flag an uncommon passphrase", () => {
    expect(isCommonPassword("crawl-at-24fps")).toBe(false);
    expect(isCommonPassword("ferry captain winter crossing")).toBe(false);
  });
});
