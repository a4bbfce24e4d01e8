"use client";

import { arrayMove } from "@dnd-kit/sortable";
import { ArrowDown, ArrowUp, Columns2, Eye, EyeOff, Pencil, RotateCcw, Trash2, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { memo, useCallback, useContext, useLayoutEffect, useMemo, useReducer, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import type { Outcome } from "@/server/actions/outcome";
import { fitSection, moveToSection as moveToSectionIn } from "@/lib/end-credits/sections";
import { displayName, hasNames, SECTION_LABELS, type CreditBlock, type CreditLine, type CreditList, type CreditSection } from "@/lib/end-credits/types";
import { BusyContext, DragHandle, SortableList, useSortableItem, type SortableHandle } from "./sortable-list";

/** Mirrors the server's ListOp (app/.../credits/list/actions.ts). */
export type EditorOp =
  | { op: "move-block"; blockId: string; toIndex: number }
  | { op: "section"; blockId: string; section: CreditSection }
  | { op: "move-line"; blockId: string; lineKey: string; toIndex: number }
  | { op: "rename"; blockId: string; heading: string }
  | { op: "reset-heading"; blockId: string }
  | { op: "as-credited"; blockId: string; lineKey: string; value: string | null }
  | { op: "hidden"; blockId: string; lineKey: string | null; hidden: boolean }
  | { op: "columns"; blockId: string; columns: 1 | 2 }
  | { op: "joiner"; blockId: string; lineKey: string; joiner: "&" | "and" }
  | { op: "add-paragraph"; heading: string; text: string }
  | { op: "add-group"; heading: string; names: string[] }
  | { op: "remove-block"; blockId: string };

type Saved = { list: CreditList; revision: number };
type Edit = (projectId: string, revision: number, op: EditorOp) => Promise<Outcome<Saved>>;
type Run = (op: EditorOp, done?: string) => void;
type MoveBlock = (blockId: string, toIndex: number, done?: string) => void;
type MoveToSection = (blockId: string, section: CreditSection, done?: string) => void;
type MoveLine = (blockId: string, lineKey: string, toIndex: number, done?: string) => void;

const BLOCK_INSTRUCTIONS =
  "Press Space or Enter to pick up this block, the up and down arrow keys to move it, then Space or Enter to drop it in its new place, or Escape to cancel.";
const LINE_INSTRUCTIONS =
  "Press Space or Enter to pick up this name, the arrow keys to move it within its block, then Space or Enter to drop it in its new place, or Escape to cancel.";

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

function headingText(block: CreditBlock): string {
  if (block.heading) return block.heading;
  if (block.kind === "song") return `“${block.title}”`;
  if (block.kind === "paragraph") return "Text";
  if (block.kind === "logo") return block.alt || "Logo";
  return "(no heading)";
}

type BlockProps = {
  block: CreditBlock;
  index: number;
  count: number;
  readOnly: boolean;
  run: Run;
  moveBlock: MoveBlock;
  moveToSection: MoveToSection;
  moveLine: MoveLine;
  showSection: boolean;
  /** The sections of the blocks before and after (null at the ends). */
  previousSection: CreditSection | null;
  nextSection: CreditSection | null;
  projectId: string;
};

/** A draggable block: re-renders on every drag move (dnd-kit), its memoized card doesn't. */
function SortableBlock(props: BlockProps) {
  const { ref, style, isDragging, handle } = useSortableItem(props.block.id);
  return (
    <li ref={ref} style={style} className={cn(isDragging && "relative z-10")}>
      <BlockCard {...props} handle={handle} dragging={isDragging} />
    </li>
  );
}

const BlockCard = memo(function BlockCard({
  block,
  index,
  count,
  readOnly,
  run,
  moveBlock,
  moveToSection,
  moveLine,
  showSection,
  previousSection,
  nextSection,
  projectId,
  handle,
  dragging = false,
}: BlockProps & { handle?: SortableHandle; dragging?: boolean }) {
  // At a section's edge a step up or down crosses into the next section first, in place.
  const up = previousSection !== null && previousSection !== block.section ? previousSection : null;
  const down = nextSection !== null && nextSection !== block.section ? nextSection : null;
  const title = headingText(block);
  const names = hasNames(block);
  const writing = names && block.lines.some((l) => l.joiner !== undefined);
  const lines = names ? block.lines : null;
  const lineKeys = useMemo(() => lines?.map((l) => l.key) ?? [], [lines]);
  const describeLine = useCallback((key: string) => {
    const line = lines?.find((l) => l.key === key);
    return line ? displayName(line) : key;
  }, [lines]);
  const onMoveLine = useCallback((key: string, toIndex: number) => moveLine(block.id, key, toIndex), [block.id, moveLine]);

  const lineList = lines ? (
    <ol className={cn("mt-2 grid gap-x-6 gap-y-1", block.columns === 2 && "sm:grid-cols-2")} aria-label={`Names under ${title}`}>
      {lines.map((line, i) => {
        const props: LineProps = { blockId: block.id, line, index: i, count: lines.length, readOnly, run, moveLine, writing };
        return readOnly ? (
          <li key={line.key} className={lineClass(line, false)}>
            <LineBody {...props} />
          </li>
        ) : (
          <SortableLine key={line.key} {...props} />
        );
      })}
    </ol>
  ) : null;

  return (
    <>
      {showSection ? <h3 className="mt-5 mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{SECTION_LABELS[block.section]}</h3> : null}
      <section
        aria-label={`${title} (block ${index + 1} of ${count})`}
        className={cn(
          "rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900",
          block.hidden && !dragging && "opacity-60",
          dragging && "shadow-lg ring-2 ring-zinc-400 dark:ring-zinc-500",
        )}
      >
        <div className="flex flex-wrap items-center gap-2">
          {handle && !readOnly ? <DragHandle {...handle} label={`Drag ${title}`} /> : null}
          <h4 className="min-w-0 font-semibold [overflow-wrap:anywhere]">{title}</h4>
          {block.headingEdited ? <Badge tone="accent">renamed</Badge> : null}
          {block.hidden ? <Badge tone="warning">hidden</Badge> : null}
          {names && block.columns === 2 ? <Badge>2 columns</Badge> : null}
          {block.origin === "manual" ? <Badge>added by hand</Badge> : null}
          {!readOnly ? (
            <div className="ml-auto flex flex-wrap items-center gap-0.5">
              <IconButton
                label={up ? `Move ${title} up into ${SECTION_LABELS[up]}` : `Move ${title} up`}
                disabled={index === 0}
                onClick={() => (up ? moveToSection(block.id, up, `${title} moved into ${SECTION_LABELS[up]}`) : moveBlock(block.id, index - 1, `${title} moved up`))}
              >
                <ArrowUp className="size-3.5" aria-hidden />
              </IconButton>
              <IconButton
                label={down ? `Move ${title} down into ${SECTION_LABELS[down]}` : `Move ${title} down`}
                disabled={index === count - 1}
                onClick={() => (down ? moveToSection(block.id, down, `${title} moved into ${SECTION_LABELS[down]}`) : moveBlock(block.id, index + 1, `${title} moved down`))}
              >
                <ArrowDown className="size-3.5" aria-hidden />
              </IconButton>
              {block.kind !== "logo" ? <RenameDialog block={block} title={title} run={run} /> : null}
              {block.headingEdited ? (
                <IconButton label={`Restore the heading of ${title}`} onClick={() => run({ op: "reset-heading", blockId: block.id })}>
                  <RotateCcw className="size-3.5" aria-hidden />
                </IconButton>
              ) : null}
              {names ? (
                <IconButton
                  label={block.columns === 2 ? `Show ${title} in one column` : `Show ${title} in two columns`}
                  onClick={() => run({ op: "columns", blockId: block.id, columns: block.columns === 2 ? 1 : 2 })}
                >
                  <Columns2 className="size-3.5" aria-hidden />
                </IconButton>
              ) : null}
              <IconButton label={block.hidden ? `Show ${title}` : `Hide ${title}`} onClick={() => run({ op: "hidden", blockId: block.id, lineKey: null, hidden: !block.hidden })}>
                {block.hidden ? <Eye className="size-3.5" aria-hidden /> : <EyeOff className="size-3.5" aria-hidden />}
              </IconButton>
              {block.origin === "manual" ? (
                <IconButton label={`Remove ${title}`} onClick={() => run({ op: "remove-block", blockId: block.id }, `${title} removed`)}>
                  <Trash2 className="size-3.5" aria-hidden />
                </IconButton>
              ) : null}
            </div>
          ) : null}
        </div>
        {block.flags.map((f) => (
          <p key={f.kind + f.personIds.join()} className="mt-1 flex items-start gap-1.5 text-xs text-amber-800 dark:text-amber-300">
            <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden /> {f.message}
          </p>
        ))}
        {block.kind === "logo" ? (
          // The uploaded image itself, small, on a dark plate as it will sit on the crawl.
          // eslint-disable-next-line @next/next/no-img-element -- an authenticated API image
          <img
            src={`/api/projects/${projectId}/credits/assets/${block.assetId}`}
            alt={block.alt}
            className="mt-2 max-h-24 max-w-full rounded bg-zinc-950 object-contain p-2"
            style={{ aspectRatio: `${block.width} / ${block.height}` }}
          />
        ) : null}
        {block.kind === "paragraph" ? <p className="mt-2 text-sm whitespace-pre-line text-zinc-700 [overflow-wrap:anywhere] dark:text-zinc-300">{block.text}</p> : null}
        {block.kind === "song" ? (
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
            {[block.performedBy && `Performed by ${block.performedBy}`, block.writtenBy && `Written by ${block.writtenBy}`, block.courtesyOf && `Courtesy of ${block.courtesyOf}`].filter(Boolean).join(" · ")}
          </p>
        ) : null}
        {lineList && !readOnly ? (
          <SortableList
            items={lineKeys}
            describe={describeLine}
            onMove={onMoveLine}
            layout={block.columns === 2 ? "grid" : "vertical"}
            context={title}
            instructions={LINE_INSTRUCTIONS}
          >
            {lineList}
          </SortableList>
        ) : (
          lineList
        )}
      </section>
    </>
  );
});

type LineProps = {
  blockId: string;
  line: CreditLine;
  index: number;
  count: number;
  readOnly: boolean;
  run: Run;
  moveLine: MoveLine;
  writing: boolean;
};

function lineClass(line: CreditLine, dragging: boolean): string {
  return cn(
    "flex min-w-0 items-center gap-2 text-sm",
    line.hidden && "text-zinc-400 line-through dark:text-zinc-500",
    dragging && "relative z-10 rounded-md bg-white shadow-md ring-1 ring-zinc-300 dark:bg-zinc-800 dark:ring-zinc-600",
  );
}

/** A draggable name: re-renders on every drag move in its block, its memoized body doesn't. */
function SortableLine(props: LineProps) {
  const { ref, style, isDragging, handle } = useSortableItem(props.line.key);
  return (
    <li ref={ref} style={style} className={lineClass(props.line, isDragging)}>
      <LineBody {...props} handle={handle} />
    </li>
  );
}

const LineBody = memo(function LineBody({ blockId, line, index, count, readOnly, run, moveLine, writing, handle }: LineProps & { handle?: SortableHandle }) {
  const name = displayName(line);
  return (
    <>
      {handle && !readOnly ? <DragHandle {...handle} label={`Drag ${name}`} small /> : null}
      {writing && index > 0 && !readOnly ? (
        <JoinerSelect blockId={blockId} line={line} name={name} run={run} />
      ) : writing && index > 0 ? (
        <span className="text-xs text-zinc-500">{line.joiner ?? "and"}</span>
      ) : null}
      <span className="min-w-0 [overflow-wrap:anywhere]">
        {line.character ? <span className="text-zinc-500 dark:text-zinc-400">{line.character} — </span> : null}
        {name}
        {line.asCredited ? <span className="ml-1 text-xs text-zinc-500 dark:text-zinc-400">(as credited; on file: {line.name})</span> : null}
      </span>
      {!readOnly ? (
        <span className="ml-auto flex shrink-0 items-center gap-0.5">
          <IconButton label={`Move ${name} up`} disabled={index === 0} onClick={() => moveLine(blockId, line.key, index - 1, `${name} moved up`)}>
            <ArrowUp className="size-3" aria-hidden />
          </IconButton>
          <IconButton label={`Move ${name} down`} disabled={index === count - 1} onClick={() => moveLine(blockId, line.key, index + 1, `${name} moved down`)}>
            <ArrowDown className="size-3" aria-hidden />
          </IconButton>
          <AsCreditedDialog blockId={blockId} line={line} run={run} />
          <IconButton label={line.hidden ? `Show ${name}` : `Hide ${name}`} onClick={() => run({ op: "hidden", blockId, lineKey: line.key, hidden: !line.hidden })}>
            {line.hidden ? <Eye className="size-3" aria-hidden /> : <EyeOff className="size-3" aria-hidden />}
          </IconButton>
        </span>
      ) : null}
    </>
  );
});

function JoinerSelect({ blockId, line, name, run }: { blockId: string; line: CreditLine; name: string; run: Run }) {
  const pending = useContext(BusyContext);
  return (
    <select
      aria-label={`How ${name} joins the writer before`}
      value={line.joiner ?? "and"}
      disabled={pending}
      onChange={(e) => run({ op: "joiner", blockId, lineKey: line.key, joiner: e.target.value as "&" | "and" })}
      className="rounded border border-zinc-300 bg-white px-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
    >
      <option value="and">and (separately)</option>
      <option value="&">&amp; (team)</option>
    </select>
  );
}

/** Disabled while an edit is being saved (BusyContext), without re-rendering the row. */
function IconButton({ label, children, disabled, onClick }: { label: string; children: React.ReactNode; disabled?: boolean; onClick: () => void }) {
  const pending = useContext(BusyContext);
  return (
    <Button size="sm" variant="ghost" aria-label={label} title={label} className="h-7 px-1.5" disabled={pending || disabled} onClick={onClick}>
      {children}
    </Button>
  );
}

function RenameDialog({ block, title, run }: { block: CreditBlock; title: string; run: Run }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(block.heading);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setValue(block.heading);
      }}
      title="Rename heading"
      description="The new heading stays when the list is regenerated."
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Rename ${title}`} title={`Rename ${title}`} className="h-7 px-1.5">
          <Pencil className="size-3.5" aria-hidden />
        </Button>
      }
    >
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          run({ op: "rename", blockId: block.id, heading: value }, `Renamed to ${value}`);
          setOpen(false);
        }}
      >
        <label htmlFor={`rename-${block.id}`} className="block text-sm font-medium">
          Heading
        </label>
        <input id={`rename-${block.id}`} value={value} onChange={(e) => setValue(e.target.value)} maxLength={500} className={inputClass} />
        <div className="flex justify-end">
          <Button type="submit">Rename</Button>
        </div>
      </form>
    </Dialog>
  );
}

function AsCreditedDialog({ blockId, line, run }: { blockId: string; line: CreditLine; run: Run }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(line.asCredited ?? "");
  const name = displayName(line);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setValue(line.asCredited ?? "");
      }}
      title={`How ${line.name} is credited here`}
      description="A display name for this credit only (e.g. a professional name). Leave empty to use the name on file."
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Set how ${name} is credited`} title={`Set how ${name} is credited`} className="h-7 px-1.5">
          <Pencil className="size-3" aria-hidden />
        </Button>
      }
    >
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          run({ op: "as-credited", blockId, lineKey: line.key, value: value.trim() || null });
          setOpen(false);
        }}
      >
        <label htmlFor={`as-${blockId}-${line.key}`} className="block text-sm font-medium">
          Credited as
        </label>
        <input id={`as-${blockId}-${line.key}`} value={value} onChange={(e) => setValue(e.target.value)} maxLength={500} placeholder={line.name} className={inputClass} />
        <div className="flex justify-end">
          <Button type="submit">Save</Button>
        </div>
      </form>
    </Dialog>
  );
}

