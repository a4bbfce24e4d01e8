import { neutralizeFormula } from "./formula";

export { neutralizeFormula } from "./formula";
export { rosterExportRows, EXPORT_HEADER, type ExportEntry } from "./rows";

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
