/**
 * Size limits of a roster import and the messages that explain them.
 * Invariant: every limit is checked before the work it protects (bytes before parsing,
 * rows before validation), so an oversized file is refused, never half-processed.
 */

/** Largest upload accepted, in bytes (10 MB). */
export const MAX_BYTES = 10 * 1024 * 1024;
/** Most data rows (the header not counted) in one import. */
export const MAX_ROWS = 20_000;
/** Longest cell accepted in a mapped column; a longer one is an error on its row. */
export const MAX_CELL_CHARS = 1_000;
/** Most columns a table may use (blank columns at the right don't count). */
export const MAX_COLUMNS = 200;
/** Most cells (data rows × used columns) a table may have: 20,000 rows of 50 columns. */
export const MAX_CELLS = 1_000_000;
/** Longest cell a file may hold anywhere: what an Excel cell can hold. */
export const MAX_FILE_CELL_CHARS = 32_767;
/** Longest header accepted (the preview request carries headers of at most this length). */
export const MAX_HEADER_CHARS = 1_000;
/**
 * Most fields a delimited file may hold before blank rows and columns are dropped (the parser
 * holds them all at once); generous for spreadsheets saved with empty rows and columns around the data.
 */
export const MAX_RAW_FIELDS = 4_000_000;
/** Most lines (records, blank ones included) a delimited file may have. */
export const MAX_RAW_RECORDS = 200_000;
/**
 * Largest total an .xlsx may actually unpack to, counted while inflating (never read from the
 * archive's own size fields, which a zip bomb fakes). A 20,000-row × 50-column sheet unpacks to about 75 MB.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** Most files an .xlsx archive may hold (a workbook has tens). */
export const MAX_ZIP_ENTRIES = 5_000;

const count = (n: number) => n.toLocaleString("en-US");

/** Megabytes rounded up to one decimal, so a file just over the limit never reads as "10 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${mb.toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}

/** "The file is 12.4 MB; the limit is 10 MB." */
export function tooBigMessage(bytes: number): string {
  return `The file is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_BYTES)}.`;
}

/** "The file has 20,001 rows; the limit is 20,000. Split it into smaller files." */
export function tooManyRowsMessage(rows: number): string {
  return `The file has ${count(rows)} rows; the limit is ${count(MAX_ROWS)}. Split it into smaller files.`;
}

/** For an upload refused while it streams in, before its size is known: "The file is larger than the 10 MB limit." */
export function overLimitMessage(): string {
  return `The file is larger than the ${formatMegabytes(MAX_BYTES)} limit.`;
}

/** "Notes is 10,000 characters long; the limit is 1,000." */
export function cellTooLongMessage(label: string, chars: number): string {
  return `${label} is ${count(chars)} characters long; the limit is ${count(MAX_CELL_CHARS)}.`;
}

/** "The file has 10,000 columns; the limit is 200. …" (`atLeast`: counting stopped there). */
export function tooManyColumnsMessage(columns: number, atLeast = false): string {
  return `The file has ${atLeast ? "more than " : ""}${count(columns)} columns; the limit is ${count(MAX_COLUMNS)}. Delete the columns you don't need to import, or save only the crew list, and try again.`;
}

/** "The file has 3,000,000 cells (20,000 rows × 150 columns); the limit is 1,000,000. …" */
export function tooManyCellsMessage(rows: number, columns: number): string {
  return `The file has ${count(rows * columns)} cells (${count(rows)} rows × ${count(columns)} columns); the limit is ${count(MAX_CELLS)}. Delete the columns you don't need to import, or split the file.`;
}

/** A cell longer than any spreadsheet cell: "Row 12 has a cell of 50,000 characters; …" */
export function cellTooLongInFileMessage(row: number, chars: number): string {
  return `Row ${count(row)} has a cell of ${count(chars)} characters; a cell can hold at most ${count(MAX_FILE_CELL_CHARS)}. Check that the file is a crew list and save it again.`;
}

/** "Column 3's header is 5,000 characters long; the limit is 1,000." */
export function headerTooLongMessage(column: number, chars: number): string {
  return `Column ${count(column)}'s header is ${count(chars)} characters long; the limit is ${count(MAX_HEADER_CHARS)}. Shorten it and try again.`;
}

/** A delimited file with far more lines or fields than a crew list of MAX_ROWS rows. */
export function tooManyFieldsMessage(): string {
  return `The file has far more cells than a crew list of ${count(MAX_ROWS)} rows and ${count(MAX_COLUMNS)} columns (mostly empty rows or columns, perhaps). Save only the crew list as CSV or .xlsx and try again.`;
}

export function tooBigUnzippedMessage(): string {
  return `The workbook unpacks to more than ${formatMegabytes(MAX_UNZIPPED_BYTES)}. Save the crew list on its own as .xlsx or CSV and try again.`;
}
