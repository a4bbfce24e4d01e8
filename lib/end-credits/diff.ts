import { songRows } from "./render";
import { displayName, type CreditBlock, type CreditLine, type CreditList } from "./types";

/**
 * Differences between two versions of a credit list, for a side-by-side view: every entry
 * names a block id and (for a line) a line key, which exist on the left (`a`) for
 * `removed`, on the right (`b`) for `added`, and on both sides for `changed`.
 *
 * - An added or removed block is one entry (lineKey null); its lines are not listed again.
 * - A block on both sides is `changed` when its heading, hidden flag, columns, section,
 *   content (paragraph text, song lines, logo) or position changed.
 * - A line on both sides is `changed` when its name, credited name, character, joiner,
 *   hidden flag or position changed.
 * - "position" means the item moved relative to the others: the smallest set of moves that
 *   explains the new order is reported (the items outside a longest increasing run), so
 *   inserting one block doesn't mark every block after it as moved. `before` / `after` are
 *   indexes in `a` and `b`.
 */

export type FieldChange =
  | { field: "heading" | "name" | "asCredited" | "character" | "joiner" | "section" | "content"; before: string | null; after: string | null }
  | { field: "hidden"; before: boolean; after: boolean }
  | { field: "columns"; before: number; after: number }
  | { field: "position"; before: number; after: number };

export type DiffEntry = {
  blockId: string;
  /** null: the block itself. */
  lineKey: string | null;
  /** The block's heading (on the right, or on the left for a removal). */
  heading: string;
  /** The line's name on screen; null for a block. */
  name: string | null;
  /** What changed (empty for added and removed entries). */
  changes: FieldChange[];
};

export type ListDiff = { added: DiffEntry[]; removed: DiffEntry[]; changed: DiffEntry[] };

/** Indexes (into `seq`) of one longest strictly increasing subsequence, O(n log n). */
export function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/** Keys present on both sides whose relative order changed. */
function movedKeys(a: readonly string[], b: readonly string[]): Set<string> {
  const inB = new Map(b.map((k, i) => [k, i]));
  const common = a.filter((k) => inB.has(k));
  const kept = longestIncreasing(common.map((k) => inB.get(k)!));
  return new Set(common.filter((_, i) => !kept.has(i)));
}

function content(block: CreditBlock): string | null {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "song":
      return songRows(block).join("\n");
    case "logo":
      return `${block.alt} (${block.assetId}, ${block.width}×${block.height})`;
    default:
      return null;
  }
}

function text(field: "heading" | "name" | "asCredited" | "character" | "joiner" | "section" | "content", before: string | null | undefined, after: string | null | undefined): FieldChange[] {
  const b = before ?? null;
  const a = after ?? null;
  return b === a ? [] : [{ field, before: b, after: a }];
}

function lineChanges(a: CreditLine, b: CreditLine): FieldChange[] {
  return [
    ...text("name", a.name, b.name),
    ...text("asCredited", a.asCredited, b.asCredited),
    ...text("character", a.character, b.character),
    ...text("joiner", a.joiner, b.joiner),
    ...(a.hidden !== b.hidden ? [{ field: "hidden" as const, before: a.hidden, after: b.hidden }] : []),
  ];
}

function blockChanges(a: CreditBlock, b: CreditBlock): FieldChange[] {
  return [
    ...text("heading", a.heading, b.heading),
    ...text("section", a.section, b.section),
    ...text("content", content(a), content(b)),
    ...(a.hidden !== b.hidden ? [{ field: "hidden" as const, before: a.hidden, after: b.hidden }] : []),
    ...(a.columns !== b.columns ? [{ field: "columns" as const, before: a.columns, after: b.columns }] : []),
  ];
}

/** What changed from `a` to `b` (see the file comment). */
export function diffLists(a: CreditList, b: CreditList): ListDiff {
  const added: DiffEntry[] = [];
  const removed: DiffEntry[] = [];
  const changed: DiffEntry[] = [];
  const aIndex = new Map(a.blocks.map((block, i) => [block.id, i]));
  const bIds = new Set(b.blocks.map((block) => block.id));
  const movedBlocks = movedKeys(
    a.blocks.map((x) => x.id),
    b.blocks.map((x) => x.id),
  );

  for (const block of a.blocks) {
    if (!bIds.has(block.id)) removed.push({ blockId: block.id, lineKey: null, heading: block.heading, name: null, changes: [] });
  }
  b.blocks.forEach((after, bi) => {
    const ai = aIndex.get(after.id);
    if (ai === undefined) {
      added.push({ blockId: after.id, lineKey: null, heading: after.heading, name: null, changes: [] });
      return;
    }
    const before = a.blocks[ai]!;
    const changes = blockChanges(before, after);
    if (movedBlocks.has(after.id)) changes.push({ field: "position", before: ai, after: bi });
    if (changes.length) changed.push({ blockId: after.id, lineKey: null, heading: after.heading, name: null, changes });

    const beforeLines = new Map(before.lines.map((l, i) => [l.key, i]));
    const afterKeys = new Set(after.lines.map((l) => l.key));
    const movedLines = movedKeys(
      before.lines.map((l) => l.key),
      after.lines.map((l) => l.key),
    );
    for (const line of before.lines) {
      if (!afterKeys.has(line.key)) removed.push({ blockId: after.id, lineKey: line.key, heading: before.heading, name: displayName(line), changes: [] });
    }
    after.lines.forEach((line, li) => {
      const at = beforeLines.get(line.key);
      if (at === undefined) {
        added.push({ blockId: after.id, lineKey: line.key, heading: after.heading, name: displayName(line), changes: [] });
        return;
      }
      const lineDiff = lineChanges(before.lines[at]!, line);
      if (movedLines.has(line.key)) lineDiff.push({ field: "position", before: at, after: li });
      if (lineDiff.length) changed.push({ blockId: after.id, lineKey: line.key, heading: after.heading, name: displayName(line), changes: lineDiff });
    });
  });
  return { added, removed, changed };
}
