import { ImportFileError } from "./file-error";
import {
  cellTooLongInFileMessage,
  headerTooLongMessage,
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_FILE_CELL_CHARS,
  MAX_HEADER_CHARS,
  MAX_ROWS,
  tooManyCellsMessage,
  tooManyColumnsMessage,
  tooManyRowsMessage,
} from "./limits";
import type { Table } from "./types";

/**
 * Raw records (from CSV or a sheet) → a `Table`: blank records are dropped, the first
 * remaining one is the header, columns blank in every record are cut from the right, short
 * rows are padded with "" and headers are made presentable and unique.
 * `rowNumbers[i]` is the file row of `records[i]`.
 * Linear in the number of cells. Throws `ImportFileError` before padding anything when the
 * table would pass MAX_COLUMNS, MAX_ROWS or MAX_CELLS, or holds a cell longer than
 * MAX_FILE_CELL_CHARS or a header longer than MAX_HEADER_CHARS: padding is what made a
 * 10,000-column header with 20,000 one-cell rows cost gigabytes.
 */
export function toTable(records: readonly string[][], rowNumbers: readonly number[]): Table {
  const kept = records.flatMap((cells, i) => (isBlankRecord(cells) ? [] : [{ cells, number: rowNumbers[i] ?? i + 1 }]));
  const [header, ...data] = kept;
  if (!header) return { headers: [], rows: [], rowNumbers: [] };
  const width = usedWidth(kept.map((r) => r.cells));
  if (width > MAX_COLUMNS) throw new ImportFileError(tooManyColumnsMessage(width));
  if (data.length > MAX_ROWS) throw new ImportFileError(tooManyRowsMessage(data.length));
  if (data.length * width > MAX_CELLS) throw new ImportFileError(tooManyCellsMessage(data.length, width));
  header.cells.forEach((cell, i) => {
    if (i < width && cell.length > MAX_HEADER_CHARS) throw new ImportFileError(headerTooLongMessage(i + 1, cell.length));
  });
  return {
    headers: uniqueHeaders(pad(header.cells, width, header.number)),
    rows: data.map((r) => pad(r.cells, width, r.number)),
    rowNumbers: data.map((r) => r.number),
  };
}

/** A record whose cells are all empty or whitespace (",,," or a blank line). */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

/** One past the rightmost column that holds text in any record. */
function usedWidth(records: readonly string[][]): number {
  let width = 0;
  for (const cells of records) {
    for (let i = cells.length - 1; i >= width; i -= 1) {
      if (cells[i]!.trim() !== "") {
        width = i + 1;
        break;
      }
    }
  }
  return width;
}

function pad(cells: readonly string[], width: number, rowNumber: number): string[] {
  const out = new Array<string>(width);
  for (let i = 0; i < width; i += 1) {
    const cell = cells[i] ?? "";
    if (cell.length > MAX_FILE_CELL_CHARS) throw new ImportFileError(cellTooLongInFileMessage(rowNumber, cell.length));
    out[i] = cell;
  }
  return out;
}

/**
 * Headers trimmed and whitespace-collapsed (Excel headers often wrap onto two lines);
 * a blank one becomes "Column 3", a repeated one "Email (2)". Invariant: the result has no
 * blank and no repeated header, so a header can key the column mapping.
 * Linear: each name remembers the next number to try, so 10,000 copies of one header don't
 * retry 2, 3, 4… from the start each time.
 */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const taken = new Set<string>();
  const nextNumber = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.normalize("NFC").replace(/\s+/g, " ").trim() || `Column ${i + 1}`;
    let name = base;
    const key = base.toLowerCase();
    if (taken.has(key)) {
      let n = nextNumber.get(key) ?? 2;
      while (taken.has(`${key} (${n})`)) n += 1;
      name = `${base} (${n})`;
      nextNumber.set(key, n + 1);
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
