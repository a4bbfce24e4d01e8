import { describe, expect, it } from "vitest";
import { isBlankRecord, toTable, uniqueHeaders } from "@/lib/roster/import/table";

describe("toTable", () => {
  it("takes the first record as the header and keeps row numbers", () => {
    expect(toTable([["Name", "Role"], ["Maya", "DP"]], [1, 2])).toEqual({ headers: ["Name", "Role"], rows: [["Maya", "DP"]], rowNumbers: [2] });
  });

  it("skips blank records, before the header too, keeping the file's row numbers", () => {
    const table = toTable([[""], ["Name", "Role"], ["", " "], ["Maya", "DP"], [",,"]], [1, 2, 3, 4, 5]);
    expect(table.headers).toEqual(["Name", "Role"]);
    expect(table.rows).toEqual([["Maya", "DP"], [",,", ""]]);
    expect(table.rowNumbers).toEqual([4, 5]);
  });

  it("pads short rows and widens the table for long ones", () => {
    const table = toTable([["Name", "Role"], ["Maya"], ["Sam", "Gaffer", "extra"]], [1, 2, 3]);
    expect(table.headers).toEqual(["Name", "Role", "Column 3"]);
    expect(table.rows).toEqual([["Maya", "", ""], ["Sam", "Gaffer", "extra"]]);
  });

  it("cuts trailing columns that are blank everywhere", () => {
    const table = toTable([["Name", "Role", "", ""], ["Maya", "DP", "", " "]], [1, 2]);
    expect(table.headers).toEqual(["Name", "Role"]);
    expect(table.rows).toEqual([["Maya", "DP"]]);
  });

  it("is empty for no records or blank ones only", () => {
    expect(toTable([], [])).toEqual({ headers: [], rows: [], rowNumbers: [] });
    expect(toTable([[""], [" ", ""]], [1, 2])).toEqual({ headers: [], rows: [], rowNumbers: [] });
  });

  it("numbers records 1, 2, … when row numbers are missing", () => {
    expect(toTable([["Name"], ["Maya"]], []).rowNumbers).toEqual([2]);
  });
});

describe("isBlankRecord", () => {
  it("is true when every cell is empty or whitespace", () => {
    expect(isBlankRecord([])).toBe(true);
    expect(isBlankRecord(["", " \t", "\n"])).toBe(true);
  });

  it("is false when any cell holds text", () => {
    expect(isBlankRecord(["", "x"])).toBe(false);
  });
});

describe("uniqueHeaders", () => {
  it("trims, NFC-normalizes and collapses whitespace", () => {
    expect(uniqueHeaders(["  Name ", "Credited\nname", "Rôle".normalize("NFD")])).toEqual(["Name", "Credited name", "Rôle"]);
  });

  it("names blank headers by their column", () => {
    expect(uniqueHeaders(["Name", "", "  "])).toEqual(["Name", "Column 2", "Column 3"]);
  });

  it("numbers repeated headers, ignoring case, without colliding with existing ones", () => {
    expect(uniqueHeaders(["Email", "email", "Email (2)", "Email"])).toEqual(["Email", "email (2)", "Email (2) (2)", "Email (3)"]);
  });
});
