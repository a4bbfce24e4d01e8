"use client";

import { useCallback, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from "react";
import type { Degree } from "@/lib/work/degree";
import { degreeFromKey, moveFocus, navKey } from "@/lib/work/matrix";
import type { MatrixCellStore } from "./matrix-store";

/** The grid's parts the keyboard handling measures and scrolls. */
export type GridRefs = {
  scroll: RefObject<HTMLDivElement | null>;
  thead: RefObject<HTMLTableSectionElement | null>;
  tbody: RefObject<HTMLTableSectionElement | null>;
  corner: RefObject<HTMLTableCellElement | null>;
};

/**
 * The grid's keyboard and pointer handling, delegated (one set of handlers on the table, none
 * per cell): arrows, Home/End, Ctrl+Home/End and PageUp/PageDown move the one tab stop (roving
 * tabindex); Space, Enter or a click cycle the cell (`apply(key, "next")`); 1/S, 2/E, 3/L,
 * 0/Delete/Backspace set it. `rows` and `cols` are the visible grid's size.
 */
export function useMatrixKeyboard({
  store,
  refs,
  rows,
  cols,
  apply,
}: {
  store: MatrixCellStore;
  refs: GridRefs;
  rows: number;
  cols: number;
  apply: (key: string, target: Degree | null | "next") => void;
}) {
  const { scroll: scrollRef, thead: theadRef, tbody: tbodyRef, corner: cornerRef } = refs;
  const focusCell = useCallback(
    (row: number, col: number) => {
      const td = tbodyRef.current?.rows[row]?.cells[col + 1];
      const key = td?.dataset.cell;
      if (!td || !key) return;
      store.setActive(key);
      td.focus({ preventScroll: true });
      td.scrollIntoView({ block: "nearest", inline: "nearest" });
      const scroller = scrollRef.current;
      if (scroller) keepClearOfStickyHeaders(scroller, td, theadRef.current?.offsetHeight ?? 0, cornerRef.current?.offsetWidth ?? 0);
    },
    [store, scrollRef, theadRef, tbodyRef, cornerRef],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableElement>) => {
      const td = cellOf(e.target);
      if (!td || e.altKey) return;
      const key = td.dataset.cell!;
      const pos = { row: (td.parentElement as HTMLTableRowElement).sectionRowIndex, col: td.cellIndex - 1 };
      const nav = navKey(e);
      const paging = nav === "PageUp" || nav === "PageDown";
      const to = moveFocus(pos, nav, { rows, cols }, paging ? { pageRows: pageRows(scrollRef.current, theadRef.current, td) } : {});
      if (to) {
        e.preventDefault();
        if (to.row !== pos.row || to.col !== pos.col) focusCell(to.row, to.col);
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      if (e.key === " " || e.key === "Enter") {
        e.preventDefault();
        if (!e.repeat) apply(key, "next");
        return;
      }
      const degree = degreeFromKey(e.key);
      if (degree !== undefined) {
        e.preventDefault();
        apply(key, degree);
      }
    },
    [rows, cols, focusCell, apply, scrollRef, theadRef],
  );

  const onClick = useCallback(
    (e: MouseEvent<HTMLTableElement>) => {
      const td = cellOf(e.target);
      if (td) apply(td.dataset.cell!, "next");
    },
    [apply],
  );

  const onFocus = useCallback(
    (e: FocusEvent<HTMLTableElement>) => {
      const td = cellOf(e.target);
      if (td) store.setActive(td.dataset.cell!);
    },
    [store],
  );

  return { onKeyDown, onClick, onFocus };
}

function cellOf(target: EventTarget | null): HTMLTableCellElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLTableCellElement>("td[data-cell]");
}

/** Rows that fit in the visible part of the grid, for PageUp / PageDown. */
function pageRows(scroller: HTMLElement | null, thead: HTMLElement | null, cell: HTMLElement): number {
  const rowHeight = cell.offsetHeight || 44;
  if (!scroller) return 10;
  return Math.max(1, Math.floor((scroller.clientHeight - (thead?.offsetHeight ?? 0)) / rowHeight) - 1);
}

/** Scrolls the grid so a focused cell isn't hidden under the sticky header rows or name column (one read, one write). */
function keepClearOfStickyHeaders(scroller: HTMLElement, cell: HTMLElement, top: number, left: number) {
  const box = scroller.getBoundingClientRect();
  const r = cell.getBoundingClientRect();
  const minY = box.top + scroller.clientTop + top;
  const maxY = box.top + scroller.clientTop + scroller.clientHeight;
  const minX = box.left + scroller.clientLeft + left;
  const maxX = box.left + scroller.clientLeft + scroller.clientWidth;
  const dy = r.top < minY ? r.top - minY : r.bottom > maxY ? r.bottom - maxY : 0;
  const dx = r.left < minX ? r.left - minX : r.right > maxX ? r.right - maxX : 0;
  if (dx !== 0 || dy !== 0) scroller.scrollBy({ left: dx, top: dy });
}
