import { describe, expect, it } from "vitest";
import { safeSheetName } from "@/lib/exports/sheet-name";

describe("safeSheetName", () => {
  it("replaces the characters Excel forbids", () => {
    expect(safeSheetName("Harbor Lights: Director's Cut")).toBe("Harbor Lights- Director's Cut");
    expect(safeSheetName("a/b\\c?d*e[f]g")).toBe("a-b-c-d-e-f-g");
  });

  it("keeps at most 31 characters", () => {
    expect(safeSheetName("x".repeat(40))).toHaveLength(31);
    expect(Array.from(safeSheetName("黒".repeat(40)))).toHaveLength(31);
  });

  it("drops leading and trailing apostrophes and spaces", () => {
    expect(safeSheetName("'Roster' ")).toBe("Roster");
  });

  it("falls back to Roster for a blank name", () => {
    expect(safeSheetName("")).toBe("Roster");
    expect(safeSheetName("'''")).toBe("Roster");
  });
});
