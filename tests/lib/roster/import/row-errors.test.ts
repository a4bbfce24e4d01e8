import { describe, expect, it } from "vitest";
import { IMPORT_FIELDS } from "@/lib/roster/import/fields";
import { FIELD_MAX_CHARS, rowErrors } from "@/lib/roster/import/row-errors";
import type { RawFields, RowValues } from "@/lib/roster/import/row-values";
import { personSchema, rosterEntrySchema } from "@/lib/validation/people";

const raw = (fields: Partial<RawFields> = {}): RawFields => ({ ...(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ""])) as RawFields), ...fields });
const values = (fields: Partial<RowValues> = {}): RowValues => ({
  creditedName: "Maya Okafor",
  department: "",
  role: "Gaffer",
  character: "",
  email: "",
  phone: "",
  pronouns: "",
  legalName: "",
  unions: [],
  notes: "",
  ...fields,
});

describe("rowErrors", () => {
  it("has nothing to say about a complete row", () => {
    expect(rowErrors(raw({ creditedName: "Maya Okafor", role: "Gaffer" }), values({ email: "maya@example.com" }))).toEqual([]);
  });

  it("reports a missing name and a missing role", () => {
    expect(rowErrors(raw(), values({ creditedName: "", role: "" }))).toEqual(["The name is missing.", "The role is missing."]);
  });

  it("names the invalid email", () => {
    expect(rowErrors(raw(), values({ email: "sam(at)example.com" }))).toEqual(['"sam(at)example.com" is not a valid email address.']);
  });

  it("reports a cell over 1,000 characters once, by field", () => {
    const long = "x".repeat(10_000);
    expect(rowErrors(raw({ notes: long }), values({ notes: long }))).toEqual(["Notes is 10,000 characters long; the limit is 1,000."]);
    expect(rowErrors(raw({ creditedName: long }), values({ creditedName: long }))).toEqual(["Credited name is 10,000 characters long; the limit is 1,000."]);
  });

  it("accepts exactly 1,000 characters in a cell", () => {
    expect(rowErrors(raw({ notes: "x".repeat(1_000) }), values({ notes: "x".repeat(1_000) }))).toEqual([]);
  });

  it("reports a long first name once, not again as a long credited name", () => {
    const long = "x".repeat(1_001);
    expect(rowErrors(raw({ firstName: long }), values({ creditedName: long }))).toEqual(["First name is 1,001 characters long; the limit is 1,000."]);
  });

  it("applies each field's own maximum", () => {
    expect(rowErrors(raw(), values({ creditedName: "x".repeat(201) }))).toEqual(["Credited name must be at most 200 characters."]);
    expect(rowErrors(raw(), values({ pronouns: "x".repeat(61) }))).toEqual(["Pronouns must be at most 60 characters."]);
    expect(rowErrors(raw(), values({ phone: "1".repeat(41) }))).toEqual(["Phone must be at most 40 characters."]);
  });
});

describe("FIELD_MAX_CHARS", () => {
  it("agrees with the person and roster-entry forms, so a previewed row commits", () => {
    const base = { creditedName: "Maya" };
    for (const field of ["creditedName", "legalName", "pronouns", "phone", "notes"] as const) {
      const max = FIELD_MAX_CHARS[field];
      expect(personSchema.safeParse({ ...base, [field]: "x".repeat(max) }).success, field).toBe(true);
      expect(personSchema.safeParse({ ...base, [field]: "x".repeat(max + 1) }).success, field).toBe(false);
    }
    for (const field of ["department", "role"] as const) {
      const max = FIELD_MAX_CHARS[field];
      expect(rosterEntrySchema.safeParse({ role: "x", [field]: "x".repeat(max) }).success, field).toBe(true);
      expect(rosterEntrySchema.safeParse({ role: "x", [field]: "x".repeat(max + 1) }).success, field).toBe(false);
    }
    const email = (n: number) => `${"a".repeat(n - "@example.com".length)}@example.com`;
    expect(personSchema.safeParse({ ...base, email: email(FIELD_MAX_CHARS.email + 1) }).success).toBe(false);
  });
});
