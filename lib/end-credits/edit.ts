import { normalizeName } from "@/lib/people/names";
import { CreditListError } from "./errors";
import { withCurrentHeading } from "./headings";
import { uniqueLineKey } from "./keys";
import { fitSection, endOfSection, moveToSection } from "./sections";
import {
  BLOCK_KINDS,
  CREDIT_SECTIONS,
  hasNames,
  isGeneratedId,
  type BlockKind,
  type Columns,
  type CreditBlock,
  type CreditLine,
  type CreditList,
  type CreditSection,
  type GroupBlock,
  type Joiner,
  type LogoBlock,
  type NamesBlock,
  type ParagraphBlock,
  type SongBlock,
} from "./types";

/**
 * Edits of a credit list, shared by the UI (optimistic updates) and the server (the
 * authoritative copy). Every operation:
 * - is pure: it returns a new list and never mutates its argument (unchanged blocks are
 *   shared between the old and the new list);
 * - validates what it is given and throws a CreditListError with a sentence a user can
 *   read: an unknown block id or line key (code unknown-block / unknown-line, HTTP 404), an
 *   index out of range, an empty heading, an operation that does not apply to the block
 *   (HTTP 422).
 * Hiding a name re-pluralizes a generated heading that was not renamed.
 */

/** Longest id, heading or name accepted: longer text is a paste gone wrong. */
export const MAX_TEXT = 500;
/** Longest paragraph (legal text can be long). */
export const MAX_PARAGRAPH = 20_000;

function blockIndex(list: CreditList, blockId: string): number {
  const index = list.blocks.findIndex((b) => b.id === blockId);
  if (index < 0) throw new CreditListError("unknown-block", `There is no block "${String(blockId)}" in this credit list.`);
  return index;
}

function lineIndex(block: CreditBlock, lineKey: string): number {
  const index = block.lines.findIndex((l) => l.key === lineKey);
  if (index < 0) throw new CreditListError("unknown-line", `The block "${block.heading || block.id}" has no line "${String(lineKey)}".`);
  return index;
}

function replaceBlock(list: CreditList, index: number, block: CreditBlock): CreditList {
  const blocks = list.blocks.slice();
  blocks[index] = block;
  return { ...list, blocks };
}

function updateBlock(list: CreditList, blockId: string, update: (block: CreditBlock) => CreditBlock): CreditList {
  const index = blockIndex(list, blockId);
  return replaceBlock(list, index, update(list.blocks[index]!));
}

function updateLine(list: CreditList, blockId: string, lineKey: string, update: (line: CreditLine) => CreditLine): CreditList {
  return updateBlock(list, blockId, (block) => {
    const index = lineIndex(block, lineKey);
    const lines = block.lines.slice();
    lines[index] = update(lines[index]!);
    return withCurrentHeading({ ...block, lines });
  });
}

function checkIndex(index: number, length: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new CreditListError("invalid-index", `Position ${String(index)} is outside the ${what} (0 to ${length - 1}).`);
  }
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const result = items.slice();
  const [item] = result.splice(from, 1);
  result.splice(to, 0, item!);
  return result;
}

/** A single-line text field: NFC, whitespace collapsed, trimmed, at most MAX_TEXT characters. */
function cleanText(value: unknown, field: string, options: { required: boolean }): string {
  if (typeof value !== "string") throw new CreditListError("invalid-value", `The ${field} must be text.`);
  const text = normalizeName(value);
  if (options.required && !text) throw new CreditListError("invalid-value", `The ${field} can't be empty.`);
  if (text.length > MAX_TEXT) throw new CreditListError("invalid-value", `The ${field} is longer than ${MAX_TEXT} characters.`);
  return text;
}

function cleanOptional(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  return cleanText(value, field, { required: false }) || null;
}

/** Multi-line text: NFC, CRLF → LF, trailing spaces dropped, blank lines at both ends trimmed. */
function cleanParagraph(value: unknown): string {
  if (typeof value !== "string") throw new CreditListError("invalid-value", "The text must be text.");
  const text = value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/\s+$/u, ""))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
  if (!text.trim()) throw new CreditListError("invalid-value", "The text can't be empty.");
  if (text.length > MAX_PARAGRAPH) throw new CreditListError("invalid-value", `The text is longer than ${MAX_PARAGRAPH} characters.`);
  return text;
}

function namesOnly(block: CreditBlock, what: string): NamesBlock | GroupBlock {
  if (!hasNames(block)) throw new CreditListError("wrong-kind", `${what} applies to blocks of names; "${block.heading || block.id}" is a ${block.kind} block.`);
  return block;
}

function manualOnly(block: CreditBlock, what: string): CreditBlock {
  if (block.origin !== "manual") {
    throw new CreditListError("not-manual", `"${block.heading || block.id}" comes from the roster and the credits, so it can't be ${what}. Hide it instead.`);
  }
  return block;
}

