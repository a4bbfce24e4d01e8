import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/roster/import/file-error";
import { MAX_UNZIPPED_BYTES } from "@/lib/roster/import/limits";
import { parseXlsx } from "@/lib/roster/import/xlsx";
import { fixture } from "./fake-context";

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("parseXlsx", () => {
  it("reads every sheet in order, keeping an empty one (several-sheets.xlsx)", async () => {
    const { sheets } = await parseXlsx(fixture("several-sheets.xlsx"));
    expect(sheets.map((s) => s.name)).toEqual(["Notes", "Crew", "Cast"]);
    expect(sheets[0]!.table()).toEqual({ headers: [], rows: [], rowNumbers: [] });
    expect(sheets[0]!.filledRows).toBe(0);
    expect(sheets[2]!.table().rows).toEqual([["Ana María de la Cruz", "Lead"]]);
  });

  it("turns rich text, hyperlinks, numbers, dates and formulas into display text", async () => {
    const crew = (await parseXlsx(fixture("several-sheets.xlsx"))).sheets[1]!.table();
    expect(crew.headers).toEqual(["Name", "Department", "Position", "Email", "Phone", "Start date", "Day rate", "Unions"]);
    expect(crew.rows[0]).toEqual(["Maya Okafor", "Camera", "Director of Photography", "maya@example.com", "4155550100", "2024-05-03", "1200", "DGA, SAG/AFTRA"]);
    expect(crew.rows[1]).toEqual(["Sam Reed", "Electric", "Gaffer", "sam@example.com", "+1 415 555 0101", "", "600", "Local 728"]);
  });

  it("skips blank rows and keeps the sheet's row numbers", async () => {
    const crew = (await parseXlsx(fixture("several-sheets.xlsx"))).sheets[1]!.table();
    expect(crew.rows.map((r) => r[0])).toEqual(["Maya Okafor", "Sam Reed", "Lee Chen"]);
    expect(crew.rowNumbers).toEqual([2, 3, 5]);
  });

  it("takes the first non-blank row as the header and fills merged cells down", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("Crew");
      ws.getCell("A3").value = "Name";
      ws.getCell("B3").value = "Department";
      ws.getCell("A4").value = "Maya";
      ws.getCell("A5").value = "Sam";
      ws.mergeCells("B4:B5");
      ws.getCell("B4").value = "Camera";
    });
    const sheet = (await parseXlsx(bytes)).sheets[0]!.table();
    expect(sheet!.headers).toEqual(["Name", "Department"]);
    expect(sheet!.rows).toEqual([["Maya", "Camera"], ["Sam", "Camera"]]);
    expect(sheet!.rowNumbers).toEqual([4, 5]);
  });

  it("keeps gaps between filled cells as empty cells", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("Crew");
      ws.getCell("A1").value = "Name";
      ws.getCell("C1").value = "Role";
      ws.getCell("A2").value = "Maya";
      ws.getCell("C2").value = "DP";
    });
    const sheet = (await parseXlsx(bytes)).sheets[0]!.table();
    expect(sheet!.headers).toEqual(["Name", "Column 2", "Role"]);
    expect(sheet!.rows).toEqual([["Maya", "", "DP"]]);
  });

  it("refuses bytes that are not a workbook, with a message for the user", async () => {
    await expect(parseXlsx(fixture("not-really.xlsx"))).rejects.toThrow(ImportFileError);
    await expect(parseXlsx(fixture("not-really.xlsx"))).rejects.toThrow(/could not be read as an Excel workbook/);
  });

  it("refuses a zip bomb that understates its sizes, counting what it really unpacks to (zip-bomb.xlsx)", async () => {
    const bytes = fixture("zip-bomb.xlsx");
    expect(bytes.length).toBeLessThan(400_000);
    await expect(parseXlsx(bytes)).rejects.toThrow(`The workbook unpacks to more than ${MAX_UNZIPPED_BYTES / 2 ** 20} MB`);
  });

  it("marks hidden sheets and never stores cells right of the 200th column", async () => {
    const bytes = await workbook((wb) => {
      const lookup = wb.addWorksheet("Lookup", { state: "hidden" });
      lookup.addRow(["Code", "Department"]);
      const crew = wb.addWorksheet("Crew");
      crew.addRow(["Name", "Role"]);
      crew.addRow(["Maya", "DP"]);
      crew.getCell(2, 16_000).value = "   ";
      const wide = wb.addWorksheet("Wide");
      wide.addRow(["Name", "Role"]);
      wide.getCell(3, 16_000).value = "stray";
    });
    const [lookup, crew, wide] = (await parseXlsx(bytes)).sheets;
    expect([lookup!.hidden, crew!.hidden, wide!.hidden]).toEqual([true, false, false]);
    expect(crew!.table()).toEqual({ headers: ["Name", "Role"], rows: [["Maya", "DP"]], rowNumbers: [2] });
    expect(() => wide!.table()).toThrow("The file has 16,000 columns; the limit is 200.");
  });

  it("refuses a ZIP that is not a workbook", async () => {
    const bytes = fixture("several-sheets.xlsx").slice();
    bytes.fill(0, 30, 400); // damages the first entry's data but keeps the central directory
    await expect(parseXlsx(bytes)).rejects.toThrow(ImportFileError);
  });
});
