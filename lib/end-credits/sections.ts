import { longestIncreasing } from "./diff";
import { CREDIT_SECTIONS, type CreditBlock, type CreditList, type CreditSection } from "./types";

/**
 * Sections follow the list's order. A list is read top to bottom as runs of sections in
 * CREDIT_SECTIONS order (main titles, before the cast, cast, crew, post-production, music,
 * thanks, legal, logos); a section may be empty, never split. So a block's section is where
 * it sits on screen, and every export, the preview's main-title cards and regenerating read
 * the section the user sees:
 * - a block moved to a new position takes a section its neighbours allow, its own if it can
 *   (`sectionBetween`): moved between two main titles it is a main title, moved to the
 *   boundary of its own section it stays in it;
 * - `moveToSection` puts a block at the near end of another section;
 * - `settleSections` repairs a list that breaks the rule (lists stored before version 2),
 *   changing the sections of as few blocks as it can.
 */

const RANK = new Map<string, number>(CREDIT_SECTIONS.map((s, i) => [s, i]));

/** The position of a section in CREDIT_SECTIONS (unknown sections after all of them). */
export function sectionRank(section: CreditSection): number {
  return RANK.get(section) ?? CREDIT_SECTIONS.length;
}

/**
 * The section a block of section `own` takes between two neighbours: `own` when it fits
 * between them, else the allowed section nearest to it.
 */
export function sectionBetween(own: CreditSection, before: CreditSection | null, after: CreditSection | null): CreditSection {
  const lo = before === null ? 0 : sectionRank(before);
  const hi = after === null ? CREDIT_SECTIONS.length - 1 : sectionRank(after);
  const rank = Math.min(Math.max(sectionRank(own), lo), Math.max(lo, hi));
  return CREDIT_SECTIONS[rank]!;
}

/** The block at `index` of `blocks` with the section its neighbours allow (the same object when it already fits). */
export function fitSection(blocks: readonly CreditBlock[], index: number): CreditBlock {
  const block = blocks[index]!;
  const section = sectionBetween(block.section, blocks[index - 1]?.section ?? null, blocks[index + 1]?.section ?? null);
  return section === block.section ? block : { ...block, section };
}

/** True when every section is one run, in CREDIT_SECTIONS order. */
export function sectionsInOrder(blocks: readonly CreditBlock[]): boolean {
  for (let i = 1; i < blocks.length; i++) if (sectionRank(blocks[i - 1]!.section) > sectionRank(blocks[i]!.section)) return false;
  return true;
}

/**
 * Where a block of `section` goes when it has no neighbour to follow: after the last block of
 * its section or of an earlier one (at the end of its own section), else first.
 */
export function endOfSection(blocks: readonly CreditBlock[], section: CreditSection): number {
  const rank = sectionRank(section);
  for (let i = blocks.length - 1; i >= 0; i--) if (sectionRank(blocks[i]!.section) <= rank) return i + 1;
  return 0;
}

/**
 * The list with the block moved into `section`, at the end of it nearest to where the block
 * was: the end of an earlier section, the start of a later one. A block already next to that
 * section only changes its label, not its place.
 */
export function moveToSection(list: CreditList, blockId: string, section: CreditSection): CreditList {
  const from = list.blocks.findIndex((b) => b.id === blockId);
  const block = list.blocks[from]!;
  if (block.section === section) return list;
  const rest = list.blocks.filter((_, i) => i !== from);
  const rank = sectionRank(section);
  let index: number;
  if (rank < sectionRank(block.section)) {
    index = endOfSection(rest, section);
  } else {
    index = rest.findIndex((b) => sectionRank(b.section) >= rank);
    if (index < 0) index = rest.length;
  }
  rest.splice(index, 0, { ...block, section });
  return { ...list, blocks: rest };
}

/**
 * The list with its sections in order, changing as few blocks as possible: the longest run of
 * blocks already in order keeps its sections, every other block takes the section its kept
 * neighbours allow (`sectionBetween`). Blocks never move. A list in order is returned as is.
 */
export function settleSections(list: CreditList): CreditList {
  if (sectionsInOrder(list.blocks)) return list;
  const n = list.blocks.length;
  // Section rank, then position: strictly increasing exactly where the ranks never decrease.
  const kept = longestIncreasing(list.blocks.map((b, i) => sectionRank(b.section) * (n + 1) + i));
  const blocks = list.blocks.slice();
  let before: CreditSection | null = null;
  for (let i = 0; i < n; i++) {
    const block = blocks[i]!;
    if (kept.has(i)) {
      before = block.section;
      continue;
    }
    let after: CreditSection | null = null;
    for (let j = i + 1; j < n; j++) {
      if (kept.has(j)) {
        after = blocks[j]!.section;
        break;
      }
    }
    const section = sectionBetween(block.section, before, after);
    if (section !== block.section) blocks[i] = { ...block, section };
    before = section;
  }
  return { ...list, blocks };
}
