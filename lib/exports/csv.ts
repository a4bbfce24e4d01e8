import { neutralizeFormula } from "./formula";

/**
 * Rows → CSV text (RFC 4180): fields holding a quote, comma, semicolon or line break are
 * quoted with inner quotes doubled; records end with CRLF. Every cell goes through
 * `neutralizeFormula` first, so no cell can run as a formula when the file is opened.
 * `bom` prepends U+FEFF, which Excel needs to read the file as UTF-8 rather than the
 * system code page.
 */
export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map((cell) => csvField(neutralizeFormula(cell))).join(",") + "\r\n").join("");
  return (options.bom ? "\uFEFF" : "") + body;
}

/** One field, quoted only when it must be (semicolons too, for locales whose Excel splits on them). */
export function csvField(cell: string): string {
  return /[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Rows → tab-separated text: one tab between cells, CRLF after each row. TSV has no quoting,
 * so a tab or line break inside a cell becomes a space; TSV files are opened in spreadsheets,
 * so cells are neutralized against formulas like the CSV's.
 */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(tsvCell).join("\t")}\r\n`).join("");
}

/** One TSV cell: no tab or line break survives inside it, and it never starts a formula. */
export function tsvCell(text: string): string {
  return neutralizeFormula(text.replace(/\r\n|[\t\r\n]/g, " "));
}
