import type { Degree } from "@/lib/credits/types";
import { LANES, type Lane } from "./taxonomy";
import { foldForSearch } from "@/lib/text/fold";

/**
 * The "fast entry" work matrix, framework-free: people (rows) × responsibilities (columns),
 * each cell the degree of work a person did on a responsibility at one stage.
 *
 * - Degrees cycle none → supporting → equal → lead → none (`nextDegree`); digit and letter
 *   keys set one directly (`degreeFromKey`).
 * - `moveFocus` is the WAI-ARIA grid keyboard model as a pure function of position and key.
 * - `MatrixCellStore` keeps what each cell shows: the server's value, an optimistic change
 *   on top, and at most one request in flight per cell (later changes queue; only the
 *   newest queued one is sent). The UI subscribes per cell, so a change re-renders one cell.
 */

// ---------------------------------------------------------------------------------------
// Degrees

/** The click / Space / Enter cycle; null is "none" (no work entry). */
export const DEGREE_CYCLE: readonly (Degree | null)[] = Object.freeze([null, "supporting", "equal", "lead"]);

/** Lower-case words for labels and announcements ("Budgeting: lead"). */
export const DEGREE_WORDS: Record<Degree | "none", string> = {
  none: "none",
  supporting: "supporting",
  equal: "equal",
  lead: "lead",
};

/** The letter each degree shows in a cell, so a degree is never told by colour alone. */
export const DEGREE_SYMBOLS: Record<Degree, string> = { supporting: "S", equal: "E", lead: "L" };

/** The degree after `d` in DEGREE_CYCLE (lead wraps round to none). */
export function nextDegree(d: Degree | null): Degree | null {
  const i = DEGREE_CYCLE.indexOf(d);
  return DEGREE_CYCLE[(i + 1) % DEGREE_CYCLE.length] ?? null;
}

const KEY_DEGREES: Record<string, Degree | null> = {
  "0": null,
  Delete: null,
  Backspace: null,
  "1": "supporting",
  s: "supporting",
  "2": "equal",
  e: "equal",
  "3": "lead",
  l: "lead",
};

/**
 * The degree a key sets directly: "0", "Delete", "Backspace" → null (none); "1"/"s" →
 * supporting; "2"/"e" → equal; "3"/"l" → lead (letters either case). undefined when the key
 * sets no degree. `key` is a KeyboardEvent.key; callers skip keys pressed with Ctrl/Meta/Alt.
 */
export function degreeFromKey(key: string): Degree | null | undefined {
  const k = key.length === 1 ? key.toLowerCase() : key;
  return Object.prototype.hasOwnProperty.call(KEY_DEGREES, k) ? KEY_DEGREES[k] : undefined;
}

// ---------------------------------------------------------------------------------------
// Keyboard navigation

export type GridPos = { row: number; col: number };
export type GridSize = { rows: number; cols: number };

/** Rows PageUp / PageDown move when the caller doesn't say. */
export const DEFAULT_PAGE_ROWS = 10;

/** Every key `moveFocus` handles. "CtrlHome" / "CtrlEnd" are Home / End with Ctrl (or ⌘). */
export const NAV_KEYS = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "CtrlHome", "CtrlEnd", "PageUp", "PageDown"] as const;
export type NavKey = (typeof NAV_KEYS)[number];

/**
 * The key name `moveFocus` expects for a keyboard event: Home / End held with Ctrl or Meta
 * become "CtrlHome" / "CtrlEnd"; other keys pass through unchanged.
 */
export function navKey(e: { key: string; ctrlKey?: boolean; metaKey?: boolean }): string {
  if ((e.ctrlKey || e.metaKey) && (e.key === "Home" || e.key === "End")) return `Ctrl${e.key}`;
  return e.key;
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : 0, 0), max);
}

/**
 * Where focus goes from `pos` on `key` in a grid of `size` (WAI-ARIA grid pattern, no
 * wrapping): arrows move one cell; Home / End go to the first / last cell of the row;
 * CtrlHome / CtrlEnd (or Home / End with opts.ctrl) to the first cell of the first row /
 * last cell of the last row; PageUp / PageDown move opts.pageRows rows (default 10), stopping
 * at the first / last row.
 *
 * Returns null when the key is not a navigation key or the grid has no cells; otherwise the
 * new position, which equals `pos` at an edge (the caller still swallows the key, so an
 * arrow at the edge doesn't scroll the page). A `pos` outside the grid (say after a filter
 * hid rows) is clamped into it first.
 */
