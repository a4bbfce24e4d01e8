"use client";

/**
 * The "fast entry" work matrix: people (rows) × responsibilities (columns) at one production
 * stage; each cell is the degree of work that person did on that responsibility.
 *
 * Contract (the page and its server actions supply these):
 * - `stage`: the stage shown. The stage picker navigates to `?stage=<id>` (other search params
 *   kept); the page reads it and passes that stage's `cells`.
 * - `people`: the roster, in display order; `roles` is a display string ("Producer, Director").
 * - `responsibilities`: the columns (taxonomy + the project's custom ones), any order; they are
 *   shown grouped by lane in LANES order, in the given order within a lane.
 * - `cells`: keyed by `cellKey(personId, responsibilityId)` from lib/work/matrix (a missing key
 *   is "none"). `count` is how many work entries stand behind the cell; >1 shows a small count.
 *   A new `cells` object (router.refresh, revalidatePath) replaces what cells show, except
 *   cells whose save is still in flight; a new `stage` forgets every unsaved change.
 * - `setCell`: saves one cell. `expected` is the degree the client believes the server holds,
 *   for optimistic concurrency (reply ok:false, with the current `degree`/`count`, when it
 *   differs). ok:true must carry the cell's saved `degree` and `count`; an `undoToken` makes
 *   the success toast offer "Undo". A thrown error counts as a failure. Requests are serialised
 *   per cell: while one is in flight, later changes to that cell queue and only the newest is
 *   sent (so the Undo on screen always undoes the latest request for a cell; the toast is
 *   shared, a newer change replaces it).
 * - `undo`: called with an undoToken from the toast; its message is toasted, then the route is
 *   refreshed (router.refresh) so the cells come back from the server.
 * - `readOnly`: cells stay focusable and navigable but nothing changes ("View only").
 * - `rosterHref` (optional): linked from the empty state when nobody is on the roster.
 * Filters (lanes, person name/role) are client-side only and survive a stage change.
 *
 * Keyboard: one tab stop (roving tabindex); arrows, Home/End, Ctrl+Home/End, PageUp/PageDown
 * move; Space, Enter or a click cycle none → supporting → equal → lead → none; 1/S, 2/E, 3/L set
 * a degree, 0/Delete/Backspace clear. Each cell is named "Maya Okafor — Budgeting: lead"; a
 * polite live region announces "Maya Okafor — Budgeting set to lead".
 *
 * Speed: cell state lives in a MatrixCellStore outside React; each cell subscribes to its own
 * key, so a change (or a focus move) re-renders one or two cells, never the 2,400.
 */

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import {
  memo,
  useCallback,
  useEffect,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  useTransition,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Select, TextInput } from "@/components/ui/field";
import { DegreeMark } from "@/components/work/degree-mark";
import type { Degree } from "@/lib/work/degree";
import {
  cellKey,
  cellLabel,
  changeAnnouncement,
  degreeFromKey,
  filterPeople,
  groupByLane,
  MatrixCellStore,
  moveFocus,
  navKey,
  nextDegree,
  parseCellKey,
  type CellView,
  type LaneGroup,
  type SetCellResult,
  type SettleEvent,
} from "@/lib/work/matrix";
import { LANE_LABELS, WORK_STAGE_LABELS, WORK_STAGES, type Lane, type WorkStage } from "@/lib/work/taxonomy";

export type MatrixCell = { degree: Degree; count: number };
export type MatrixPerson = { id: string; name: string; roles: string };
export type MatrixResponsibility = { id: string; name: string; lane: Lane; description: string };
export type SetCellInput = { personId: string; responsibilityId: string; stage: WorkStage; degree: Degree | null; expected: Degree | null };
export type SetCellOutcome = SetCellResult;

export type MatrixProps = {
  stage: WorkStage;
  people: MatrixPerson[];
  responsibilities: MatrixResponsibility[];
  cells: Record<string, MatrixCell>;
  readOnly: boolean;
  setCell: (input: SetCellInput) => Promise<SetCellOutcome>;
  undo: (undoToken: string) => Promise<{ ok: boolean; message: string }>;
  /** Optional link for the empty roster state, e.g. the project's roster page. */
  rosterHref?: string;
  /** The lane to scroll to when a stage opens (where the work is), instead of the first one. */
  openAtLane?: Lane;
};

const UNDO_TOAST_ID = "work-matrix-undo";
const NO_LANES: ReadonlySet<Lane> = new Set();

/** "Opportunity (Executive Producer lane)" → "Opportunity": the chip label; the full one is its title. */
function shortLane(lane: Lane): string {
  return LANE_LABELS[lane].replace(/\s*\(.*\)\s*$/, "");
}

