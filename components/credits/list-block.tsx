"use client";

/** The list editor's block card: heading, badges, the block's buttons, its names (list-line.tsx), draggable when editable. */

import { ArrowDown, ArrowUp, Columns2, Eye, EyeOff, RotateCcw, Trash2, TriangleAlert } from "lucide-react";
import { memo, useCallback, useMemo } from "react";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { displayName, hasNames, SECTION_LABELS, type CreditBlock, type CreditSection } from "@/lib/end-credits/types";
import { RenameDialog } from "./list-dialogs";
import { LineBody, lineClass, SortableLine, type LineProps } from "./list-line";
import { IconButton, type MoveBlock, type MoveLine, type MoveToSection, type Run } from "./list-parts";
import { DragHandle, SortableList, useSortableItem, type SortableHandle } from "./sortable-list";

const LINE_INSTRUCTIONS =
  "Press Space or Enter to pick up this name, the arrow keys to move it within its block, then Space or Enter to drop it in its new place, or Escape to cancel.";

export function headingText(block: CreditBlock): string {
  if (block.heading) return block.heading;
  if (block.kind === "song") return `“${block.title}”`;
  if (block.kind === "paragraph") return "Text";
  if (block.kind === "logo") return block.alt || "Logo";
  return "(no heading)";
}

export type BlockProps = {
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
export function SortableBlock(props: BlockProps) {
  const { ref, style, isDragging, handle } = useSortableItem(props.block.id);
  return (
    <li ref={ref} style={style} className={cn(isDragging && "relative z-10")}>
      <BlockCard {...props} handle={handle} dragging={isDragging} />
    </li>
  );
}

export const BlockCard = memo(function BlockCard({
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