export function moveFocus(pos: GridPos, key: string, size: GridSize, opts: { pageRows?: number; ctrl?: boolean } = {}): GridPos | null {
  const k = opts.ctrl && (key === "Home" || key === "End") ? `Ctrl${key}` : key;
  if (!(NAV_KEYS as readonly string[]).includes(k)) return null;
  const rows = Math.trunc(size.rows);
  const cols = Math.trunc(size.cols);
  if (!(rows > 0) || !(cols > 0)) return null;
  const lastRow = rows - 1;
  const lastCol = cols - 1;
  const row = clamp(pos.row, lastRow);
  const col = clamp(pos.col, lastCol);
  const page = Math.max(1, Math.trunc(opts.pageRows ?? DEFAULT_PAGE_ROWS) || 1);
  switch (k as NavKey) {
    case "ArrowUp":
      return { row: Math.max(row - 1, 0), col };
    case "ArrowDown":
      return { row: Math.min(row + 1, lastRow), col };
    case "ArrowLeft":
      return { row, col: Math.max(col - 1, 0) };
    case "ArrowRight":
      return { row, col: Math.min(col + 1, lastCol) };
    case "Home":
      return { row, col: 0 };
    case "End":
      return { row, col: lastCol };
    case "CtrlHome":
      return { row: 0, col: 0 };
    case "CtrlEnd":
      return { row: lastRow, col: lastCol };
    case "PageUp":
      return { row: Math.max(row - page, 0), col };
    case "PageDown":
      return { row: Math.min(row + page, lastRow), col };
  }
}

// ---------------------------------------------------------------------------------------
// Cells, labels, filters

/**
 * The key of a cell in `cells` maps: "<personId>|<responsibilityId>". Responsibility ids
 * never contain "|" (taxonomy ids are kebab-case, custom ones "custom:<slug>"), so the key
 * splits back unambiguously at its last "|" (`parseCellKey`).
 */
export function cellKey(personId: string, responsibilityId: string): string {
  return `${personId}|${responsibilityId}`;
}

/** The ids in a `cellKey`, or null when it has no "|". */
export function parseCellKey(key: string): { personId: string; responsibilityId: string } | null {
  const at = key.lastIndexOf("|");
  if (at < 0) return null;
  return { personId: key.slice(0, at), responsibilityId: key.slice(at + 1) };
}

/** A cell's accessible name: "Maya Okafor — Budgeting: lead" (", 3 entries" when more than one). */
export function cellLabel(personName: string, responsibilityName: string, degree: Degree | null, count = 0): string {
  const base = `${personName} — ${responsibilityName}: ${DEGREE_WORDS[degree ?? "none"]}`;
  return degree !== null && count > 1 ? `${base}, ${count} entries` : base;
}

/** What the live region says after a change: "Maya Okafor — Budgeting set to lead". */
export function changeAnnouncement(personName: string, responsibilityName: string, degree: Degree | null): string {
  return `${personName} — ${responsibilityName} set to ${DEGREE_WORDS[degree ?? "none"]}`;
}

/**
 * People whose name or roles contain every word of `query` (case- and accent-insensitive),
 * in their given order; all of them for a blank query. Returns the same array when nothing
 * is filtered out, so memoised rows keep their props.
 */
export function filterPeople<P extends { name: string; roles: string }>(people: readonly P[], query: string): readonly P[] {
  const words = foldForSearch(query).split(" ").filter(Boolean);
  if (words.length === 0) return people;
  const out = people.filter((p) => {
    const hay = foldForSearch(`${p.name} ${p.roles}`);
    return words.every((w) => hay.includes(w));
  });
  return out.length === people.length ? people : out;
}

export type LaneGroup<R> = { lane: Lane; items: R[] };

/**
 * Responsibilities grouped by lane, lanes in LANES order, items in their given order within a
 * lane; lanes in `hidden` and lanes with no items are left out. Column order of the matrix is
 * the concatenation of the groups' items.
 */
export function groupByLane<R extends { lane: Lane }>(responsibilities: readonly R[], hidden: ReadonlySet<Lane> = new Set()): LaneGroup<R>[] {
  const byLane = new Map<Lane, R[]>(LANES.map((lane) => [lane, []]));
  for (const r of responsibilities) byLane.get(r.lane)?.push(r);
  return LANES.filter((lane) => !hidden.has(lane) && (byLane.get(lane)?.length ?? 0) > 0).map((lane) => ({ lane, items: byLane.get(lane)! }));
}

// ---------------------------------------------------------------------------------------
// Cell state: optimistic changes, one request per cell at a time