/**
 * Moves a block to position `toIndex` of the list (0 = first). Moved across a section
 * boundary, it takes the section it lands in (sections.ts: between two main titles it is a
 * main title; at the edge of its own section it keeps its own).
 */
export function moveBlock(list: CreditList, blockId: string, toIndex: number): CreditList {
  const from = blockIndex(list, blockId);
  checkIndex(toIndex, list.blocks.length, "list");
  if (from === toIndex) return list;
  const blocks = move(list.blocks, from, toIndex);
  blocks[toIndex] = fitSection(blocks, toIndex);
  return { ...list, blocks };
}

/**
 * Moves a block into another section, at the end of that section nearest to it (the end of
 * an earlier section, the start of a later one); a block already beside that section only
 * changes section.
 */
export function moveBlockToSection(list: CreditList, blockId: string, section: CreditSection): CreditList {
  blockIndex(list, blockId);
  if (!CREDIT_SECTIONS.includes(section)) throw new CreditListError("invalid-value", `"${String(section)}" is not a section.`);
  return moveToSection(list, blockId, section);
}

/** Moves a line to position `toIndex` inside its block. */
export function moveLine(list: CreditList, blockId: string, lineKey: string, toIndex: number): CreditList {
  return updateBlock(list, blockId, (block) => {
    const from = lineIndex(block, lineKey);
    checkIndex(toIndex, block.lines.length, "block");
    return from === toIndex ? block : { ...block, lines: move(block.lines, from, toIndex) };
  });
}

/**
 * Renames a heading; it is kept as typed from now on (regenerating and hiding names don't
 * change it). A block of names needs a heading; other blocks may have none ("").
 */
export function renameHeading(list: CreditList, blockId: string, heading: string): CreditList {
  return updateBlock(list, blockId, (block) => {
    const text = cleanText(heading, "heading", { required: hasNames(block) });
    const baseHeading = block.origin === "manual" ? text : block.baseHeading;
    return { ...block, heading: text, baseHeading, headingEdited: true };
  });
}

/** Gives a generated block its generated heading back (pluralized by its visible names). */
export function resetHeading(list: CreditList, blockId: string): CreditList {
  return updateBlock(list, blockId, (block) => {
    if (block.origin !== "generated") throw new CreditListError("not-generated", `"${block.heading || block.id}" is a block you added: its heading is the one you typed.`);
    return withCurrentHeading({ ...block, heading: block.baseHeading, headingEdited: false });
  });
}

/** Sets the name shown for this credit only ("as …"); null, "" or the person's own name clear it. */
export function setAsCredited(list: CreditList, blockId: string, lineKey: string, asCredited: string | null): CreditList {
  const value = cleanOptional(asCredited, "credited name");
  return updateLine(list, blockId, lineKey, (line) => ({ ...line, asCredited: value === null || value === line.name ? null : value }));
}

/** Hides or shows a whole block (`lineKey` absent) or one line of it. */
export function setHidden(list: CreditList, target: { blockId: string; lineKey?: string | null }, hidden: boolean): CreditList {
  if (typeof hidden !== "boolean") throw new CreditListError("invalid-value", "Hidden must be true or false.");
  if (target.lineKey === undefined || target.lineKey === null) {
    return updateBlock(list, target.blockId, (block) => (block.hidden === hidden ? block : { ...block, hidden }));
  }
  return updateLine(list, target.blockId, target.lineKey, (line) => (line.hidden === hidden ? line : { ...line, hidden }));
}

/** One or two columns of names (blocks of names only). */
export function setColumns(list: CreditList, blockId: string, columns: Columns): CreditList {
  if (columns !== 1 && columns !== 2) throw new CreditListError("invalid-value", "Choose one or two columns.");
  return updateBlock(list, blockId, (block) => ({ ...namesOnly(block, "Columns"), columns }));
}

/**
 * How a line joins the line before it: "&" (same team) or "and" (separately), as WGA
 * punctuation asks for writers; any block of names may use it (a directing team).
 */
export function setJoiner(list: CreditList, blockId: string, lineKey: string, joiner: Joiner): CreditList {
  if (joiner !== "&" && joiner !== "and") throw new CreditListError("invalid-value", 'Join writers with "&" (a team) or "and" (separately).');
  namesOnly(list.blocks[blockIndex(list, blockId)]!, "A joiner");
  return updateLine(list, blockId, lineKey, (line) => ({ ...line, joiner }));
}

/** A name for a manual block: text, or a person with an optional character. */
export type ManualName = string | { name: string; personId?: string | null; character?: string | null };

type ManualCommon = { id: string; section?: CreditSection; heading?: string };

