import { withCurrentHeading } from "./headings";
import { blockDepartment } from "./departments";
import { endOfSection, settleSections } from "./sections";
import { displayName, CREDIT_LIST_SCHEMA_VERSION, type CreditBlock, type CreditLine, type CreditList } from "./types";

/**
 * Regenerating: the project changed (someone joined the roster, a title was accepted), so
 * a fresh list is built, and the user's work on the previous list must survive it.
 *
 * Kept from `previous`:
 * - the order of blocks and, inside each block, the order of lines;
 * - each block's section: a card the user moved into another section stays there, where it
 *   was put (sections.ts);
 * - renamed headings (`headingEdited`), hidden blocks and lines, columns, `asCredited`
 *   names and joiners (WGA joiners, or a "&" the user set on a directing team);
 * - manual blocks, untouched, where the user put them.
 * Taken from `fresh`: everything that comes from the data (names, characters, personIds,
 * base headings, flags, which blocks and lines exist).
 *
 * A new block lands in its own section (its section in `fresh`), at its conventional place
 * relative to what the user arranged: right after its nearest preceding neighbour in `fresh`
 * that the result holds in that same section, else right before its nearest following one,
 * else at the end of its section; neighbours of its own crew department are tried first. A
 * block the user moved to another section is no anchor, so new crew never follows a crew card
 * that was moved up into the main titles, and nothing new lands among the main titles unless
 * it is a main title. The result keeps the section order.
 * A new line goes right after its nearest preceding neighbour in `fresh` that the block
 * holds, or before its nearest following one.
 *
 * A block or line of `previous` that `fresh` no longer has is dropped (generated content
 * follows the data; hide a block to keep it out of the crawl). A fresh block whose id equals
 * a manual block's id (ids are reserved, so only from hand-made data) loses to the manual
 * block.
 */

export type RegenerateChange = {
  blockId: string;
  /** null: the whole block. */
  lineKey: string | null;
  heading: string;
  /** The line's name on screen; null for a block. */
  name: string | null;
};

export type RegenerateResult = { list: CreditList; added: RegenerateChange[]; removed: RegenerateChange[] };

/**
 * Merges two orders by id: the survivors of `previous` in their order, and each new item of
 * `fresh` placed next to its nearest fresh neighbour already placed. Items of `previous`
 * missing from `fresh` stay where they are (the caller decides what survives). `fallback`
 * places new items when no fresh neighbour survives (default: at the end).
 */
export function weave<T>(previous: readonly T[], fresh: readonly T[], id: (item: T) => string, fallback?: (result: T[], item: T) => number): T[] {
  const result: T[] = [];
  const position = new Map<string, number>();
  const reindex = () => {
    position.clear();
    result.forEach((item, i) => position.set(id(item), i));
  };
  for (const item of previous) result.push(item);
  reindex();

  let cursor: number | null = null;
  let pending: T[] = [];
  for (const item of fresh) {
    const at = position.get(id(item));
    if (at !== undefined) {
      let index = at;
      if (pending.length) {
        result.splice(index, 0, ...pending);
        index += pending.length;
        pending = [];
        reindex();
      }
      cursor = index + 1;
      continue;
    }
    if (cursor === null) {
      pending.push(item);
    } else {
      result.splice(cursor, 0, item);
      cursor += 1;
      reindex();
    }
  }
  for (const item of pending) {
    const index = fallback ? fallback(result, item) : result.length;
    result.splice(index, 0, item);
  }
  return result;
}

function mergeLines(previous: readonly CreditLine[], fresh: readonly CreditLine[]): CreditLine[] {
  const old = new Map(previous.map((l) => [l.key, l]));
  const freshKeys = new Set(fresh.map((l) => l.key));
  const merged = fresh.map((line): CreditLine => {
    const before = old.get(line.key);
    if (!before) return line;
    const next: CreditLine = { ...line, asCredited: before.asCredited, hidden: before.hidden };
    if (before.joiner !== undefined) next.joiner = before.joiner;
    return next;
  });
  const byKey = new Map(merged.map((l) => [l.key, l]));
  const survivors = previous.filter((l) => freshKeys.has(l.key)).map((l) => byKey.get(l.key)!);
  return weave(survivors, merged, (l) => l.key);
}

