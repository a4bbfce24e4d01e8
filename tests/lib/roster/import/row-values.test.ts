import { describe, expect, it } from "vitest";
import { fieldColumns, normalizeValues, rawFields, type RawFields } from "@/lib/roster/import/row-values";
import { IMPORT_FIELDS } from "@/lib/roster/import/fields";
import { normalizeName } from "./fake-context";

const blank = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ""])) as RawFields;

describe("fieldColumns", () => {
  it("finds each mapped field's column", () => {
    expect(fieldColumns(["Name", "Shoe", "Email"], { Name: "creditedName", Shoe: null, Email: "email" })).toEqual({ creditedName: 0, email: 2 });
  });

  it("uses the leftmost column when a field is chosen twice, and ignores unknown headers", () => {
    expect(fieldColumns(["A", "B"], { A: "email", B: "email", C: "role" })).toEqual({ email: 0 });
  });
});

describe("rawFields", () => {
  const columns = { creditedName: 0, email: 2 };

  it("reads mapped cells and leaves other fields empty", () => {
    const raw = rawFields(["Maya", "x", "maya@example.com"], columns);
    expect(raw.creditedName).toBe("Maya");
    expect(raw.email).toBe("maya@example.com");
    expect(raw.role).toBe("");
  });

  it("lays the user's corrections over the cells, including unmapped fields", () => {
    const raw = rawFields(["Maya", "x", "bad"], columns, { email: "maya@example.com", role: "Gaffer" });
    expect(raw).toMatchObject({ creditedName: "Maya", email: "maya@example.com", role: "Gaffer" });
  });

  it("lets a correction clear a cell", () => {
    expect(rawFields(["Maya", "x", "bad"], columns, { email: "" }).email).toBe("");
  });
});

describe("normalizeValues", () => {
  const ctx = { normalizeName };

  it("NFC-normalizes and trims names, lower-cases the email", () => {
    const { values } = normalizeValues({ ...blank, creditedName: "  Chloe\u0301   Zhao ", email: " Chloe@Example.com ", legalName: " Chloé  Zhao " }, ctx);
    expect(values.creditedName).toBe("Chlo\u00e9 Zhao");
    expect(values.legalName).toBe("Chlo\u00e9 Zhao");
    expect(values.email).toBe("chloe@example.com");
  });

  it("builds the credited name from first and last names when it is blank", () => {
    expect(normalizeValues({ ...blank, firstName: " Maya ", lastName: "Okafor" }, ctx).values.creditedName).toBe("Maya Okafor");
    expect(normalizeValues({ ...blank, firstName: "Madonna" }, ctx).values.creditedName).toBe("Madonna");
    expect(normalizeValues({ ...blank, creditedName: "Mo Okafor", firstName: "Maya", lastName: "Okafor" }, ctx).values.creditedName).toBe("Mo Okafor");
  });

  it("keeps line breaks in notes but not in one-line fields", () => {
    const { values } = normalizeValues({ ...blank, notes: " Line one\r\nLine two ", phone: "+1 415\n555 0101", pronouns: " she/her " }, ctx);
    expect(values.notes).toBe("Line one\r\nLine two");
    expect(values.phone).toBe("+1 415 555 0101");
    expect(values.pronouns).toBe("she/her");
  });

  it("turns unions into guilds and returns the unknown ones", () => {
    expect(normalizeValues({ ...blank, unions: "SAG, Teamsters" }, ctx)).toMatchObject({ values: { unions: ["SAG-AFTRA", "Other"] }, unknownUnions: ["Teamsters"] });
  });

  it("gives empty strings and no unions for an empty row", () => {
    expect(normalizeValues(blank, ctx)).toEqual({
      values: { creditedName: "", department: "", role: "", character: "", email: "", phone: "", pronouns: "", legalName: "", unions: [], notes: "" },
      unknownUnions: [],
    });
  });
});
