import type { CellValue } from "exceljs";

/**
 * An Excel cell's value → the text a person sees in it. Rich text is joined, a hyperlink
 * gives its text, a formula its last computed result (never the formula itself), a date its
 * ISO date ("2024-05-03", with the time only when there is one), a number its plain digits
 * rounded to Excel's 15 significant digits, an error its code ("#N/A").
 * Invariant: always a string; an empty cell is "".
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return cellText(value.text as CellValue);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result as CellValue);
  if ("error" in value) return value.error;
  return "";
}

/** 5551234567 → "5551234567"; 0.1 + 0.2 → "0.3". */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  return String(Number(n.toPrecision(15)));
}

/** Excel dates arrive as UTC instants: "2024-05-03", or "2024-05-03T14:30:00" with a time. */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}
