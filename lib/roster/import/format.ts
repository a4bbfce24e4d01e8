import { decodeText } from "./decode";
import { guessDelimiter } from "./delimiter";
import type { ImportFormat } from "./types";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls, .doc
const WORKBOOK_EXTENSIONS = new Set(["xlsx", "xlsm"]);
const TEXT_EXTENSIONS = new Set(["csv", "tsv", "tab", "txt", ""]);
const SNIFF_BYTES = 64 * 1024;

/** "Crew List.CSV" → "csv"; "" when the name has no extension. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * What parser reads the file, or null when none can. The content decides over the name:
 * a ZIP with a spreadsheet or text extension is read as a workbook, and a ".xlsx" that is
 * not a ZIP is refused (see `unsupportedFormatMessage`). Text is TSV when its extension is
 * .tsv/.tab, or when tabs outnumber commas and semicolons in its first line (Excel's
 * "Unicode text" .txt); a .txt without any separator is TSV, other text is CSV.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat | null {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, ZIP_MAGIC)) return WORKBOOK_EXTENSIONS.has(ext) || TEXT_EXTENSIONS.has(ext) ? "xlsx" : null;
  if (!TEXT_EXTENSIONS.has(ext) || startsWith(bytes, OLE_MAGIC)) return null;
  if (ext === "tsv" || ext === "tab") return "tsv";
  const { text } = decodeText(bytes.subarray(0, SNIFF_BYTES));
  if (guessDelimiter(text) === "\t") return "tsv";
  if (ext === "txt" && !/[,;]/.test(firstLine(text))) return "tsv";
  return "csv";
}

function firstLine(text: string): string {
  return text.split(/\r\n|\n|\r/, 1)[0] ?? "";
}

/** Why `detectFormat` returned null, in words for the user. */
export function unsupportedFormatMessage(fileName: string, bytes: Uint8Array): string {
  const ext = extensionOf(fileName);
  const shown = fileName.split(/[\\/]/).pop() || "The file";
  if (ext === "xls" || startsWith(bytes, OLE_MAGIC)) {
    return `"${shown}" is an old Excel 97–2003 file. Open it in Excel and save it as .xlsx or CSV, then upload that.`;
  }
  if (WORKBOOK_EXTENSIONS.has(ext)) {
    return `"${shown}" is not a real Excel workbook — it looks like a text file renamed to .${ext}. Rename it to .csv, or open it and save it as .xlsx.`;
  }
  if (ext === "numbers" || ext === "ods") {
    return `Hatrack can't read .${ext} files. Export the sheet as .xlsx or CSV and upload that.`;
  }
  return `"${shown}" is not a file type Hatrack can import. Upload a .csv, .tsv, .txt or .xlsx file.`;
}
