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
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import { Select, TextInput } from "@/components/ui/field";
import { useServerCall } from "@/components/forms/use-server-call";
import type { Degree } from "@/lib/work/degree";
import { cellKey, changeAnnouncement, filterPeople, groupByLane, nextDegree, parseCellKey } from "@/lib/work/matrix";
import { LANE_LABELS, WORK_STAGE_LABELS, WORK_STAGES, type Lane, type WorkStage } from "@/lib/work/taxonomy";
import { MatrixGrid, shortLane } from "./matrix-grid";
import { useMatrixKeyboard } from "./matrix-keyboard";
import { MatrixLegend } from "./matrix-legend";
import { MatrixCellStore, type SetCellResult, type SettleEvent } from "./matrix-store";


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
  /** Undoes a cleared cell with the answer's undoToken (the undo contract of lib/undo.ts). */
  undo: (undoToken: string) => Promise<{ ok: boolean; message: string }>;
  /** Optional link for the empty roster state, e.g. the project's roster page. */
  rosterHref?: string;
  /** The lane to scroll to when a stage opens (where the work is), instead of the first one. */
  openAtLane?: Lane;
};

const UNDO_TOAST_ID = "work-matrix-undo";
const NO_LANES: ReadonlySet<Lane> = new Set();

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

  const { offerUndo } = useServerCall();

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
          offerUndo(result.message, result.undoToken, undo, UNDO_TOAST_ID);
        }
      },
    });
  }, [store, setCell, stage, offerUndo, undo]);

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

  const { onKeyDown, onClick, onFocus } = useMatrixKeyboard({
    store,
    refs: { scroll: scrollRef, thead: theadRef, tbody: tbodyRef, corner: cornerRef },
    rows: visiblePeople.length,
    cols: columns.length,
    apply,
  });


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
