import { decodeText } from "./decode";
import { parseDelimited } from "./delimited";
import { ImportFileError } from "./file-error";
import { detectFormat, unsupportedFormatMessage } from "./format";
import { MAX_BYTES, MAX_ROWS, tooBigMessage, tooManyRowsMessage } from "./limits";
import type { ImportError, ParsedTable, Table } from "./types";
import { parseXlsx, type Sheet } from "./xlsx";

export { detectFormat } from "./format";
export { parseDelimited } from "./delimited";
export { parseXlsx } from "./xlsx";

/**
 * An uploaded file → the table to map, or a message saying why not. Checks run cheapest
 * first: size before any parsing, format before decoding, row count after parsing.
 * `options.sheet` picks a worksheet by name; by default the first visible sheet that has people.
 * Invariant: never throws for bad input — every refusal is `{ error }`.
 */
export async function parseRosterFile(
  fileName: string,
  bytes: Uint8Array,
  options: { sheet?: string } = {},
): Promise<ParsedTable | ImportError> {
  if (bytes.length === 0) return { error: "The file is empty." };
  if (bytes.length > MAX_BYTES) return { error: tooBigMessage(bytes.length) };
  const format = detectFormat(fileName, bytes);
  if (!format) return { error: unsupportedFormatMessage(fileName, bytes) };
  try {
    if (format === "xlsx") return checkTable(await pickSheet(bytes, options.sheet));
    const { text, encoding } = decodeText(bytes);
    if (text.includes("\u0000")) return { error: "The file does not look like a spreadsheet or a CSV file." };
    return checkTable({ format, encoding, ...parseDelimited(text, format === "tsv" ? "\t" : undefined) });
  } catch (error) {
    if (error instanceof ImportFileError) return { error: error.message };
    return { error: "The file could not be read. Save it again as .xlsx or CSV and try again." };
  }
}

async function pickSheet(bytes: Uint8Array, wanted: string | undefined): Promise<ParsedTable | ImportError> {
  const { sheets } = await parseXlsx(bytes);
  const listing = {
    sheetNames: sheets.map((s) => s.name),
    ...(sheets.some((s) => s.hidden) ? { hiddenSheets: sheets.filter((s) => s.hidden).map((s) => s.name) } : {}),
  };
  if (wanted === undefined && sheets.every((s) => s.filledRows === 0)) return { error: "The file is empty.", ...listing };
  const sheet = wanted === undefined ? defaultSheet(sheets) : sheets.find((s) => s.name === wanted);
  if (!sheet) return { error: `The workbook has no sheet named "${wanted}". Its sheets are: ${listing.sheetNames.map((n) => `"${n}"`).join(", ")}.`, ...listing };
  try {
    return { format: "xlsx", ...listing, sheet: sheet.name, ...sheet.table() };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    const subject = sheets.length > 1 ? `The sheet "${sheet.name}"` : "The file";
    return { error: error.message.replace(/^The file\b/, subject), ...listing };
  }
}

/**
 * The sheet to show first: the first visible sheet with people (a header and a row), else the
 * first visible sheet with anything; hidden sheets (Excel's lookup tables, old versions) only
 * when no visible sheet has anything. The user can pick any sheet afterwards.
 */
function defaultSheet(sheets: readonly Sheet[]): Sheet | undefined {
  const visible = sheets.filter((s) => !s.hidden);
  return (
    visible.find((s) => s.filledRows > 1) ??
    visible.find((s) => s.filledRows > 0) ??
    sheets.find((s) => s.filledRows > 1) ??
    sheets.find((s) => s.filledRows > 0)
  );
}

/** Refuses a table with nothing to import or too much of it. */
function checkTable(table: ParsedTable | ImportError): ParsedTable | ImportError {
  if ("error" in table) return table;
  const extra = {
    ...(table.sheetNames ? { sheetNames: table.sheetNames } : {}),
    ...(table.hiddenSheets ? { hiddenSheets: table.hiddenSheets } : {}),
  };
  const subject = table.sheetNames && table.sheetNames.length > 1 ? `The sheet "${table.sheet}"` : "The file";
  if (table.headers.length === 0) return { error: `${subject} is empty.`, ...extra };
  if (table.rows.length === 0) return { error: `${subject} has a header row but no people.`, ...extra };
  if (table.rows.length > MAX_ROWS) return { error: tooManyRowsMessage(table.rows.length), ...extra };
  return table;
}

export type { ParsedTable, ImportError, Table };
