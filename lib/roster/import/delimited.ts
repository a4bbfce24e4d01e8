import Papa from "papaparse";
import { guessDelimiter, type Delimiter } from "./delimiter";
import { ImportFileError } from "./file-error";
import { checkDelimitedShape } from "./shape";
import { toTable } from "./table";
import type { Table } from "./types";

/**
 * CSV/TSV text → a `Table` (RFC 4180: quoted fields may hold the separator, doubled quotes
 * and line breaks). The separator is guessed from the first record when not given.
 * Throws `ImportFileError` on a misplaced or unclosed quote: papaparse's recovery from those
 * shifts every later cell, so a partial result would import wrong data.
 * Row numbers count records (a quoted line break does not start a new row), as Excel shows them.
 * Throws `ImportFileError` for a shape too big to parse (see `checkDelimitedShape`, `toTable`).
 */
export function parseDelimited(text: string, delimiter: Delimiter = guessDelimiter(text)): Table {
  checkDelimitedShape(text, delimiter);
  const result = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const quoteError = result.errors.find((e) => e.type === "Quotes");
  if (quoteError) throw new ImportFileError(quoteMessage(quoteError.code, (quoteError.row ?? 0) + 1));
  return toTable(result.data, result.data.map((_, i) => i + 1));
}

function quoteMessage(code: string, row: number): string {
  const problem = code === "MissingQuotes" ? "a quote mark (\") that is never closed" : "a quote mark (\") in the wrong place";
  return `The file could not be read: row ${row.toLocaleString("en-US")} has ${problem}. A cell that contains quotes must be wrapped in quotes, with each quote inside doubled (""). Re-save the file from your spreadsheet app and try again.`;
}