/** The fields of a manual block, by kind. */
export type ManualBlockFields = {
  names: ManualCommon & { heading: string; names?: readonly ManualName[]; columns?: Columns };
  group: ManualCommon & { heading: string; names?: readonly ManualName[]; columns?: Columns };
  paragraph: ManualCommon & { text: string };
  song: ManualCommon & { title: string; performedBy?: string | null; writtenBy?: string | null; courtesyOf?: string | null };
  logo: ManualCommon & { assetId: string; alt: string; width: number; height: number };
};

/** Where a manual block goes by default. */
export const DEFAULT_SECTION: Readonly<Record<BlockKind, CreditSection>> = {
  names: "crew",
  group: "thanks",
  paragraph: "legal",
  song: "music",
  logo: "logos",
};

function manualLines(names: readonly ManualName[] | undefined, used = new Set<string>()): CreditLine[] {
  if (names !== undefined && !Array.isArray(names)) throw new CreditListError("invalid-value", "The names must be a list.");
  return (names ?? []).map((entry) => {
    const spec = typeof entry === "string" ? { name: entry } : entry;
    if (!spec || typeof spec !== "object") throw new CreditListError("invalid-value", "Each name must be text.");
    const name = cleanText(spec.name, "name", { required: true });
    const personId = typeof spec.personId === "string" && spec.personId ? spec.personId : null;
    const line: CreditLine = { key: uniqueLineKey(personId, name, used), personId, name, asCredited: null, hidden: false };
    const character = cleanOptional(spec.character, "character");
    if (character) line.character = character;
    return line;
  });
}

function positiveInteger(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0 || value > 100_000) {
    throw new CreditListError("invalid-value", `The logo ${field} must be a whole number of pixels above zero.`);
  }
  return value;
}

/**
 * Adds a block the user makes by hand (thanks, legal text, a song, a logo, or any block of
 * names). `fields.id` must be new in the list and not a generated id ("cast", "main:…",
 * "crew:…", "cast:…"). Without `atIndex` the block goes at the end of its section (before
 * the first block of a later section); the section defaults by kind (DEFAULT_SECTION). At
 * `atIndex`, it takes the section its neighbours allow there (its own when it fits).
 */
export function addManualBlock<K extends BlockKind>(list: CreditList, kind: K, fields: ManualBlockFields[K], atIndex?: number): CreditList {
  if (!BLOCK_KINDS.includes(kind)) throw new CreditListError("invalid-value", `"${String(kind)}" is not a kind of block.`);
  if (!fields || typeof fields !== "object") throw new CreditListError("invalid-value", "The block needs its fields.");
  const id = cleanText(fields.id, "block id", { required: true });
  if (id !== fields.id) throw new CreditListError("invalid-value", "Write the block id without extra spaces or line breaks.");
  if (isGeneratedId(id)) throw new CreditListError("reserved-id", `"${id}" is an id Hatrack uses for generated blocks; choose another.`);
  if (list.blocks.some((b) => b.id === id)) throw new CreditListError("duplicate-id", `The list already has a block "${id}".`);
  const section = fields.section ?? DEFAULT_SECTION[kind];
  if (!CREDIT_SECTIONS.includes(section)) throw new CreditListError("invalid-value", `"${String(section)}" is not a section.`);

  const common = { id, section, headingEdited: false, hidden: false, flags: [], origin: "manual" as const };
  let block: CreditBlock;
  if (kind === "names" || kind === "group") {
    const f = fields as ManualBlockFields["names"];
    const heading = cleanText(f.heading, "heading", { required: true });
    const columns = f.columns ?? 1;
    if (columns !== 1 && columns !== 2) throw new CreditListError("invalid-value", "Choose one or two columns.");
    block = { ...common, kind, heading, baseHeading: heading, columns, lines: manualLines(f.names) } as NamesBlock | GroupBlock;
  } else {
    const heading = fields.heading === undefined ? "" : cleanText(fields.heading, "heading", { required: false });
    const base = { ...common, heading, baseHeading: heading, columns: 1 as const, lines: [] };
    if (kind === "paragraph") {
      block = { ...base, kind: "paragraph", text: cleanParagraph((fields as ManualBlockFields["paragraph"]).text) } satisfies ParagraphBlock;
    } else if (kind === "song") {
      const f = fields as ManualBlockFields["song"];
      block = {
        ...base,
        kind: "song",
        title: cleanText(f.title, "song title", { required: true }),
        performedBy: cleanOptional(f.performedBy, "performer"),
        writtenBy: cleanOptional(f.writtenBy, "songwriter"),
        courtesyOf: cleanOptional(f.courtesyOf, "courtesy line"),
      } satisfies SongBlock;
    } else {
      const f = fields as ManualBlockFields["logo"];
      block = {
        ...base,
        kind: "logo",
        assetId: cleanText(f.assetId, "logo asset", { required: true }),
        alt: cleanText(f.alt, "logo description", { required: true }),
        width: positiveInteger(f.width, "width"),
        height: positiveInteger(f.height, "height"),
      } satisfies LogoBlock;
    }
  }

  let index: number;
  if (atIndex === undefined) {
    index = endOfSection(list.blocks, section);
  } else {
    if (!Number.isInteger(atIndex) || atIndex < 0 || atIndex > list.blocks.length) {
      throw new CreditListError("invalid-index", `Position ${String(atIndex)} is outside the list (0 to ${list.blocks.length}).`);
    }
    index = atIndex;
  }
  const blocks = list.blocks.slice();
  blocks.splice(index, 0, block);
  blocks[index] = fitSection(blocks, index);
  return { ...list, blocks };
}

