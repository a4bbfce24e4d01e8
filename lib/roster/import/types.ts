/** Shapes shared by the import steps: parse → map → validate. */

export type ImportFormat = "csv" | "tsv" | "xlsx";
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * A rectangular table. Invariants: `headers` are trimmed, non-empty and unique; every row has
 * exactly `headers.length` cells; no row is entirely blank; `rowNumbers[i]` is the 1-based
 * row of `rows[i]` in the file as a spreadsheet shows it (the header is row 1 unless blank
 * rows precede it).
 */
export type Table = { headers: string[]; rows: string[][]; rowNumbers: number[] };

/** A parsed upload, ready for column mapping. */
export type ParsedTable = Table & {
  format: ImportFormat;
  /** Delimited files only: how the bytes were decoded. */
  encoding?: TextEncoding;
  /** Workbooks only: every sheet's name, the hidden ones among them, and the one this table comes from. */
  sheetNames?: string[];
  hiddenSheets?: string[];
  sheet?: string;
};

/** A refusal with a message for the user; `sheetNames` (and `hiddenSheets`) let the UI offer another sheet. */
export type ImportError = { error: string; sheetNames?: string[]; hiddenSheets?: string[] };

export function isImportError(value: ParsedTable | ImportError): value is ImportError {
  return "error" in value;
}
