"use client";

import { memo, useCallback, useSyncExternalStore, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from "react";
import { cn } from "@/components/ui/cn";
import { DegreeMark } from "@/components/work/degree-mark";
import { cellKey, cellLabel, type LaneGroup } from "@/lib/work/matrix";
import { LANE_LABELS, type Lane } from "@/lib/work/taxonomy";
import type { CellView, MatrixCellStore } from "./matrix-store";
import type { MatrixPerson, MatrixResponsibility } from "./work-matrix";

/** "Opportunity (Executive Producer lane)" → "Opportunity": the chip label; the full one is its title. */
export function shortLane(lane: Lane): string {
  return LANE_LABELS[lane].replace(/\s*\(.*\)\s*$/, "");
}

export type GridProps = {
  label: string;
  describedBy: string;
  people: readonly MatrixPerson[];
  groups: LaneGroup<MatrixResponsibility>[];
  columns: MatrixResponsibility[];
  store: MatrixCellStore;
  readOnly: boolean;
  busy: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLTableElement>) => void;
  onClick: (e: MouseEvent<HTMLTableElement>) => void;
  onFocus: (e: FocusEvent<HTMLTableElement>) => void;
  scrollRef: RefObject<HTMLDivElement | null>;
  theadRef: RefObject<HTMLTableSectionElement | null>;
  tbodyRef: RefObject<HTMLTableSectionElement | null>;
  cornerRef: RefObject<HTMLTableCellElement | null>;
};