function AddBlock({ run, pending }: { run: Run; pending: boolean }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<"group" | "paragraph">("group");
  const [heading, setHeading] = useState("Special Thanks");
  const [body, setBody] = useState("");
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Add a block"
      description="Thanks, legal text or any list of names the roster doesn't hold."
      trigger={
        <Button variant="secondary" disabled={pending}>
          Add a block
        </Button>
      }
    >
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (kind === "group") run({ op: "add-group", heading, names: body.split("\n") }, `${heading} added`);
          else run({ op: "add-paragraph", heading, text: body }, "Text added");
          setOpen(false);
          setBody("");
        }}
      >
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">Kind of block</legend>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="kind" checked={kind === "group"} onChange={() => setKind("group")} /> Names (one per line)
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="kind" checked={kind === "paragraph"} onChange={() => setKind("paragraph")} /> Text (legal notice, dedication)
          </label>
        </fieldset>
        <div>
          <label htmlFor="add-heading" className="mb-1.5 block text-sm font-medium">
            Heading
          </label>
          <input id="add-heading" value={heading} onChange={(e) => setHeading(e.target.value)} maxLength={500} className={inputClass} />
        </div>
        <div>
          <label htmlFor="add-body" className="mb-1.5 block text-sm font-medium">
            {kind === "group" ? "Names, one per line" : "Text"}
          </label>
          <textarea id="add-body" value={body} onChange={(e) => setBody(e.target.value)} className={cn(inputClass, "min-h-32")} />
        </div>
        <div className="flex justify-end">
          <Button type="submit">Add block</Button>
        </div>
      </form>
    </Dialog>
  );
}
