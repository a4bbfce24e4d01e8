import { toCsv, toTsv } from "@/lib/exports/csv";
import { nameRows, songRows, visibleBlocks } from "./render";
import { displayName, hasNames, type CreditBlock, type CreditList, type CreditSection, type Joiner } from "./types";

/**
 * Text exports of a credit list, for title houses, spreadsheets and archives. Each export
 * shows what the screen shows: hidden blocks and hidden names are left out, and a name is
 * written as credited (its per-credit name when set). Every function returns a string;
 * the caller picks the file name and content type.
 */

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Excel reads it as UTF-8), CRLF, one
 * row per name, columns Section, Heading, Name, As credited, Character, Joined with. Section is
 * where the block sits now (types.ts CREDIT_SECTIONS: a moved block takes its new section).
 * - Name is the person's name on file; As credited is the exact on-screen wording (the
 *   per-credit name when set, else the name). Rows that are not a person (paragraphs, song
 *   lines, logos) leave Name empty and carry their text in As credited.
 * - Joined with is how a name joins the name before it ("&" for a team, "and" for writers
 *   who worked separately; empty when not set and on a block's first name).
 * - Cells that start with = + - @, a tab or a carriage return get a leading apostrophe
 *   (lib/exports/formula.ts), so no cell runs as a formula.
 */
export function toCreditsCsv(list: CreditList): string {
  const rows: string[][] = [["Section", "Heading", "Name", "As credited", "Character", "Joined with"]];
  for (const block of visibleBlocks(list)) {
    if (hasNames(block)) {
      block.lines.forEach((line, i) => {
        const joiner = i > 0 ? (line.joiner ?? "") : "";
        rows.push([block.section, block.heading, line.name, displayName(line), line.character ?? "", joiner]);
      });
    } else {
      for (const text of contentRows(block)) rows.push([block.section, block.heading, "", text, "", ""]);
    }
  }
  return toCsv(rows, { bom: true });
}

/** Rows of a block that is not a list of names. */
function contentRows(block: CreditBlock): string[] {
  switch (block.kind) {
    case "paragraph":
      return [block.text];
    case "song":
      return songRows(block);
    case "logo":
      return [`[Logo: ${block.alt}]`];
    default:
      return [];
  }
}

/**
 * Tab-separated text as title houses take it: one `heading<TAB>name` row per name, CRLF.
 * A cast row puts the character in the heading column (`Maya<TAB>Zoë Adebayo`); a
 * paragraph is one row with its line breaks turned into spaces; song lines and logos are a
 * row each. TSV files are usually opened in a spreadsheet, so cells are neutralized like
 * the CSV's.
 */
export function toCreditsTsv(list: CreditList): string {
  const rows: string[][] = [];
  for (const block of visibleBlocks(list)) {
    if (hasNames(block)) {
      for (const line of block.lines) rows.push([line.character ?? block.heading, displayName(line)]);
    } else {
      for (const text of contentRows(block)) rows.push([block.heading, text]);
    }
  }
  return toTsv(rows);
}

/**
 * Plain text as title houses take it: each block is its heading line (when it has one),
 * then its names one a line, then a blank line. Two-column blocks are one name a line too
 * (the title house sets the columns). Writing credits follow WGA punctuation ("A & B",
 * "and", "C"); cast lines are `Character<TAB>Actor`. LF line endings, ending with one
 * newline; no formula neutralization (this is not a spreadsheet format).
 */
export function toPlainText(list: CreditList): string {
  const parts = visibleBlocks(list).map((block) => {
    const lines = block.heading ? [block.heading] : [];
    if (hasNames(block)) {
      if (block.lines.some((l) => l.character !== undefined)) {
        for (const line of block.lines) lines.push(line.character ? `${line.character}\t${displayName(line)}` : displayName(line));
      } else {
        lines.push(...nameRows(block.lines));
      }
    } else {
      lines.push(...contentRows(block));
    }
    return lines.join("\n");
  });
  return parts.length ? `${parts.join("\n\n")}\n` : "";
}

/**
 * Backslash-escapes Markdown syntax so a name prints literally. Leading whitespace is
 * dropped (four spaces would start a code block).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/^\s+/, "")
    .replace(/[\\`*_{}[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    .replace(/^([#+\-=>])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * Markdown for reviews and wikis: `## Heading`, names one a line (hard line breaks), a
 * cast block as a Character | Actor table, a paragraph with its line breaks and blank lines kept, a logo as
 * `[Logo: …]`. Every text is escaped, so a name like "=Sam" or "*NSYNC" prints as typed.
 * `title` adds a `# title` line first.
 */
export function toMarkdown(list: CreditList, options: { title?: string } = {}): string {
  const parts: string[] = [];
  if (options.title) parts.push(`# ${escapeMarkdown(options.title)}`);
  for (const block of visibleBlocks(list)) {
    const lines: string[] = [];
    if (block.heading) lines.push(`## ${escapeMarkdown(block.heading)}`, "");
    if (hasNames(block) && block.lines.some((l) => l.character !== undefined)) {
      lines.push("| Character | Actor |", "| --- | --- |");
      for (const line of block.lines) lines.push(`| ${escapeMarkdown(line.character ?? "")} | ${escapeMarkdown(displayName(line))} |`);
    } else {
      const paragraphs = hasNames(block) ? [nameRows(block.lines)] : block.kind === "paragraph" ? block.text.split(/\n\s*\n/).map((p) => p.split("\n")) : [contentRows(block)];
      lines.push(paragraphs.map((rows) => rows.map((r) => escapeMarkdown(r)).join("\\\n")).join("\n\n"));
    }
    parts.push(lines.join("\n"));
  }
  return parts.length ? `${parts.join("\n\n")}\n` : "";
}

/** The `schema` value of a JSON export; bump with any change a reader could misread. */
export const CREDITS_JSON_SCHEMA_VERSION = "hatrack.credits/v2";

/** The project a JSON export describes. */
export type JsonProject = { id?: string | null; title: string; frameRate?: string | null };

/**
 * Schema "hatrack.credits/v2" (a JSON object, UTF-8, two-space indented):
 *
 * ```
 * {
 *   "schema": "hatrack.credits/v2",
 *   "project": { "id": string | null, "title": string, "frameRate": string | null },
 *   "blocks": [                         // on-screen order; hidden blocks left out
 *     {
 *       "id": string,                   // stable: "main:directed-by", "cast", "crew:camera:…", or a manual id
 *       "kind": "names" | "group" | "paragraph" | "song" | "logo",
 *       "section": "main" | "opening" | "cast" | "crew" | "post" | "music" | "thanks" | "legal" | "logos",
 *                                     // where the block sits now (a moved block takes the section it was moved to)
 *       "heading": string,              // "" = no heading line
 *       "columns": 1 | 2,
 *       "flags": [{ "kind": "guild-waiver", "message": string, "personIds": string[] }],
 *       // names and group blocks (hidden names left out):
 *       "lines": [{
 *         "key": string, "personId": string | null,
 *         "name": string,               // the person's name on file
 *         "credited": string,           // the name on screen
 *         "character": string,          // cast only
 *         "joiner": "&" | "and"         // when set (writing credits): joins this name to the one before
 *       }],
 *       // paragraph: "text": string (line breaks as \n)
 *       // song: "title": string, "performedBy" | "writtenBy" | "courtesyOf": string | null
 *       // logo: "assetId": string, "alt": string, "width": number, "height": number
 *     }
 *   ]
 * }
 * ```
 * Readers must ignore fields they don't know: new optional fields don't change the version.
 * v2 (from v1): the sections "opening" (the UPM and ADs billed before the cast) and "post"
 * (post-production and the departments after it); sections follow the on-screen order.
 */
export type CreditsJson = {
  schema: typeof CREDITS_JSON_SCHEMA_VERSION;
  project: { id: string | null; title: string; frameRate: string | null };
  blocks: CreditsJsonBlock[];
};

export type CreditsJsonLine = { key: string; personId: string | null; name: string; credited: string; character?: string; joiner?: Joiner };

export type CreditsJsonBlock = {
  id: string;
  kind: CreditBlock["kind"];
  section: CreditSection;
  heading: string;
  columns: 1 | 2;
  flags: { kind: string; message: string; personIds: string[] }[];
  lines?: CreditsJsonLine[];
  text?: string;
  title?: string;
  performedBy?: string | null;
  writtenBy?: string | null;
  courtesyOf?: string | null;
  assetId?: string;
  alt?: string;
  width?: number;
  height?: number;
};

function jsonBlock(block: CreditBlock): CreditsJsonBlock {
  const base: CreditsJsonBlock = {
    id: block.id,
    kind: block.kind,
    section: block.section,
    heading: block.heading,
    columns: block.columns,
    flags: block.flags.map((f) => ({ kind: f.kind, message: f.message, personIds: [...f.personIds] })),
  };
  switch (block.kind) {
    case "names":
    case "group":
      return {
        ...base,
        lines: block.lines.map((line) => {
          const out: CreditsJsonLine = { key: line.key, personId: line.personId, name: line.name, credited: displayName(line) };
          if (line.character !== undefined) out.character = line.character;
          if (line.joiner !== undefined) out.joiner = line.joiner;
          return out;
        }),
      };
    case "paragraph":
      return { ...base, text: block.text };
    case "song":
      return { ...base, title: block.title, performedBy: block.performedBy, writtenBy: block.writtenBy, courtesyOf: block.courtesyOf };
    case "logo":
      return { ...base, assetId: block.assetId, alt: block.alt, width: block.width, height: block.height };
  }
}

/** The document of a JSON export (see CreditsJson for the schema). */
export function toJsonDocument(list: CreditList, project: JsonProject): CreditsJson {
  return {
    schema: CREDITS_JSON_SCHEMA_VERSION,
    project: { id: project.id ?? null, title: project.title, frameRate: project.frameRate ?? null },
    blocks: visibleBlocks(list).map(jsonBlock),
  };
}

/** JSON export: `toJsonDocument` as two-space indented text ending with a newline. */
export function toJson(list: CreditList, project: JsonProject): string {
  return `${JSON.stringify(toJsonDocument(list, project), null, 2)}\n`;
}
