import type { ColumnMapping } from "./import/fields";
import { guessMapping } from "./import/mapping";
import type { Table } from "./import/types";

/**
 * Several people and roles in one go: lines pasted from a spreadsheet (tab-separated) or
 * typed with commas, turned into a table for the import pipeline (lib/roster/import), so a
 * paste is checked, matched to the directory and written exactly as an imported file is.
 *
 * Without a header line the columns are: name, role, department, character; a cell that is
 * an email address is the email wherever it stands. A first line whose cells are column
 * names ("Name, Position, Dept, Email") is a header and sets the order instead.
 */
export const PASTE_MAX_LINES = 200;
export const PASTE_MAX_LINE_CHARS = 2_000;

const POSITIONAL = ["Name", "Role", "Department", "Character"] as const;
const HEADERS = [...POSITIONAL, "Email"];
const MAPPING: ColumnMapping = { Name: "creditedName", Role: "role", Department: "department", Character: "character", Email: "email" };
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export type PastedRoster = { table: Table; mapping: ColumnMapping; header: boolean } | { error: string };

function splitter(lines: readonly string[]): (line: string) => string[] {
  if (lines.some((l) => l.includes("\t"))) return (l) => l.split("\t");
  if (lines.some((l) => l.includes(";")) && !lines.some((l) => l.includes(","))) return (l) => l.split(";");
  return (l) => l.split(",");
}

export function pastedRoster(text: string): PastedRoster {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ line, number: i + 1 }))
    .filter((l) => l.line.trim() !== "");
  if (lines.length === 0) return { error: "Paste or type at least one line: a name and a role." };
  if (lines.length > PASTE_MAX_LINES) return { error: `At most ${PASTE_MAX_LINES} lines at a time. For a longer crew list, import the file instead.` };
  const long = lines.find((l) => l.line.length > PASTE_MAX_LINE_CHARS);
  if (long) return { error: `Line ${long.number} is longer than ${PASTE_MAX_LINE_CHARS.toLocaleString("en-US")} characters.` };
  const split = splitter(lines.map((l) => l.line));
  const cells = lines.map((l) => split(l.line).map((c) => c.trim()));

  // A header line: every non-empty cell names a column, and the name and the role are among them.
  const first = cells[0]!;
  const firstHeaders = first.map((c, i) => c || `Column ${i + 1}`);
  const guessed = new Set(firstHeaders).size === firstHeaders.length ? guessMapping(firstHeaders) : {};
  const fields = Object.values(guessed);
  const header = first.every((c) => !c || guessed[c]) && (fields.includes("creditedName") || (fields.includes("firstName") && fields.includes("lastName"))) && fields.includes("role");
  if (header) {
    const rows = cells.slice(1).map((row) => firstHeaders.map((_, i) => row[i] ?? ""));
    return { table: { headers: firstHeaders, rows, rowNumbers: lines.slice(1).map((l) => l.number) }, mapping: guessed, header: true };
  }

  const rows = cells.map((row) => {
    const email = row.find((c) => EMAIL.test(c)) ?? "";
    const rest = row.filter((c) => c !== email || c === "");
    return [...POSITIONAL.map((_, i) => rest[i] ?? ""), email];
  });
  return { table: { headers: HEADERS, rows, rowNumbers: lines.map((l) => l.number) }, mapping: MAPPING, header: false };
}
