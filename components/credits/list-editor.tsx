"use client";

import { arrayMove } from "@dnd-kit/sortable";
import { useRouter } from "next/navigation";
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import type { Outcome } from "@/server/actions/outcome";
import type { ListOp } from "@/lib/end-credits/ops";
import { fitSection, moveToSection as moveToSectionIn } from "@/lib/end-credits/sections";
import { hasNames, type CreditBlock, type CreditList } from "@/lib/end-credits/types";
import { BlockCard, headingText, SortableBlock, type BlockProps } from "./list-block";
import { AddBlock } from "./list-dialogs";
import type { MoveBlock, MoveLine, MoveToSection, Run } from "./list-parts";
import { BusyContext, SortableList } from "./sortable-list";

type Saved = { list: CreditList; revision: number };
type Edit = (projectId: string, revision: number, op: ListOp) => Promise<Outcome<Saved>>;

const BLOCK_INSTRUCTIONS =
  "Press Space or Enter to pick up this block, the up and down arrow keys to move it, then Space or Enter to drop it in its new place, or Escape to cancel.";

/**
 * What the editor shows: the list the server last confirmed, or a reordered copy of it while a
 * move is being saved (a drag drops at once). When the save fails, the draft is dropped and the
 * confirmed list shows again.
 */
type EditorState = { saved: Saved; draft: CreditList | null };
type EditorAction = { type: "saved"; saved: Saved } | { type: "failed" } | { type: "reorder"; change: (list: CreditList) => CreditList };

function reducer(state: EditorState, action: EditorAction): EditorState {
  const shown = state.draft ?? state.saved.list;
  switch (action.type) {
    case "saved":
      return { saved: { list: share(shown, action.saved.list), revision: action.saved.revision }, draft: null };
    case "failed":
      return { saved: state.saved, draft: null };
    case "reorder":
      return { saved: state.saved, draft: action.change(shown) };
  }
}

/**
 * `next` with the blocks and lines that did not change taken from `prev`, so the memoized
 * rows of a long list don't all re-render after each save.
 */
function share(prev: CreditList, next: CreditList): CreditList {
  if (prev === next) return prev;
  const old = new Map(prev.blocks.map((b) => [b.id, b]));
  const blocks = next.blocks.map((b) => {
    const o = old.get(b.id);
    return o ? shareBlock(o, b) : b;
  });
  const same = prev.schemaVersion === next.schemaVersion && blocks.length === prev.blocks.length && blocks.every((b, i) => b === prev.blocks[i]);
  return same ? prev : { ...next, blocks };
}

function shareBlock(prev: CreditBlock, next: CreditBlock): CreditBlock {
  if (prev === next || JSON.stringify(prev) === JSON.stringify(next)) return prev;
  if (!hasNames(prev) || !hasNames(next)) return next;
  const old = new Map(prev.lines.map((l) => [l.key, l]));
  return {
    ...next,
    lines: next.lines.map((l) => {
      const o = old.get(l.key);
      return o && JSON.stringify(o) === JSON.stringify(l) ? o : l;
    }),
  };
}

/**
 * The working credit list, block by block, in crawl order. Every change is one server
 * action naming the revision it started from: if someone else saved in between, the server
 * refuses it (nothing is overwritten) and the editor offers to reload. Blocks, and the names
 * in a block, can be dragged (pointer or keyboard) or moved a step with the arrow buttons.
 */
