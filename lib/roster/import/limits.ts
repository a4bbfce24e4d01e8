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
/** Largest total an .xlsx may unpack to (its parts are compressed XML; guards against zip bombs). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

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

/** "Notes is 10,000 characters long; the limit is 1,000." */
export function cellTooLongMessage(label: string, chars: number): string {
  return `${label} is ${count(chars)} characters long; the limit is ${count(MAX_CELL_CHARS)}.`;
}

export function tooBigUnzippedMessage(): string {
  return `The workbook unpacks to more than ${formatMegabytes(MAX_UNZIPPED_BYTES)}. Save the crew list on its own as .xlsx or CSV and try again.`;
}
