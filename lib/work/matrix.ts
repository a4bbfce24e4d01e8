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
