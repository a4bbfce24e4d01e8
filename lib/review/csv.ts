import { toCsv } from "@/lib/exports/csv";
import { LANE_SHORT_LABELS } from "@/lib/work/taxonomy";
import type { HatsMatrix } from "./hats";
import type { TruthCheck, TruthClass } from "./truth";

/**
 * CSV exports of the review, through the export writer (lib/exports/csv.ts):
 * RFC 4180 quoting, CRLF, UTF-8 with a byte-order mark (Excel reads it as UTF-8), and every
 * cell neutralized against formula injection (lib/exports/formula.ts). File names:
 * lib/exports/file-name.ts exportFileName(projectTitle, "hats matrix", "csv").
 */

function hoursText(hours: number): string {
  return `${Number.isFinite(hours) ? hours : 0} h`;
}

function entriesText(n: number): string {
  return `${n} ${n === 1 ? "entry" : "entries"}`;
}

/**
 * The hats matrix as CSV: one row per person in `matrix.rows` (pass an unpaged matrix to
 * export everyone), columns Person, Departments, Hats, Effort (hours), Entries, Lanes, then
 * one per function headed "<Lane>: <function>", each cell "lead, 12 h, 3 entries" (the
 * degree in words, never a colour) or empty.
 */
export function hatsMatrixCsv(matrix: Pick<HatsMatrix, "columns" | "rows">): string {
  const columns = matrix?.columns ?? [];
  const header = ["Person", "Departments", "Hats", "Effort (hours)", "Entries", "Lanes", ...columns.map((c) => `${LANE_SHORT_LABELS[c.lane] ?? c.lane}: ${c.name}`)];
  const rows: string[][] = [header];
  for (const row of matrix?.rows ?? []) {
    const cells = new Map(row.cells.map((c) => [c.responsibilityId, c]));
    rows.push([
      row.name,
      row.departments.join("; "),
      String(row.hats),
      String(row.effortHours),
      String(row.entries),
      row.lanes.map((l) => LANE_SHORT_LABELS[l] ?? l).join("; "),
      ...columns.map((col) => {
        const c = cells.get(col.id);
        return c ? `${c.degree}, ${hoursText(c.hours)}, ${entriesText(c.entries)}` : "";
      }),
    ]);
  }
  return toCsv(rows, { bom: true });
}

export const TRUTH_CLASS_LABELS: Readonly<Record<TruthClass, string>> = {
  match: "Match",
  "title-without-work": "Title without work",
  "work-without-title": "Work without title",
};

/**
 * The truth check as CSV: one row per item, columns Person, Check, Credited title, Credit
 * status, Locked, Suggested title, Confidence.
 */
export function truthCheckCsv(check: Pick<TruthCheck, "people">): string {
  const rows: string[][] = [["Person", "Check", "Credited title", "Credit status", "Locked", "Suggested title", "Confidence"]];
  for (const person of check?.people ?? []) {
    for (const item of person.items) {
      rows.push([
        person.name,
        TRUTH_CLASS_LABELS[item.kind] ?? item.kind,
        item.credit?.title ?? "",
        item.credit?.status ?? "",
        item.credit ? (item.credit.locked ? "yes" : "no") : "",
        item.suggestion?.label ?? "",
        item.suggestion?.confidence ?? "",
      ]);
    }
  }
  return toCsv(rows, { bom: true });
}
