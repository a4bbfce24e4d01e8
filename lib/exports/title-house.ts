import { matchTitle } from "@/lib/credits/titles";
import { joinedRows, songRows, visibleBlocks } from "@/lib/end-credits/render";
import { displayName, hasNames, type CreditBlock, type CreditLine, type CreditList } from "@/lib/end-credits/types";
import { toTsv } from "./csv";
import { toXlsx } from "./xlsx";

/**
 * The credit list as title houses ask for it in a spreadsheet or tab-separated text: one grid,
 * four columns —
 *
 *   Role | Name | Name (2nd column) | Contractual notes
 *
 * - a block of names is its role (heading) on the first row and a name a row below it, the role
 *   cell left empty after the first; writing credits are set as their cards are ("A & B",
 *   "and", "C");
 * - the cast is set in two columns, character | actor;
 * - a two-column block (thanks, crowd lists) puts its names in pairs in the two name columns;
 * - a paragraph is one row per line, a song its title then its credit lines, a logo
 *   "[Logo: …]", each under its heading in the role column;
 * - one blank row between blocks;
 * - the notes column says what a title house must not get wrong: a main title (a card), a
 *   contractual credit (a decision locked on the Credits page), a name that is credited
 *   differently from the name on file, a merged credit that may need a guild waiver.
 * Hidden blocks and names are left out, as on screen. The first row names the columns.
 */
export const TITLE_HOUSE_COLUMNS = ["Role", "Name", "Name (2nd column)", "Contractual notes"] as const;

/** Person id → the titles locked as contractual on the Credits page. */
export type ContractualTitles = ReadonlyMap<string, readonly string[]>;

type Row = [string, string, string, string];

/** The grid (header row first), as plain text cells. */
export function titleHouseRows(list: CreditList, contractual: ContractualTitles = new Map()): Row[] {
  const rows: Row[] = [[...TITLE_HOUSE_COLUMNS]];
  visibleBlocks(list).forEach((block, i) => {
    if (i > 0) rows.push(["", "", "", ""]);
    const blockNotes = block.section === "main" ? ["Main title (card)"] : [];
    const first = rows.length;
    const push = (role: string, a: string, b: string, notes: string[]) => rows.push([role, a, b, notes.join("; ")]);
    if (hasNames(block)) {
      const cast = block.lines.some((l) => l.character !== undefined);
      if (cast) {
        if (block.heading) push(block.heading, "", "", []);
        for (const line of block.lines) push(line.character ?? "", displayName(line), "", lineNotes(block, line, contractual));
      } else if (block.columns === 2) {
        for (let k = 0; k < block.lines.length; k += 2) {
          const a = block.lines[k]!;
          const b = block.lines[k + 1];
          push(k === 0 ? block.heading : "", displayName(a), b ? displayName(b) : "", [...lineNotes(block, a, contractual), ...(b ? lineNotes(block, b, contractual) : [])]);
        }
      } else {
        joinedRows(block.lines).forEach((row, k) => push(k === 0 ? block.heading : "", row.text, "", row.lines.flatMap((l) => lineNotes(block, l, contractual))));
      }
    } else {
      const texts = block.kind === "paragraph" ? block.text.split("\n") : block.kind === "song" ? songRows(block) : block.kind === "logo" ? [`[Logo: ${block.alt}]`] : [];
      texts.forEach((text, k) => push(k === 0 ? block.heading : "", text, "", []));
      if (texts.length === 0 && block.heading) push(block.heading, "", "", []);
    }
    if (blockNotes.length && rows[first]) rows[first]![3] = [...blockNotes, rows[first]![3]].filter(Boolean).join("; ");
  });
  return rows;
}

function lineNotes(block: CreditBlock, line: CreditLine, contractual: ContractualTitles): string[] {
  const notes: string[] = [];
  if (line.personId && isContractual(block, contractual.get(line.personId) ?? [])) notes.push("Contractual credit (locked)");
  if (line.asCredited !== null && line.asCredited !== line.name) notes.push(`Credited as shown; name on file: ${line.name}`);
  for (const flag of block.flags) if (line.personId && flag.personIds.includes(line.personId) && flag.kind === "guild-waiver") notes.push("Merged credit: may need a guild waiver");
  return notes;
}

/** Whether one of the person's locked titles is this block's credit (its id's titles, or its heading). */
function isContractual(block: CreditBlock, titles: readonly string[]): boolean {
  if (titles.length === 0) return false;
  const blockTitles = new Set<string>();
  if (block.id.startsWith("main:") && !block.id.startsWith("main:custom:")) for (const t of block.id.slice(5).split("+")) blockTitles.add(t);
  const base = block.baseHeading.trim().toLowerCase();
  const baseId = matchTitle(block.baseHeading);
  return titles.some((t) => {
    const id = matchTitle(t);
    return (id !== null && (blockTitles.has(id) || id === baseId)) || t.trim().toLowerCase() === base;
  });
}

/**
 * Tab-separated text of the grid: one tab between columns, CRLF, UTF-8, blank rows kept. Tabs
 * and line breaks inside a cell become spaces (TSV has no quoting) and cells are neutralized
 * against formulas, since TSV files are opened in spreadsheets.
 */
export function toTitleHouseTsv(list: CreditList, contractual?: ContractualTitles): string {
  return toTsv(titleHouseRows(list, contractual));
}

/** The grid as an .xlsx workbook (one sheet "Credits", header bold and frozen, every cell text). */
export function toTitleHouseXlsx(list: CreditList, contractual?: ContractualTitles): Promise<Uint8Array> {
  return toXlsx("Credits", titleHouseRows(list, contractual));
}