/** Re-renders only when the filters, the stage's data shape or the handlers change; never for a cell change. */
export const MatrixGrid = memo(function MatrixGrid({
  label,
  describedBy,
  people,
  groups,
  columns,
  store,
  readOnly,
  busy,
  onKeyDown,
  onClick,
  onFocus,
  scrollRef,
  theadRef,
  tbodyRef,
  cornerRef,
}: GridProps) {
  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label="Work matrix: scroll sideways for more responsibilities"
      className={cn(
        "max-h-[70vh] overflow-auto overscroll-contain rounded-xl border border-zinc-200 bg-white shadow-sm transition-opacity [--name-col:9.5rem] sm:[--name-col:14rem] dark:border-zinc-800 dark:bg-zinc-900",
        busy && "opacity-70",
      )}
    >
      <table
        role="grid"
        aria-label={label}
        aria-describedby={describedBy}
        aria-readonly={readOnly || undefined}
        aria-busy={busy || undefined}
        className="table-fixed border-separate border-spacing-0 text-sm"
        style={{ width: `calc(var(--name-col) + ${columns.length * 2.75}rem)` }}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={onFocus}
      >
        <colgroup>
          <col className="w-(--name-col)" />
          {columns.map((r) => (
            <col key={r.id} className="w-11" />
          ))}
        </colgroup>
        <thead ref={theadRef} className="sticky top-0 z-20 bg-zinc-50 text-xs text-zinc-700 dark:bg-zinc-950 dark:text-zinc-300">
          <tr>
            <th
              ref={cornerRef}
              scope="col"
              rowSpan={2}
              className="sticky left-0 z-10 border-r border-b border-zinc-200 bg-zinc-50 px-3 pb-2 text-left align-bottom font-medium dark:border-zinc-800 dark:bg-zinc-950"
            >
              Person
            </th>
            {groups.map((g) => (
              <th
                key={g.lane}
                data-lane={g.lane}
                scope="colgroup"
                colSpan={g.items.length}
                title={LANE_LABELS[g.lane]}
                className="h-8 border-r border-b border-zinc-200 px-2 text-left font-semibold dark:border-zinc-800"
              >
                <div className="truncate">{g.items.length > 2 ? LANE_LABELS[g.lane] : shortLane(g.lane)}</div>
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((r) => (
              <th
                key={r.id}
                scope="col"
                title={r.description ? `${r.name}: ${r.description}` : r.name}
                className="h-44 border-r border-b border-zinc-200 p-0 align-bottom font-medium dark:border-zinc-800"
              >
                <div className="flex h-44 items-end justify-center pb-2">
                  <span className="max-h-40 truncate [writing-mode:vertical-rl] rotate-180">{r.name}</span>
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={tbodyRef}>
          {people.map((p) => (
            <MatrixRow key={p.id} person={p} columns={columns} store={store} readOnly={readOnly} />
          ))}
        </tbody>
      </table>
    </div>
  );
});

const MatrixRow = memo(function MatrixRow({
  person,
  columns,
  store,
  readOnly,
}: {
  person: MatrixPerson;
  columns: MatrixResponsibility[];
  store: MatrixCellStore;
  readOnly: boolean;
}) {
  return (
    <tr className="group">
      <th
        scope="row"
        title={person.roles ? `${person.name} — ${person.roles}` : person.name}
        className="sticky left-0 z-10 h-11 border-r border-b border-zinc-200 bg-white px-3 py-1 text-left font-normal group-has-[td:focus]:bg-accent-50 dark:border-zinc-800 dark:bg-zinc-900 dark:group-has-[td:focus]:bg-zinc-800"
      >
        <div className="truncate text-sm leading-tight font-medium text-zinc-900 dark:text-zinc-100">{person.name}</div>
        {person.roles ? <div className="truncate text-xs leading-tight text-zinc-600 dark:text-zinc-400">{person.roles}</div> : null}
      </th>
      {columns.map((r) => (
        <MatrixCellView key={r.id} cellId={cellKey(person.id, r.id)} personName={person.name} responsibilityName={r.name} store={store} readOnly={readOnly} />
      ))}
    </tr>
  );
});

/** One cell: subscribes to its own key, so only a change to this cell (or to the tab stop) re-renders it. */
const MatrixCellView = memo(function MatrixCellView({
  cellId,
  personName,
  responsibilityName,
  store,
  readOnly,
}: {
  cellId: string;
  personName: string;
  responsibilityName: string;
  store: MatrixCellStore;
  readOnly: boolean;
}) {
  const subscribe = useCallback((listener: () => void) => store.subscribe(cellId, listener), [store, cellId]);
  const view = useSyncExternalStore(
    subscribe,
    () => store.get(cellId),
    () => store.get(cellId),
  );
  const active = useSyncExternalStore(
    subscribe,
    () => store.isActive(cellId),
    () => store.isActive(cellId),
  );
  return (
    <td
      data-cell={cellId}
      tabIndex={active ? 0 : -1}
      aria-label={cellLabel(personName, responsibilityName, view.degree, view.count)}
      className={cn(
        "h-11 border-r border-b border-zinc-100 p-0 text-center align-middle select-none focus:bg-accent-50 focus-visible:-outline-offset-2 dark:border-zinc-800 dark:focus:bg-zinc-800",
        readOnly ? "cursor-default" : "cursor-pointer hover:bg-zinc-100 dark:hover:bg-zinc-800",
      )}
    >
      <CellMark view={view} />
    </td>
  );
});


/** A cell's symbol: the degree's mark, the number of entries when more than one, faded while unsaved. */
export function CellMark({ view }: { view: Pick<CellView, "degree" | "count" | "pending"> }) {
  if (view.degree === null) return <span aria-hidden className="mx-auto block size-1 rounded-full bg-zinc-300 dark:bg-zinc-600" />;
  return (
    <DegreeMark degree={view.degree} size="md" className={cn("mx-auto flex", view.pending && "opacity-60")}>
      {view.count > 1 ? (
        <span className="absolute -top-1.5 -right-2.5 rounded-full bg-white px-0.5 text-[10px] leading-none font-semibold text-zinc-800 tabular-nums dark:bg-zinc-900 dark:text-zinc-100">
          {view.count}
        </span>
      ) : null}
    </DegreeMark>
  );
}