/** What the server holds for a cell (absent from `cells` = none). */
export type MatrixCellData = { degree: Degree; count: number };

/** What a cell shows. `pending` while a change to it is unsaved. Objects are immutable and only replaced on change. */
export type CellView = { readonly degree: Degree | null; readonly count: number; readonly pending: boolean };

export type SetCellResult =
  | { ok: true; message: string; degree: Degree | null; count: number; undoToken?: string }
  | { ok: false; message: string; degree?: Degree | null; count?: number };

/**
 * How a change ended. `final` is false for an ok response overtaken by a newer change the
 * user made meanwhile (that one is being sent now). On a failure `shown` is what the cell
 * went back to: the server's degree when it sent one, else the degree before the change.
 */
export type SettleEvent = { key: string; sent: Degree | null; result: SetCellResult; final: boolean; shown: CellView };

export type MatrixCellStoreOptions = {
  /** Saves one cell; `expected` is the degree the server is believed to hold (optimistic concurrency). */
  send: (key: string, degree: Degree | null, expected: Degree | null) => Promise<SetCellResult>;
  onSettle?: (event: SettleEvent) => void;
  /** Message for a send that threw (network down, server error). */
  failureMessage?: string;
};

type Entry = {
  confirmed: { degree: Degree | null; count: number };
  view: CellView;
  inFlight: boolean;
  /** The newest change made while a request was in flight; undefined = none waiting. */
  queued: Degree | null | undefined;
};

const NONE: CellView = Object.freeze({ degree: null, count: 0, pending: false });

/**
 * The matrix's cell state, outside React: `get(key)` is a stable snapshot for
 * useSyncExternalStore, `subscribe(key, fn)` listens to one cell only.
 *
 * `change(key, degree)` shows the degree at once and sends it with `expected` = the last
 * degree the server confirmed. While that request is in flight further changes to the cell
 * only update what it shows and queue; when the response arrives the newest queued degree is
 * sent (unless the server already holds it). An ok response confirms the server's degree and
 * count; a failure (or a thrown send) drops anything queued and shows the server's degree if
 * it gave one, else the degree before the change.
 *
 * `reset(cells)` takes fresh server data (after router.refresh or revalidation): cells with
 * no request in flight show the new data; cells mid-save keep their change. `replaceAll`
 * forgets everything, in flight too (responses for forgotten cells are ignored): for a new
 * stage, where the same keys mean different cells.
 *
 * The store also keeps the grid's active (tab stop) cell, with the same per-cell listeners.
 * Until `send` is configured, changes fail (and revert) like a thrown send.
 */
export class MatrixCellStore {
  private base: Record<string, MatrixCellData>;
  private baseViews = new Map<string, CellView>();
  private entries = new Map<string, Entry>();
  private listeners = new Map<string, Set<() => void>>();
  private active: string | null = null;
  private opts: MatrixCellStoreOptions;
  private unsaved = 0;
  private unsavedListeners = new Set<() => void>();

  constructor(cells: Record<string, MatrixCellData>, opts: MatrixCellStoreOptions = { send: () => Promise.reject(new Error("No send configured")) }) {
    this.base = cells;
    this.opts = opts;
  }

  /** Replaces `send` / `onSettle` (a UI passes fresh callbacks as its props change); requests already sent settle through the new ones. */
  configure(opts: MatrixCellStoreOptions): void {
    this.opts = opts;
  }

  /** The cell's current view; the same object until the cell changes. */
  get(key: string): CellView {
    const entry = this.entries.get(key);
    if (entry) return entry.view;
    return this.baseView(key);
  }

  /** True while a change to the cell is unsaved (in flight or queued). */
  isPending(key: string): boolean {
    return this.entries.get(key)?.view.pending ?? false;
  }

  /** How many cells have a change not yet saved (in flight or queued): 0 when it is safe to leave. */
  unsavedCount(): number {
    return this.unsaved;
  }

