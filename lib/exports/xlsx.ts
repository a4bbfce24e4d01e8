import ExcelJS from "exceljs";
import { columnWidths } from "./column-width";
import { safeSheetName } from "./sheet-name";

/** Excel's limit on the characters of one cell. */
const MAX_CELL = 32_767;

/**
 * Rows → an .xlsx workbook with one sheet: the first row is a bold, frozen header with a
 * filter, columns are sized to their content. Invariant: every cell is stored as a string —
 * "=SUM(A1)" or "-5" stay text and never evaluate (no apostrophe is needed, unlike CSV).
 */
export async function toXlsx(sheetName: string, rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  for (const row of rows) {
    const added = sheet.addRow(row.map(xmlSafe));
    added.eachCell((cell) => {
      cell.numFmt = "@";
    });
  }
  columnWidths(rows).forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const width = rows[0]?.length ?? 0;
  if (width > 0) {
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Text that fits an XML cell: control characters XML 1.0 forbids are dropped, line breaks
 * become "\n" as Excel writes them (XML readers turn a raw CRLF into LF anyway), and the
 * cell is cut at Excel's 32,767 characters.
 */
export function xmlSafe(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/\r\n?/g, "\n")
    .slice(0, MAX_CELL);
}
