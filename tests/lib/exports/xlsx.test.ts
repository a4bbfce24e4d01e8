import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { rosterExportRows } from "@/lib/roster/export-rows";
import { toXlsx, xmlSafe } from "@/lib/exports/xlsx";
import { parseXlsx } from "@/lib/roster/import/xlsx";
import { decodeText } from "@/lib/roster/import/decode";
import { parseDelimited } from "@/lib/roster/import/delimited";
import { fixture } from "../roster/import/fake-context";

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb.worksheets[0]!;
}

describe("toXlsx", () => {
  const rows = [
    ["Credited name", "Role", "Notes", "Phone"],
    ['=HYPERLINK("http://evil.example","x")', "@SUM(A1:A2)", "-2", "0044 7700 900123"],
    ["Chloé Zhao", "Director", "Line one\nLine two", "+1 415 555 0100"],
    ["黒澤 明", "Director of Photography", "", "5"],
  ];

  it("round-trips through parseXlsx to the same cells, formulas as text", async () => {
    const { sheets } = await parseXlsx(await toXlsx("Roster", rows));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.table().headers).toEqual(rows[0]);
    expect(sheets[0]!.table().rows).toEqual(rows.slice(1));
  });

  it("round-trips every fixture's cells, line breaks as Excel's LF", async () => {
    for (const name of ["formula-injection.csv", "quotes-newlines.csv", "unicode-names.csv", "win1252.csv"]) {
      const { headers, rows: body } = parseDelimited(decodeText(fixture(name)).text);
      const { sheets } = await parseXlsx(await toXlsx(name, [headers, ...body]));
      const expected = [headers, ...body].map((r) => r.map((c) => c.replace(/\r\n/g, "\n")));
      expect([sheets[0]!.table().headers, ...sheets[0]!.table().rows]).toEqual(expected);
    }
  });

  it("stores every cell as a string, never a formula or a number", async () => {
    const sheet = await load(await toXlsx("Roster", rows));
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("C2").value).toBe("-2");
    expect(sheet.getCell("D4").value).toBe("5");
    expect(sheet.getCell("D4").numFmt).toBe("@");
  });

  it("makes the header bold, frozen and filterable, and fits column widths", async () => {
    const sheet = await load(await toXlsx("Harbor Lights: Roster", rows));
    expect(sheet.name).toBe("Harbor Lights- Roster");
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A2").font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThan(sheet.getColumn(4).width!);
    expect(sheet.autoFilter).toBeTruthy();
  });

  it("writes a roster export that imports back with the same values", async () => {
    const table = rosterExportRows([
      { creditedName: "Maya Okafor", sortName: "Okafor, Maya", department: "Camera", role: "Director of Photography", email: "maya@example.com", phone: null, pronouns: "she/her", unions: ["IATSE"], legalName: null, notes: null, confirmed: "Confirmed" },
    ]);
    const { sheets } = await parseXlsx(await toXlsx("Roster", table));
    expect([sheets[0]!.table().headers, ...sheets[0]!.table().rows]).toEqual(table.map((r) => r.map((c) => c)));
  });

  it("writes a workbook for no rows", async () => {
    const { sheets } = await parseXlsx(await toXlsx("Roster", []));
    expect(sheets.map((sheet) => ({ name: sheet.name, ...sheet.table() }))).toEqual([{ name: "Roster", headers: [], rows: [], rowNumbers: [] }]);
  });

  it("writes a valid file for text with control characters", async () => {
    const { sheets } = await parseXlsx(await toXlsx("Roster", [["Name"], ["Maya\u0000\u0007 Okafor"]]));
    expect(sheets[0]!.table().rows).toEqual([["Maya Okafor"]]);
  });
});

describe("xmlSafe", () => {
  it("drops control characters XML forbids and keeps tabs and line breaks", () => {
    expect(xmlSafe("a\u0000b\u0008c\u000bd\u001fe\ufffff")).toBe("abcdef");
    expect(xmlSafe("a\tb\nc")).toBe("a\tb\nc");
  });

  it("writes CRLF and CR line breaks as LF", () => {
    expect(xmlSafe("a\r\nb\rc")).toBe("a\nb\nc");
  });

  it("cuts text at Excel's 32,767-character cell limit", () => {
    expect(xmlSafe("x".repeat(40_000))).toHaveLength(32_767);
  });
});
