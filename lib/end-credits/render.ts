import { displayName, hasNames, type CreditBlock, type CreditLine, type CreditList, type SongBlock } from "./types";

/**
 * What appears on screen, shared by the exporters and the crawl layout so that a preview,
 * the running-time fit and every export agree:
 * - hidden blocks and hidden lines are left out;
 * - a block of names whose names are all hidden is left out (a heading over nobody);
 * - names with joiners are set as title cards set them (WGA): "&" keeps a team on one row
 *   ("Joel Coen & Ethan Coen"), "and" starts a new row after an "and" row; a name without a
 *   joiner starts a new row.
 */

/** The visible blocks, each with only its visible lines. */
export function visibleBlocks(list: CreditList): CreditBlock[] {
  const blocks: CreditBlock[] = [];
  for (const block of list.blocks) {
    if (block.hidden) continue;
    if (!hasNames(block)) {
      blocks.push(block);
      continue;
    }
    const lines = block.lines.filter((l) => !l.hidden);
    if (lines.length === 0) continue;
    blocks.push(lines.length === block.lines.length ? block : { ...block, lines });
  }
  return blocks;
}

/** True when the block's names use WGA joiners (a writing credit). */
export function usesJoiners(lines: readonly CreditLine[]): boolean {
  return lines.some((l) => l.joiner !== undefined);
}

/**
 * The rows of names of a block as set on a card: one name a row, except where joiners say
 * otherwise: "&" joins a team on one row and "and" puts an "and" row between writers. Cast
 * lines (with a character) are one row each and are not joined.
 */
export function nameRows(lines: readonly CreditLine[]): string[] {
  return joinedRows(lines).map((row) => row.text);
}

/** nameRows with the lines each row is made of (none for an "and" row). */
export function joinedRows(lines: readonly CreditLine[]): { text: string; lines: CreditLine[] }[] {
  if (!usesJoiners(lines) || lines.some((l) => l.character !== undefined)) return lines.map((l) => ({ text: displayName(l), lines: [l] }));
  const rows: { text: string; lines: CreditLine[] }[] = [];
  let current: { text: string; lines: CreditLine[] } | null = null;
  for (const line of lines) {
    const name = displayName(line);
    if (current === null) current = { text: name, lines: [line] };
    else if (line.joiner === "&") current = { text: `${current.text} & ${name}`, lines: [...current.lines, line] };
    else {
      rows.push(current);
      if (line.joiner === "and") rows.push({ text: "and", lines: [] });
      current = { text: name, lines: [line] };
    }
  }
  if (current !== null) rows.push(current);
  return rows;
}

/** A song credit's rows: the title in quotes, then "Performed by …", "Written by …", "Courtesy of …". */
export function songRows(block: SongBlock): string[] {
  const rows = [`"${block.title}"`];
  if (block.performedBy) rows.push(`Performed by ${block.performedBy}`);
  if (block.writtenBy) rows.push(`Written by ${block.writtenBy}`);
  if (block.courtesyOf) rows.push(`Courtesy of ${block.courtesyOf}`);
  return rows;
}

/**
 * Text broken into lines of at most `maxChars` characters (code points): at spaces where it
 * can, and inside a word longer than a line (an unbroken 10,000-character heading is many
 * lines, never one line wider than the frame or the page). Runs of white space count as one
 * space; an empty text is one empty line.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const max = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let current: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    let chars = [...word];
    if (current.length && current.length + 1 + chars.length <= max) {
      current.push(" ", ...chars);
      continue;
    }
    if (current.length) lines.push(current.join(""));
    while (chars.length > max) {
      lines.push(chars.slice(0, max).join(""));
      chars = chars.slice(max);
    }
    current = chars;
  }
  if (current.length || lines.length === 0) lines.push(current.join(""));
  return lines;
}
