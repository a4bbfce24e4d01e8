import type { Degree } from "@/lib/work/degree";

/**
 * The work matrix's cell state (UI state, so it lives beside the matrix, not in lib/):
 * optimistic changes, one request per cell at a time.
 */

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