export function WorkMatrix({ stage, people: peopleProp, responsibilities: responsibilitiesProp, cells, readOnly, setCell, undo, rosterHref, openAtLane }: MatrixProps) {
  // A refresh or revalidation sends new arrays with the same content: keep the old ones, so the
  // memoised rows and cells don't all re-render after every save.
  const people = useStableList(peopleProp);
  const responsibilities = useStableList(responsibilitiesProp);
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [navigating, startNavigation] = useTransition();
  const id = useId();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [hiddenLanes, setHiddenLanes] = useState<ReadonlySet<Lane>>(NO_LANES);

  const scrollRef = useRef<HTMLDivElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const cornerRef = useRef<HTMLTableCellElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);

  // Open where the work is: the lane with the most filled cells of this stage scrolled into view.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const th = openAtLane ? theadRef.current?.querySelector<HTMLElement>(`th[data-lane="${openAtLane}"]`) : null;
    if (box && th) box.scrollLeft = Math.max(0, th.offsetLeft - (cornerRef.current?.offsetWidth ?? 0));
  }, [stage, openAtLane]);

  const personById = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const respById = useMemo(() => new Map(responsibilities.map((r) => [r.id, r])), [responsibilities]);
  const allGroups = useMemo(() => groupByLane(responsibilities), [responsibilities]);
  const groups = useMemo(() => (hiddenLanes.size === 0 ? allGroups : allGroups.filter((g) => !hiddenLanes.has(g.lane))), [allGroups, hiddenLanes]);
  const columns = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const visiblePeople = useMemo(() => filterPeople(people, deferredQuery), [people, deferredQuery]);

  const announce = useCallback((message: string) => {
    const el = liveRef.current;
    if (!el) return;
    // A repeated message must still be announced: make the text differ.
    el.textContent = el.textContent === message ? `${message}\u00a0` : message;
  }, []);

  const runUndo = useCallback(
    async (token: string) => {
      let outcome: { ok: boolean; message: string };
      try {
        outcome = await undo(token);
      } catch {
        outcome = { ok: false, message: "Couldn't undo that change. Check your connection and try again." };
      }
      if (outcome.ok) toast.success(outcome.message);
      else toast.error(outcome.message);
      router.refresh();
    },
    [undo, router],
  );

  const [store] = useState(() => {
    const s = new MatrixCellStore(cells);
    const firstPerson = people[0];
    const firstResp = groupByLane(responsibilities)[0]?.items[0];
    if (firstPerson && firstResp) s.setActive(cellKey(firstPerson.id, firstResp.id));
    return s;
  });

  // The store saves through the current props (configured before any event can fire).
  useLayoutEffect(() => {
    store.configure({
      send: (key, degree, expected) => {
        const ids = parseCellKey(key)!;
        return setCell({ ...ids, stage, degree, expected });
      },
      onSettle: (event: SettleEvent) => {
        const { result } = event;
        if (!result.ok) {
          toast.error(result.message);
          return;
        }
        if (event.final && result.undoToken) {
          const token = result.undoToken;
          toast(result.message, { id: UNDO_TOAST_ID, duration: 8000, action: { label: "Undo", onClick: () => void runUndo(token) } });
        }
      },
    });
  }, [store, setCell, stage, runUndo]);

  // New server data: replace what cells show (a new stage forgets unsaved changes too).
  const synced = useRef({ cells, stage });
  useLayoutEffect(() => {
    const prev = synced.current;
    if (prev.cells === cells && prev.stage === stage) return;
    synced.current = { cells, stage };
    if (prev.stage !== stage) store.replaceAll(cells);
    else store.reset(cells);
  }, [store, cells, stage]);

  // Keep exactly one tab stop among the visible cells when filters hide the active one.
  useLayoutEffect(() => {
    const active = store.getActive();
    const ids = active ? parseCellKey(active) : null;
    const visible = ids && visiblePeople.some((p) => p.id === ids.personId) && columns.some((r) => r.id === ids.responsibilityId);
    if (visible) return;
    const p = visiblePeople[0];
    const r = columns[0];
    store.setActive(p && r ? cellKey(p.id, r.id) : null);
  }, [store, visiblePeople, columns]);

  const apply = useCallback(
    (key: string, target: Degree | null | "next") => {
      const ids = parseCellKey(key);
      const person = ids && personById.get(ids.personId);
      const resp = ids && respById.get(ids.responsibilityId);
      if (!person || !resp) return;
      if (readOnly) {
        announce("View only: you can't change the matrix.");
        return;
      }
      const current = store.get(key).degree;
      const degree = target === "next" ? nextDegree(current) : target;
      if (degree === current) {
        announce(changeAnnouncement(person.name, resp.name, degree));
        return;
      }
      store.change(key, degree);
      announce(changeAnnouncement(person.name, resp.name, degree));
    },
    [store, readOnly, personById, respById, announce],
  );

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
    [store],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableElement>) => {
      const td = cellOf(e.target);
      if (!td || e.altKey) return;
      const key = td.dataset.cell!;
      const pos = { row: (td.parentElement as HTMLTableRowElement).sectionRowIndex, col: td.cellIndex - 1 };
      const nav = navKey(e);
      const paging = nav === "PageUp" || nav === "PageDown";
      const to = moveFocus(pos, nav, { rows: visiblePeople.length, cols: columns.length }, paging ? { pageRows: pageRows(scrollRef.current, theadRef.current, td) } : {});
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
    [visiblePeople.length, columns.length, focusCell, apply],
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

  const changeStage = (value: string) => {
    const next = new URLSearchParams(params.toString());
    next.set("stage", value);
    startNavigation(() => router.push(`${pathname}?${next.toString()}`, { scroll: false }));
  };

  const toggleLane = (lane: Lane) =>
    setHiddenLanes((prev) => {
      const next = new Set(prev);
      if (next.has(lane)) next.delete(lane);
      else next.add(lane);
      return next;
    });

  const legendId = `${id}-keys`;
  let body: ReactNode;
  if (people.length === 0) {
    body = (
      <MatrixEmpty>
        Nobody is on this project&apos;s roster yet.{" "}
        {rosterHref ? (
          <Link href={rosterHref} className="font-medium text-zinc-900 underline underline-offset-2 dark:text-zinc-100">
            Add people to the roster first.
          </Link>
        ) : (
          "Add people to the roster first."
        )}
      </MatrixEmpty>
    );
  } else if (responsibilities.length === 0) {
    body = <MatrixEmpty>There are no responsibilities to record work against yet.</MatrixEmpty>;
  } else if (columns.length === 0) {
    body = <MatrixEmpty>No responsibilities match the filter.</MatrixEmpty>;
  } else if (visiblePeople.length === 0) {
    body = <MatrixEmpty>Nobody on the roster matches “{deferredQuery.trim()}”.</MatrixEmpty>;
  } else {
    body = (
      <MatrixGrid
        label={`Work matrix, ${WORK_STAGE_LABELS[stage]}: people by responsibility`}
        describedBy={legendId}
        people={visiblePeople}
        groups={groups}
        columns={columns}
        store={store}
        readOnly={readOnly}
        busy={navigating}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={onFocus}
        scrollRef={scrollRef}
        theadRef={theadRef}
        tbodyRef={tbodyRef}
        cornerRef={cornerRef}
      />
    );
  }

  const lanesPresent = allGroups.map((g) => g.lane);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
        <div className="w-full sm:w-60">
          <label htmlFor={`${id}-stage`} className="mb-1.5 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            Stage
          </label>
          <Select id={`${id}-stage`} value={stage} onChange={(e) => changeStage(e.target.value)} aria-busy={navigating || undefined}>
            {WORK_STAGES.map((s) => (
              <option key={s} value={s}>
                {WORK_STAGE_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <div className="w-full sm:w-64">
          <label htmlFor={`${id}-people`} className="mb-1.5 block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            Filter people
          </label>
          <TextInput id={`${id}-people`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name or role" autoComplete="off" />
        </div>
        {lanesPresent.length > 1 ? (
          <fieldset className="min-w-0">
            <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">Lanes</legend>
            <div className="flex flex-wrap gap-2">
              {lanesPresent.map((lane) => (
                <label
                  key={lane}
                  title={LANE_LABELS[lane]}
                  className="inline-flex h-9 cursor-pointer items-center gap-1.5 rounded-full border border-zinc-300 bg-white px-3 text-sm text-zinc-800 has-[:checked]:border-zinc-900 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:has-[:checked]:border-accent-500"
                >
                  <input type="checkbox" className="size-4 accent-zinc-900 focus-visible:outline-none dark:accent-amber-500" checked={!hiddenLanes.has(lane)} onChange={() => toggleLane(lane)} />
                  {shortLane(lane)}
                  <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">{allGroups.find((g) => g.lane === lane)?.items.length}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
      </div>

      <MatrixLegend readOnly={readOnly} keysId={legendId} />

      {people.length > 0 && responsibilities.length > 0 ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {visiblePeople.length === people.length ? `${people.length} ${people.length === 1 ? "person" : "people"}` : `${visiblePeople.length} of ${people.length} people`}
          {" · "}
          {columns.length === responsibilities.length ? `${columns.length} responsibilities` : `${columns.length} of ${responsibilities.length} responsibilities`}
          {" · "}
          {WORK_STAGE_LABELS[stage]}
          <SaveStatus store={store} />
        </p>
      ) : null}

      {body}

      <div ref={liveRef} aria-live="polite" aria-atomic="true" className="sr-only" />
    </div>
  );
}

/**
 * "Saving 2 changes…" while cells are unsaved, then "All changes saved"; and while anything is
 * unsaved, leaving the page (reload, close, a typed address) asks first, because the browser
 * would drop the requests still waiting to go out.
 */
function SaveStatus({ store }: { store: MatrixCellStore }) {
  const subscribe = useCallback((listener: () => void) => store.subscribeUnsaved(listener), [store]);
  const unsaved = useSyncExternalStore(subscribe, () => store.unsavedCount(), () => 0);
  const [changed, setChanged] = useState(false);
  if (unsaved > 0 && !changed) setChanged(true);
  useEffect(() => {
    if (unsaved === 0) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [unsaved]);
  if (!changed) return null;
  return (
    <span data-testid="matrix-save-status">
      {" · "}
      {unsaved > 0 ? `Saving ${unsaved} ${unsaved === 1 ? "change" : "changes"}…` : "All changes saved"}
    </span>
  );
}

// ---------------------------------------------------------------------------------------
// The grid

type GridProps = {
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
const MatrixGrid = memo(function MatrixGrid({
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

// ---------------------------------------------------------------------------------------
// Symbols and legend

/** A cell's symbol: the degree's mark, the number of entries when more than one, faded while unsaved. */
function CellMark({ view }: { view: Pick<CellView, "degree" | "count" | "pending"> }) {
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

const LEGEND: Array<{ degree: Degree | null; label: string }> = [
  { degree: null, label: "None" },
  { degree: "supporting", label: "Supporting" },
  { degree: "equal", label: "Equal" },
  { degree: "lead", label: "Lead" },
];

const kbd = "rounded border border-zinc-300 bg-zinc-50 px-1 font-sans text-[11px] text-zinc-800 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-200";

/** What the symbols mean and which keys work; `keysId` lets the grid use the key help as its description. */
export function MatrixLegend({ readOnly, keysId }: { readOnly: boolean; keysId?: string }) {
  return (
    <div className="space-y-2 rounded-lg border border-zinc-200 bg-white px-3 py-2.5 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <ul aria-label="Degrees of work" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-zinc-800 dark:text-zinc-200">
          {LEGEND.map(({ degree, label }) => (
            <li key={label} className="inline-flex items-center gap-1.5">
              <span className="inline-flex w-6 justify-center">
                <CellMark view={{ degree, count: 1, pending: false }} />
              </span>
              {label}
            </li>
          ))}
          <li className="inline-flex items-center gap-1.5">
            <span className="inline-flex w-6 justify-center">
              <CellMark view={{ degree: "equal", count: 2, pending: false }} />
            </span>
            <span className="ml-1">Number of entries, when more than one</span>
          </li>
        </ul>
        {readOnly ? <Badge tone="warning">View only</Badge> : null}
      </div>
      <p id={keysId} className="text-xs text-zinc-600 dark:text-zinc-400">
        {readOnly ? (
          <>
            View only: you can look but not change. Arrow keys, <kbd className={kbd}>Home</kbd>/<kbd className={kbd}>End</kbd>, <kbd className={kbd}>Page Up</kbd>/
            <kbd className={kbd}>Page Down</kbd> and <kbd className={kbd}>Ctrl</kbd>+<kbd className={kbd}>Home</kbd>/<kbd className={kbd}>End</kbd> move between cells.
          </>
        ) : (
          <>
            Arrow keys, <kbd className={kbd}>Home</kbd>/<kbd className={kbd}>End</kbd>, <kbd className={kbd}>Page Up</kbd>/<kbd className={kbd}>Page Down</kbd> and{" "}
            <kbd className={kbd}>Ctrl</kbd>+<kbd className={kbd}>Home</kbd>/<kbd className={kbd}>End</kbd> move between cells. <kbd className={kbd}>Space</kbd>,{" "}
            <kbd className={kbd}>Enter</kbd> or a click cycles none → supporting → equal → lead. Type <kbd className={kbd}>1</kbd> or <kbd className={kbd}>S</kbd> for
            supporting, <kbd className={kbd}>2</kbd> or <kbd className={kbd}>E</kbd> for equal, <kbd className={kbd}>3</kbd> or <kbd className={kbd}>L</kbd> for lead,{" "}
            <kbd className={kbd}>0</kbd> or <kbd className={kbd}>Delete</kbd> for none.
          </>
        )}
      </p>
    </div>
  );
}

function MatrixEmpty({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
      <p>{children}</p>
    </div>
  );
}

/** The same array for the same content (compared as JSON; a few kB for 60 people or 40 responsibilities). */
function useStableList<T>(list: T[]): T[] {
  const signature = JSON.stringify(list);
  return useMemo(() => JSON.parse(signature) as T[], [signature]);
}

// ---------------------------------------------------------------------------------------
// DOM helpers (event delegation: one set of handlers on the table, none per cell)

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