export function CreditListEditor({ projectId, list: initial, revision: initialRevision, readOnly, edit }: { projectId: string; list: CreditList; revision: number; readOnly: boolean; edit: Edit }) {
  const [state, dispatch] = useReducer(reducer, { saved: { list: initial, revision: initialRevision }, draft: null });
  const [pending, start] = useTransition();
  const [announce, setAnnounce] = useState("");
  const router = useRouter();
  // A newer list from the server (after regenerate, restore, another tab): take it.
  const [seen, setSeen] = useState(initialRevision);
  if (initialRevision !== seen) {
    setSeen(initialRevision);
    dispatch({ type: "saved", saved: { list: initial, revision: initialRevision } });
  }
  // Read when an edit is sent, so `run` stays the same function and the rows stay memoized.
  const revision = useRef(state.saved.revision);
  useLayoutEffect(() => {
    revision.current = state.saved.revision;
  }, [state.saved.revision]);

  const run = useCallback<Run>(
    (op, done) =>
      start(async () => {
        let r: Outcome<Saved>;
        try {
          r = await edit(projectId, revision.current, op);
        } catch {
          r = { ok: false, message: "The change could not be saved (is the connection down?). Nothing was changed." };
        }
        if (r.ok && r.data) {
          dispatch({ type: "saved", saved: r.data });
          if (done) setAnnounce(done);
        } else {
          // Back to the list the server last confirmed (undoes a move shown ahead of the save).
          dispatch({ type: "failed" });
          toast.error(r.message, { action: { label: "Reload", onClick: () => router.refresh() } });
        }
      }),
    [edit, projectId, router],
  );

  // Shown at once with the section rule the server applies (lib/end-credits/sections.ts: a
  // block moved across a section boundary takes its new section); the server's answer replaces it.
  const moveBlock = useCallback<MoveBlock>(
    (blockId, toIndex, done) => {
      dispatch({
        type: "reorder",
        change: (list) => {
          const from = list.blocks.findIndex((b) => b.id === blockId);
          if (from < 0 || from === toIndex) return list;
          const blocks = arrayMove(list.blocks, from, toIndex);
          blocks[toIndex] = fitSection(blocks, toIndex);
          return { ...list, blocks };
        },
      });
      run({ op: "move-block", blockId, toIndex }, done);
    },
    [run],
  );

  const moveToSection = useCallback<MoveToSection>(
    (blockId, section, done) => {
      dispatch({ type: "reorder", change: (list) => (list.blocks.some((b) => b.id === blockId) ? moveToSectionIn(list, blockId, section) : list) });
      run({ op: "section", blockId, section }, done);
    },
    [run],
  );

  const moveLine = useCallback<MoveLine>(
    (blockId, lineKey, toIndex, done) => {
      dispatch({
        type: "reorder",
        change: (list) => ({
          ...list,
          blocks: list.blocks.map((b) => {
            if (b.id !== blockId || !hasNames(b)) return b;
            const from = b.lines.findIndex((l) => l.key === lineKey);
            return from < 0 || from === toIndex ? b : { ...b, lines: arrayMove(b.lines, from, toIndex) };
          }),
        }),
      });
      run({ op: "move-line", blockId, lineKey, toIndex }, done);
    },
    [run],
  );

  const blocks = (state.draft ?? state.saved.list).blocks;
  const blockIds = useMemo(() => blocks.map((b) => b.id), [blocks]);
  const describeBlock = useCallback((id: string) => {
    const block = blocks.find((b) => b.id === id);
    return block ? headingText(block) : id;
  }, [blocks]);

  const items = blocks.map((block, index) => {
    const props: BlockProps = {
      block,
      index,
      count: blocks.length,
      readOnly,
      run,
      moveBlock,
      moveToSection,
      moveLine,
      showSection: index === 0 || blocks[index - 1]?.section !== block.section,
      previousSection: blocks[index - 1]?.section ?? null,
      nextSection: blocks[index + 1]?.section ?? null,
      projectId,
    };
    return readOnly ? (
      <li key={block.id}>
        <BlockCard {...props} />
      </li>
    ) : (
      <SortableBlock key={block.id} {...props} />
    );
  });
  const list = (
    <ol className="space-y-3" aria-label="Credit blocks in crawl order">
      {items}
    </ol>
  );

  return (
    <BusyContext value={pending}>
      <div className="space-y-3" aria-busy={pending}>
        <p className="sr-only" aria-live="polite">
          {announce}
        </p>
        {readOnly ? (
          list
        ) : (
          <SortableList items={blockIds} describe={describeBlock} onMove={moveBlock} instructions={BLOCK_INSTRUCTIONS}>
            {list}
          </SortableList>
        )}
        {!readOnly ? <AddBlock run={run} pending={pending} /> : null}
      </div>
    </BusyContext>
  );
}
