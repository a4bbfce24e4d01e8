import { describe, expect, it } from "vitest";
import { FIELD_LABELS, IMPORT_FIELDS, isImportField } from "@/lib/roster/import/fields";

describe("isImportField", () => {
  it("accepts every field and nothing else", () => {
    for (const field of IMPORT_FIELDS) expect(isImportField(field)).toBe(true);
    expect(isImportField("sortName")).toBe(false);
    expect(isImportField("CreditedName")).toBe(false);
    expect(isImportField(null)).toBe(false);
  });

  it("has a label for every field", () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual([...IMPORT_FIELDS].sort());
  });
});