function mergeBlock(previous: CreditBlock, fresh: CreditBlock): CreditBlock {
  const next = {
    ...fresh,
    section: previous.section,
    hidden: previous.hidden,
    columns: previous.columns,
    headingEdited: previous.headingEdited,
    heading: previous.headingEdited ? previous.heading : fresh.heading,
    lines: mergeLines(previous.lines, fresh.lines),
  } as CreditBlock;
  return withCurrentHeading(next);
}

function blockChange(block: CreditBlock): RegenerateChange {
  return { blockId: block.id, lineKey: null, heading: block.heading, name: null };
}

function lineChange(block: CreditBlock, line: CreditLine): RegenerateChange {
  return { blockId: block.id, lineKey: line.key, heading: block.heading, name: displayName(line) };
}

/**
 * Where a new block goes in `result` (see the file comment): `fresh[at]` is the new block,
 * `position` the index of every block id in `result`. Neighbours of its own department come
 * first (a new Sound Mixer goes before the Boom Operator, wherever the user put Sound), then
 * any neighbour in its section.
 */
function placeNew(result: readonly CreditBlock[], position: ReadonlyMap<string, number>, fresh: readonly CreditBlock[], at: number): number {
  const { section, id } = fresh[at]!;
  const department = blockDepartment(id);
  const anchor = (j: number, sameDepartment: boolean) => {
    const index = position.get(fresh[j]!.id);
    if (index === undefined || result[index]!.section !== section) return undefined;
    return !sameDepartment || (department !== null && blockDepartment(fresh[j]!.id) === department) ? index : undefined;
  };
  for (const sameDepartment of [true, false]) {
    for (let j = at - 1; j >= 0; j--) {
      const index = anchor(j, sameDepartment);
      if (index !== undefined) return index + 1;
    }
    for (let j = at + 1; j < fresh.length; j++) {
      const index = anchor(j, sameDepartment);
      if (index !== undefined) return index;
    }
  }
  return endOfSection(result, section);
}

/** The fresh list with the user's arrangement of `previous` applied; see the file comment. */
export function regenerate(previousList: CreditList, fresh: CreditList): RegenerateResult {
  const previous = settleSections(previousList);
  const manual = new Set(previous.blocks.filter((b) => b.origin === "manual").map((b) => b.id));
  const freshBlocks = fresh.blocks.filter((b) => !manual.has(b.id));
  const freshById = new Map(freshBlocks.map((b) => [b.id, b]));
  const previousById = new Map(previous.blocks.map((b) => [b.id, b]));
  const added: RegenerateChange[] = [];
  const removed: RegenerateChange[] = [];

  const blocks: CreditBlock[] = [];
  for (const block of previous.blocks) {
    if (block.origin === "manual") {
      blocks.push(block);
      continue;
    }
    const next = freshById.get(block.id);
    if (!next) {
      removed.push(blockChange(block));
      continue;
    }
    const merged = mergeBlock(block, next);
    const freshKeys = new Set(next.lines.map((l) => l.key));
    const oldKeys = new Set(block.lines.map((l) => l.key));
    for (const line of block.lines) if (!freshKeys.has(line.key)) removed.push(lineChange(block, line));
    for (const line of merged.lines) if (!oldKeys.has(line.key)) added.push(lineChange(merged, line));
    blocks.push(merged);
  }

  const position = new Map<string, number>();
  const reindex = () => {
    position.clear();
    blocks.forEach((b, i) => position.set(b.id, i));
  };
  reindex();
  freshBlocks.forEach((block, at) => {
    if (previousById.has(block.id)) return;
    added.push(blockChange(block));
    blocks.splice(placeNew(blocks, position, freshBlocks, at), 0, block);
    reindex();
  });
  return { list: { schemaVersion: CREDIT_LIST_SCHEMA_VERSION, blocks }, added, removed };
}
