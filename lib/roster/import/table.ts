import type { Table } from "./types";

/**
 * Raw records (from CSV or a sheet) → a `Table`: blank records are dropped, the first
 * remaining one is the header, columns blank in every record are cut from the right, short
 * rows are padded with "" and headers are made presentable and unique.
 * `rowNumbers[i]` is the file row of `records[i]`.
 */
export function toTable(records: readonly string[][], rowNumbers: readonly number[]): Table {
  const kept = records.flatMap((cells, i) => (isBlankRecord(cells) ? [] : [{ cells, number: rowNumbers[i] ?? i + 1 }]));
  const [header, ...data] = kept;
  if (!header) return { headers: [], rows: [], rowNumbers: [] };
  const width = usedWidth(kept.map((r) => r.cells));
  return {
    headers: uniqueHeaders(pad(header.cells, width)),
    rows: data.map((r) => pad(r.cells, width)),
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

function pad(cells: readonly string[], width: number): string[] {
  return Array.from({ length: width }, (_, i) => cells[i] ?? "");
}

/**
 * Headers trimmed and whitespace-collapsed (Excel headers often wrap onto two lines);
 * a blank one becomes "Column 3", a repeated one "Email (2)". Invariant: the result has no
 * blank and no repeated header, so a header can key the column mapping.
 */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell.normalize("NFC").replace(/\s+/g, " ").trim() || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}
