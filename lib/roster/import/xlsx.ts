import ExcelJS from "exceljs";
import { cellText } from "./cell-text";
import { ImportFileError } from "./file-error";
import { MAX_UNZIPPED_BYTES, tooBigUnzippedMessage } from "./limits";
import { toTable } from "./table";
import type { Table } from "./types";
import { zipUncompressedSize } from "./zip";

export type Sheet = Table & { name: string };

/**
 * An .xlsx workbook → every worksheet as a `Table`, in workbook order; an empty sheet is kept
 * with no headers and no rows so the UI can list it. Cells become display text (`cellText`);
 * a cell inside a merged range reads as the range's value (a department merged down a column
 * fills every row). Throws `ImportFileError` when the bytes are not a readable workbook or
 * would unpack to more than MAX_UNZIPPED_BYTES.
 */
export async function parseXlsx(bytes: Uint8Array): Promise<{ sheets: Sheet[] }> {
  const unzipped = zipUncompressedSize(bytes);
  if (unzipped === null) throw new ImportFileError(unreadableMessage);
  if (unzipped > MAX_UNZIPPED_BYTES) throw new ImportFileError(tooBigUnzippedMessage());
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip, which exceljs uses, reads any Uint8Array; the typings only name Node's Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ImportFileError(unreadableMessage);
  }
  return { sheets: workbook.worksheets.map(sheetTable) };
}

const unreadableMessage =
  "The file could not be read as an Excel workbook. It may be damaged, password-protected or from another app (Numbers, LibreOffice): save it as .xlsx or CSV and try again.";

function sheetTable(sheet: ExcelJS.Worksheet): Sheet {
  const records: string[][] = [];
  const numbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    records.push(Array.from(cells, (c) => c ?? ""));
    numbers.push(rowNumber);
  });
  return { name: sheet.name, ...toTable(records, numbers) };
}
