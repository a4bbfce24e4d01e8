import { describe, expect, it } from "vitest";
import { z } from "zod";
import { emailSchema, fieldErrorsOf, idSchema, optionalText, requiredText } from "@/lib/validation/common";

describe("requiredText", () => {
  const schema = requiredText("Title", 5);

  it("trims and NFC-normalizes", () => {
    expect(schema.parse("  Cafe\u0301 ")).toBe("Caf\u00e9");
  });

  it("refuses missing and blank text with the label", () => {
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe("Title is required.");
    expect(schema.safeParse(" \t\n ").error?.issues[0]?.message).toBe("Title is required.");
  });

  it("counts the maximum after trimming", () => {
    expect(schema.parse("  abcde  ")).toBe("abcde");
    expect(schema.safeParse("abcdef").error?.issues[0]?.message).toBe("Title must be at most 5 characters.");
  });
});

describe("optionalText", () => {
  const schema = optionalText("Logline", 5);

  it("turns a missing value into an empty string", () => {
    expect(schema.parse(undefined)).toBe("");
  });

  it("trims and enforces the maximum", () => {
    expect(schema.parse("  hi  ")).toBe("hi");
    expect(schema.safeParse("toolong").error?.issues[0]?.message).toBe("Logline must be at most 5 characters.");
  });
});

describe("emailSchema", () => {
  it("trims and lower-cases", () => {
    expect(emailSchema.parse("  A.B@Example.ORG ")).toBe("a.b@example.org");
  });

  it("refuses an address longer than 254 characters", () => {
    const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com`;
    expect(long.length).toBeGreaterThan(254);
    expect(emailSchema.safeParse(long).error?.issues[0]?.message).toBe("That email address is too long.");
  });
});

describe("idSchema", () => {
  it("accepts UUIDs and simple ids", () => {
    expect(idSchema.safeParse("0b6e2e8c-5c55-4d0e-9a52-3b1f7c1c2d4e").success).toBe(true);
    expect(idSchema.safeParse("abc_DEF-123").success).toBe(true);
  });

  it.each(["", "a b", "../etc", "x'; drop table", "a".repeat(65)])("refuses %j", (id) => {
    expect(idSchema.safeParse(id).success).toBe(false);
  });
});

describe("fieldErrorsOf", () => {
  it("groups messages by their first path segment, in order", () => {
    const schema = z.object({
      name: z.string().min(3, { error: "too short" }).regex(/^[a-z]+$/, { error: "letters only" }),
      nested: z.object({ inner: z.string({ error: "inner missing" }) }),
    });
    const r = schema.safeParse({ name: "A1", nested: {} });
    expect(fieldErrorsOf(r.error!)).toEqual({ name: ["too short", "letters only"], nested: ["inner missing"] });
  });

  it("puts issues without a path under _form", () => {
    const schema = z.object({ a: z.string().optional() }).refine((v) => v.a !== undefined, { error: "Send something." });
    expect(fieldErrorsOf(schema.safeParse({}).error!)).toEqual({ _form: ["Send something."] });
  });
});
