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

describe("toTable limits", () => {
  it("refuses a table wider than 200 used columns before padding any row, counting only used columns", () => {
    expect(() => toTable([Array.from({ length: 201 }, (_, i) => `h${i}`), ["x"]], [1, 2])).toThrow("The file has 201 columns; the limit is 200.");
    // Trailing blank cells (as spreadsheets save them) don't count.
    expect(toTable([["Name", ...Array.from({ length: 5_000 }, () => "")], ["Maya"]], [1, 2]).headers).toEqual(["Name"]);
  });

  it("refuses more than 20,000 data rows and more than 1,000,000 cells", () => {
    const rows = (n: number, width: number) => Array.from({ length: n }, () => Array.from({ length: width }, () => "x"));
    expect(() => toTable([["Name"], ...rows(20_001, 1)], [])).toThrow("The file has 20,001 rows; the limit is 20,000.");
    expect(() => toTable([Array.from({ length: 100 }, (_, i) => `h${i}`), ...rows(10_001, 1)], [])).toThrow("The file has 1,000,100 cells (10,001 rows × 100 columns)");
  });

  it("refuses a cell longer than 32,767 characters, naming its row", () => {
    expect(() => toTable([["Name"], ["Maya"], ["x".repeat(32_768)]], [1, 3, 7])).toThrow("Row 7 has a cell of 32,768 characters");
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

  it("numbers 10,000 copies of one header 2, 3, … 10,000 (each number found once, not searched from 2)", () => {
    const headers = uniqueHeaders(Array.from({ length: 10_000 }, () => "a"));
    expect(headers.slice(0, 3)).toEqual(["a", "a (2)", "a (3)"]);
    expect(headers.at(-1)).toBe("a (10000)");
    expect(new Set(headers).size).toBe(10_000);
  });

  it("skips numbers that real headers already use", () => {
    expect(uniqueHeaders(["a", "a (2)", "a", "a (3)", "a"])).toEqual(["a", "a (2)", "a (3)", "a (3) (2)", "a (4)"]);
  });

  it("numbers repeated headers, ignoring case, without colliding with existing ones", () => {
    expect(uniqueHeaders(["Email", "email", "Email (2)", "Email"])).toEqual(["Email", "email (2)", "Email (2) (2)", "Email (3)"]);
  });
});
