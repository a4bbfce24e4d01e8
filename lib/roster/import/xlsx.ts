import ExcelJS from "exceljs";
import { cellText } from "./cell-text";
import { ImportFileError } from "./file-error";
import { MAX_COLUMNS, MAX_ROWS, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, tooBigUnzippedMessage, tooManyColumnsMessage, tooManyRowsMessage } from "./limits";
import { toTable } from "./table";
import type { Table } from "./types";
import { zipInflatedSize } from "./zip";

/**
 * One worksheet: its name, whether Excel hides it, how many rows hold anything, and its
 * table, built on demand (`toTable` may refuse a sheet too big to import, and a workbook's
 * other sheets should stay listed when one is refused).
 */
export type Sheet = { name: string; hidden: boolean; filledRows: number; table: () => Table };

/**
 * An .xlsx workbook → every worksheet, in workbook order; an empty sheet is kept so the UI
 * can list it. Cells become display text (`cellText`); a cell inside a merged range reads as
 * the range's value (a department merged down a column fills every row).
 * The archive is first unpacked as a stream and counted (`zipInflatedSize`): one that would
 * really unpack to more than MAX_UNZIPPED_BYTES is refused before the workbook is loaded.
 * Throws `ImportFileError` when the bytes are not a readable workbook or are too big.
 */
export async function parseXlsx(bytes: Uint8Array): Promise<{ sheets: Sheet[] }> {
  const size = await zipInflatedSize(bytes, { maxBytes: MAX_UNZIPPED_BYTES, maxEntries: MAX_ZIP_ENTRIES });
  if (size === "unreadable") throw new ImportFileError(unreadableMessage);
  if (size === "too-big") throw new ImportFileError(tooBigUnzippedMessage());
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip, which exceljs uses, reads any Uint8Array; the typings only name Node's Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ImportFileError(unreadableMessage);
  }
  return {
    sheets: workbook.worksheets.map((sheet) => {
      let table: Table | undefined;
      return {
        name: sheet.name,
        hidden: sheet.state === "hidden" || sheet.state === "veryHidden",
        filledRows: sheet.actualRowCount,
        table: () => (table ??= sheetTable(sheet)),
      };
    }),
  };
}

const unreadableMessage =
  "The file could not be read as an Excel workbook. It may be damaged, password-protected or from another app (Numbers, LibreOffice): save it as .xlsx or CSV and try again.";

/**
 * A sheet's rows as records for `toTable`. Cells right of MAX_COLUMNS are never stored (a
 * single cell in column XFD would otherwise widen every record to 16,384): a filled one
 * refuses the sheet with its real width, a blank one is ignored.
 */
function sheetTable(sheet: ExcelJS.Worksheet): Table {
  if (sheet.actualRowCount > MAX_ROWS + 1) throw new ImportFileError(tooManyRowsMessage(sheet.actualRowCount - 1));
  const records: string[][] = [];
  const numbers: number[] = [];
  let widest = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = cellText(cell.value);
      if (col <= MAX_COLUMNS) cells[col - 1] = text;
      else if (text.trim() !== "") widest = Math.max(widest, col);
    });
    records.push(Array.from(cells, (c) => c ?? ""));
    numbers.push(rowNumber);
  });
  if (widest > 0) throw new ImportFileError(tooManyColumnsMessage(widest));
  return toTable(records, numbers);
}
