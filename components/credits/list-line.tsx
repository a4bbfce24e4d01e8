"use client";

/** The list editor's line row: one name in a block, with its joiner, its buttons, draggable when editable. */

import { ArrowDown, ArrowUp, Eye, EyeOff } from "lucide-react";
import { memo, useContext } from "react";
import { cn } from "@/components/ui/cn";
import { displayName, type CreditLine } from "@/lib/end-credits/types";
import { AsCreditedDialog } from "./list-dialogs";
import { IconButton, type MoveLine, type Run } from "./list-parts";
import { BusyContext, DragHandle, useSortableItem, type SortableHandle } from "./sortable-list";

export type LineProps = {
  blockId: string;
  line: CreditLine;
  index: number;
  count: number;
  readOnly: boolean;
  run: Run;
  moveLine: MoveLine;
  writing: boolean;
};

export function lineClass(line: CreditLine, dragging: boolean): string {
  return cn(
    "flex min-w-0 items-center gap-2 text-sm",
    line.hidden && "text-zinc-400 line-through dark:text-zinc-500",
    dragging && "relative z-10 rounded-md bg-white shadow-md ring-1 ring-zinc-300 dark:bg-zinc-800 dark:ring-zinc-600",
  );
}

/** A draggable name: re-renders on every drag move in its block, its memoized body doesn't. */
export function SortableLine(props: LineProps) {
  const { ref, style, isDragging, handle } = useSortableItem(props.line.key);
  return (
    <li ref={ref} style={style} className={lineClass(props.line, isDragging)}>
      <LineBody {...props} handle={handle} />
    </li>
  );
}

export const LineBody = memo(function LineBody({ blockId, line, index, count, readOnly, run, moveLine, writing, handle }: LineProps & { handle?: SortableHandle }) {
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
