"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type DraggableAttributes,
  type DraggableSyntheticListeners,
  type Modifier,
  type Over,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { hasSortableData, rectSortingStrategy, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { GripVertical } from "lucide-react";
import { createContext, memo, useContext, useId, useMemo, type CSSProperties, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * Drag-and-drop reordering for the credit list editor (dnd-kit): one `SortableList` per list
 * (the blocks; the names of one block), `useSortableItem` per item, and a `DragHandle` button
 * per item that is the only place a drag starts (pointer or keyboard: Space/Enter, arrows,
 * Space/Enter or Escape). Screen readers hear what moved and where to ("Executive Producers
 * moved to position 3 of 33").
 *
 * Performance: dnd-kit re-renders every `useSortable` consumer on each drag move, so items
 * should render a memoized body and pass it only the (stable) `SortableHandle` object.
 */

/** What a drag handle needs; stable across drag moves (only `aria-pressed` flips for the dragged item). */
export type SortableHandle = {
  /** Callback ref for the handle (dnd-kit's activator node: focus returns there after a drop). */
  setNode: (element: HTMLElement | null) => void;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
};

/**
 * True while an edit is being saved: handles don't start a drag and the editor's buttons are
 * disabled. Read by the controls themselves, so memoized rows need not re-render when it flips.
 */
export const BusyContext = createContext(false);

// Module constants: new option objects would make new sensors, hence new listeners, and every
// memoized row would re-render.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };
const onlyVertical: Modifier = ({ transform }) => ({ ...transform, x: 0 });
const VERTICAL_MODIFIERS = [onlyVertical];

function position(entry: Active | Over | null): { index: number; count: number } | null {
  if (!entry || !hasSortableData(entry)) return null;
  const { index, items } = entry.data.current.sortable;
  return { index, count: items.length };
}

/** The screen-reader texts, in plain words; `describe` names an item (a heading, a person). */
export function sortableAnnouncements(describe: (id: string) => string, context?: string): Announcements {
  // The item last announced as "over": dnd-kit reports the item over itself right after pick-up.
  const lastOver: { current: UniqueIdentifier | null } = { current: null };
  const where = context ? ` in ${context}` : "";
  const at = (entry: Active | Over | null) => {
    const p = position(entry);
    return p ? `position ${p.index + 1} of ${p.count}` : "its place";
  };
  return {
    onDragStart({ active }) {
      lastOver.current = active.id;
      return `Picked up ${describe(String(active.id))}, at ${at(active)}${where}. Use the arrow keys to move it, Space or Enter to drop it, Escape to cancel.`;
    },
    onDragOver({ active, over }) {
      if ((over?.id ?? null) === lastOver.current) return undefined;
      lastOver.current = over?.id ?? null;
      const name = describe(String(active.id));
      return over ? `${name} moved to ${at(over)}.` : `${name} is outside the list.`;
    },
    onDragEnd({ active, over }) {
      lastOver.current = null;
      const name = describe(String(active.id));
      if (!over) return `${name} was dropped outside the list; nothing moved.`;
      if (over.id === active.id) return `${name} was dropped back at ${at(over)}; nothing moved.`;
      return `${name} dropped at ${at(over)}.`;
    },
    onDragCancel({ active }) {
      lastOver.current = null;
      return `Moving ${describe(String(active.id))} was cancelled; it stays at ${at(active)}.`;
    },
  };
}

/**
 * A sortable list. `onMove(id, toIndex)` runs on drop with the item's final index (arrayMove
 * semantics); the caller reorders its own state. Wrap the `<ol>` (dnd-kit adds its hidden
 * instructions and live region after it, outside the list).
 */
export function SortableList({
  items,
  describe,
  onMove,
  layout = "vertical",
  context,
  instructions,
  children,
}: {
  items: string[];
  describe: (id: string) => string;
  onMove: (id: string, toIndex: number) => void;
  layout?: "vertical" | "grid";
  /** Where the items are, for the pick-up announcement ("in Executive Producers"). */
  context?: string;
  /** The handle's description (aria-describedby), e.g. how to move a block with the keyboard. */
  instructions: string;
  children: ReactNode;
}) {
  // A stable id keeps the server and client aria-describedby equal (dnd-kit's own ids are counters).
  const id = useId();
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));
  const accessibility = useMemo(
    () => ({ announcements: sortableAnnouncements(describe, context), screenReaderInstructions: { draggable: instructions } }),
    [describe, context, instructions],
  );
  return (
    <DndContext
      id={`dnd${id}`}
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={layout === "vertical" ? VERTICAL_MODIFIERS : undefined}
      accessibility={accessibility}
      onDragEnd={({ active, over }) => {
        if (!over || over.id === active.id) return;
        const to = items.indexOf(String(over.id));
        if (to >= 0) onMove(String(active.id), to);
      }}
    >
      <SortableContext items={items} strategy={layout === "vertical" ? verticalListSortingStrategy : rectSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/** Per item: put `ref` and `style` on the `<li>`, hand `handle` to a memoized body, which spreads it on a DragHandle. */
export function useSortableItem(id: string): { ref: (element: HTMLElement | null) => void; style: CSSProperties; isDragging: boolean; handle: SortableHandle } {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const handle = useMemo(() => ({ setNode: setActivatorNodeRef, attributes, listeners }), [setActivatorNodeRef, attributes, listeners]);
  return { ref: setNodeRef, style: { transform: CSS.Translate.toString(transform), transition }, isDragging, handle };
}

/** The grip button that starts a drag; `label` is its accessible name ("Drag Maya Okafor"). */
export const DragHandle = memo(function DragHandle({ setNode, attributes: dndAttributes, listeners, label, small }: SortableHandle & { label: string; small?: boolean }) {
  const paused = useContext(BusyContext);
  // dnd-kit's attributes carry aria-describedby (its instructions), aria-roledescription and
  // aria-pressed while dragging; role="button" is implied by <button>.
  const { role: _role, ...attributes } = dndAttributes;
  return (
    <button
      type="button"
      ref={setNode}
      {...attributes}
      {...(paused ? {} : listeners)}
      aria-disabled={paused || attributes["aria-disabled"]}
      aria-label={label}
      title={label}
      className={cn(
        "inline-flex shrink-0 cursor-grab touch-none items-center justify-center rounded-lg text-zinc-500 transition-colors hover:bg-zinc-100 hover:text-zinc-900 active:cursor-grabbing aria-disabled:cursor-not-allowed aria-disabled:opacity-60 aria-pressed:cursor-grabbing aria-pressed:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 dark:aria-pressed:bg-zinc-800",
        small ? "h-6 px-0.5" : "h-7 px-1",
      )}
    >
      <GripVertical className={small ? "size-3" : "size-3.5"} aria-hidden />
    </button>
  );
});