/** Removes a block the user added. Generated blocks can't be removed (hide them instead). */
export function removeManualBlock(list: CreditList, blockId: string): CreditList {
  const index = blockIndex(list, blockId);
  manualOnly(list.blocks[index]!, "removed");
  return { ...list, blocks: list.blocks.filter((_, i) => i !== index) };
}

/** Adds a name to a manual block of names (at the end, or at `atIndex`). */
export function addManualLine(list: CreditList, blockId: string, name: ManualName, atIndex?: number): CreditList {
  return updateBlock(list, blockId, (block) => {
    namesOnly(manualOnly(block, "given new names"), "Adding a name");
    const [line] = manualLines([name], new Set(block.lines.map((l) => l.key)));
    const index = atIndex ?? block.lines.length;
    if (!Number.isInteger(index) || index < 0 || index > block.lines.length) {
      throw new CreditListError("invalid-index", `Position ${String(atIndex)} is outside the block (0 to ${block.lines.length}).`);
    }
    const lines = block.lines.slice();
    lines.splice(index, 0, line!);
    return { ...block, lines };
  });
}

/** Removes a name from a manual block. */
export function removeManualLine(list: CreditList, blockId: string, lineKey: string): CreditList {
  return updateBlock(list, blockId, (block) => {
    manualOnly(block, "edited name by name");
    const index = lineIndex(block, lineKey);
    return { ...block, lines: block.lines.filter((_, i) => i !== index) };
  });
}

/** The content fields a manual block can change after it is made, by kind. */
export type ManualBlockPatch = {
  section?: CreditSection;
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

const PATCH_FIELDS: Readonly<Record<BlockKind, readonly (keyof ManualBlockPatch)[]>> = {
  names: ["section"],
  group: ["section"],
  paragraph: ["section", "text"],
  song: ["section", "title", "performedBy", "writtenBy", "courtesyOf"],
  logo: ["section", "assetId", "alt", "width", "height"],
};

/**
 * Changes the content of a manual block (paragraph text, song lines, logo, section). A new
 * section moves the block to that section (moveBlockToSection).
 */
export function updateManualBlock(list: CreditList, blockId: string, patch: ManualBlockPatch): CreditList {
  const updated = updateBlock(list, blockId, (block) => {
    manualOnly(block, "edited");
    if (!patch || typeof patch !== "object") throw new CreditListError("invalid-value", "Say what to change.");
    const allowed = PATCH_FIELDS[block.kind];
    for (const key of Object.keys(patch)) {
      if (!allowed.includes(key as keyof ManualBlockPatch)) throw new CreditListError("wrong-kind", `A ${block.kind} block has no "${key}" to change.`);
    }
    const next: Record<string, unknown> = { ...block };
    if (patch.section !== undefined && !CREDIT_SECTIONS.includes(patch.section)) throw new CreditListError("invalid-value", `"${String(patch.section)}" is not a section.`);
    if (patch.text !== undefined) next.text = cleanParagraph(patch.text);
    if (patch.title !== undefined) next.title = cleanText(patch.title, "song title", { required: true });
    if (patch.performedBy !== undefined) next.performedBy = cleanOptional(patch.performedBy, "performer");
    if (patch.writtenBy !== undefined) next.writtenBy = cleanOptional(patch.writtenBy, "songwriter");
    if (patch.courtesyOf !== undefined) next.courtesyOf = cleanOptional(patch.courtesyOf, "courtesy line");
    if (patch.assetId !== undefined) next.assetId = cleanText(patch.assetId, "logo asset", { required: true });
    if (patch.alt !== undefined) next.alt = cleanText(patch.alt, "logo description", { required: true });
    if (patch.width !== undefined) next.width = positiveInteger(patch.width, "width");
    if (patch.height !== undefined) next.height = positiveInteger(patch.height, "height");
    return next as CreditBlock;
  });
  return patch.section === undefined ? updated : moveToSection(updated, blockId, patch.section);
}