  /** Listens to `unsavedCount()` changing. */
  subscribeUnsaved(listener: () => void): () => void {
    this.unsavedListeners.add(listener);
    return () => {
      this.unsavedListeners.delete(listener);
    };
  }

  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(key) === set) this.listeners.delete(key);
    };
  }

  getActive(): string | null {
    return this.active;
  }

  isActive(key: string): boolean {
    return this.active === key;
  }

  /** Moves the tab stop; notifies the old and the new cell only. */
  setActive(key: string | null): void {
    if (key === this.active) return;
    const old = this.active;
    this.active = key;
    if (old !== null) this.emit(old);
    if (key !== null) this.emit(key);
  }

  /** Shows `degree` in the cell now and saves it (see the class comment). No-op when it already shows it. */
  change(key: string, degree: Degree | null): void {
    const current = this.get(key);
    if (current.degree === degree) return;
    const entry = this.entries.get(key) ?? this.entryFromBase(key);
    this.entries.set(key, entry);
    const count = degree === null ? 0 : current.degree === null ? 1 : current.count;
    entry.view = Object.freeze({ degree, count, pending: true });
    if (entry.inFlight) entry.queued = degree;
    else this.dispatch(key, entry, degree);
    this.emit(key);
  }

  /** Fresh server data: cells with nothing in flight show it; cells mid-save keep their change. */
  reset(cells: Record<string, MatrixCellData>): void {
    this.swap(cells, false);
  }

  /** Fresh server data for different cells (a new stage): drops every change, in flight too. */
  replaceAll(cells: Record<string, MatrixCellData>): void {
    this.swap(cells, true);
  }

  private swap(cells: Record<string, MatrixCellData>, everything: boolean): void {
    const before = new Map<string, CellView>();
    const keys = new Set([...Object.keys(this.base), ...Object.keys(cells), ...this.entries.keys()]);
    for (const key of keys) before.set(key, this.get(key));
    this.base = cells;
    this.baseViews.clear();
    for (const [key, entry] of this.entries) {
      if (everything || !entry.inFlight) this.entries.delete(key);
    }
    for (const key of keys) {
      const now = this.get(key);
      const was = before.get(key)!;
      if (now.degree === was.degree && now.count === was.count && now.pending === was.pending) {
        // Keep the old snapshot so an unchanged cell doesn't re-render.
        if (!this.entries.has(key) && now !== was) this.baseViews.set(key, was);
        continue;
      }
      this.emit(key);
    }
    this.countUnsaved();
  }

  private baseView(key: string): CellView {
    let view = this.baseViews.get(key);
    if (view) return view;
    const data = Object.prototype.hasOwnProperty.call(this.base, key) ? this.base[key] : undefined;
    if (!data) return NONE;
    view = Object.freeze({ degree: data.degree, count: data.count, pending: false });
    this.baseViews.set(key, view);
    return view;
  }

  private entryFromBase(key: string): Entry {
    const view = this.baseView(key);
    return { confirmed: { degree: view.degree, count: view.count }, view, inFlight: false, queued: undefined };
  }

  private dispatch(key: string, entry: Entry, degree: Degree | null): void {
    entry.inFlight = true;
    entry.queued = undefined;
    const expected = entry.confirmed.degree;
    let promise: Promise<SetCellResult>;
    try {
      promise = Promise.resolve(this.opts.send(key, degree, expected));
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (result) => this.settle(key, entry, degree, result ?? this.failure()),
      () => this.settle(key, entry, degree, this.failure()),
    );
  }

  private failure(): SetCellResult {
    return { ok: false, message: this.opts.failureMessage ?? "Couldn't save that change. Check your connection and try again." };
  }

  private settle(key: string, entry: Entry, sent: Degree | null, result: SetCellResult): void {
    // Forgotten by replaceAll: the response belongs to data no longer shown.
    if (this.entries.get(key) !== entry) return;
    entry.inFlight = false;
    if (result.ok) {
      entry.confirmed = { degree: result.degree, count: result.degree === null ? 0 : result.count };
      const queued = entry.queued;
      if (queued !== undefined && queued !== entry.confirmed.degree) {
        this.dispatch(key, entry, queued);
        this.opts.onSettle?.({ key, sent, result, final: false, shown: entry.view });
        return;
      }
      entry.queued = undefined;
      entry.view = Object.freeze({ ...entry.confirmed, pending: false });
    } else {
      entry.queued = undefined;
      if (result.degree !== undefined) {
        const degree = result.degree;
        const count = degree === null ? 0 : (result.count ?? (degree === entry.confirmed.degree ? entry.confirmed.count : 1));
        entry.confirmed = { degree, count };
      }
      entry.view = Object.freeze({ ...entry.confirmed, pending: false });
    }
    this.emit(key);
    this.opts.onSettle?.({ key, sent, result, final: true, shown: entry.view });
  }

  private emit(key: string): void {
    const set = this.listeners.get(key);
    if (set) for (const listener of [...set]) listener();
    this.countUnsaved();
  }

  private countUnsaved(): void {
    let n = 0;
    for (const entry of this.entries.values()) if (entry.view.pending) n++;
    if (n === this.unsaved) return;
    this.unsaved = n;
    for (const listener of [...this.unsavedListeners]) listener();
  }
}
