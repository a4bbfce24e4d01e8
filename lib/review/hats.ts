import { round6 } from "@/lib/credits/format";
import { cmp, DEGREE_ORDER } from "@/lib/credits/normalize";
import type { Degree } from "@/lib/credits/types";
import { foldForSearch } from "@/lib/text/fold";
import { DEGREE_SYMBOLS } from "@/lib/work/matrix";
import { LANE_SHORT_LABELS, LANES, WORK_STAGES, type Lane, type WorkStage } from "@/lib/work/taxonomy";
import { reviewData, type ReviewData, type ReviewFunction, type ReviewInput } from "./data";

export type HatsSort = "hats" | "effort" | "name";
export type SortDirection = "asc" | "desc";

export type HatsMatrixOptions = {
  /** Only work at these stages. Empty, missing or all-unknown = every stage. */
  stages?: readonly WorkStage[] | null;
  /** Only functions of these lanes. Empty, missing or all-unknown = every lane. */
  lanes?: readonly Lane[] | null;
  /** Only people on the roster in one of these departments (case-, accent- and spacing-insensitive). Empty or missing = everyone. */
  departments?: readonly string[] | null;
  /** Only functions the PGA counts as producing (Responsibility.producing). */
  producingOnly?: boolean;
  /** Default "hats". Ties always go by name, then id. */
  sort?: HatsSort;
  /** Default "desc" for hats and effort, "asc" for name. Applies to the sort key only, not to the tie-breaks. */
  direction?: SortDirection;
  /** Rows to skip (default 0). */
  offset?: number;
  /** Rows to return; missing or null = all. */
  limit?: number | null;
  /** List every function (of the filtered lanes) as a column, not only those with work. */
  allColumns?: boolean;
  /** Also list people with no work after filtering (0 hats). */
  includePeopleWithoutWork?: boolean;
};

/** One person × function: the strongest degree over the filtered stages, and how much work. */
export type HatCell = {
  responsibilityId: string;
  degree: Degree;
  /** DEGREE_SYMBOLS letter (L / E / S), so a cell never relies on colour alone. */
  symbol: string;
  hours: number;
  entries: number;
  /** In production order (a shared, frozen list). */
  stages: readonly WorkStage[];
};

export type HatsRow = {
  personId: string;
  name: string;
  /** Shared with the prepared data: read-only. */
  departments: readonly string[];
  /** Distinct functions with work. */
  hats: number;
  effortHours: number;
  entries: number;
  /** Lanes with work, in LANES order (a shared, frozen list). */
  lanes: readonly Lane[];
  /** Only cells with work, in column order. */
  cells: HatCell[];
};

export type HatsColumn = ReviewFunction & { people: number; hours: number; entries: number };

export type HatsMatrix = {
  /** In column order: lanes in LANES order, taxonomy order within a lane, custom functions last in their lane. */
  columns: HatsColumn[];
  /** The same columns grouped by lane (lanes with no column left out). */
  groups: { lane: Lane; label: string; columns: HatsColumn[] }[];
  /** The requested page of rows. */
  rows: HatsRow[];
  /** Rows in all pages. */
  total: number;
  offset: number;
  limit: number | null;
  /** Over every person that passed the filters (not just the page). */
  totals: { people: number; hours: number; entries: number };
  /** The filters as applied (unknown values dropped). */
  filters: { stages: WorkStage[]; lanes: Lane[]; departments: string[]; producingOnly: boolean; sort: HatsSort; direction: SortDirection };
  /** "no-work": the project has no work logged; "filtered-out": it has, but none passes the filters; null otherwise. */
  empty: "no-work" | "filtered-out" | null;
};

function known<T extends string>(values: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(values)) return [];
  const set = new Set(values as unknown[]);
  return allowed.filter((v) => set.has(v));
}

function wholeOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : fallback;
}

/**
 * The hats matrix: people × functions (grouped by lane), each cell the strongest degree,
 * hours, entry count and stages; per person the number of hats (distinct functions),
 * effort and lanes. Filters by stage, lane, department; sorts by hats, effort or name with
 * ties by name then id; pages with offset/limit (sorting every person costs a few ms, and
 * only the page's cells are built). Plain data in and out; never throws; the same result
 * whatever order the input lists come in.
 */
export function hatsMatrix(input: ReviewInput | ReviewData, options: HatsMatrixOptions = {}): HatsMatrix {
  const data = reviewData(input);
  const opts = typeof options === "object" && options !== null ? options : {};
  const stages = known(opts.stages, WORK_STAGES);
  const lanes = known(opts.lanes, LANES);
  const departments = Array.isArray(opts.departments)
    ? [...new Set((opts.departments as unknown[]).filter((d): d is string => typeof d === "string").map(foldForSearch).filter(Boolean))].sort(cmp)
    : [];
  const producingOnly = opts.producingOnly === true;
  const sort: HatsSort = opts.sort === "effort" || opts.sort === "name" ? opts.sort : "hats";
  const direction: SortDirection = opts.direction === "asc" || opts.direction === "desc" ? opts.direction : sort === "name" ? "asc" : "desc";

  const stageOk = new Uint8Array(WORK_STAGES.length).fill(stages.length ? 0 : 1);
  for (const s of stages) stageOk[WORK_STAGES.indexOf(s)] = 1;
  const laneSet = new Set<Lane>(lanes.length ? lanes : LANES);
  const fns = data.functions;
  const fnOk = Uint8Array.from(fns, (f) => (laneSet.has(f.lane) && (!producingOnly || f.producing) ? 1 : 0));
  const fnLane = Uint8Array.from(fns, (f) => LANES.indexOf(f.lane));
  const deptSet = new Set(departments);

  const P = data.people.length;
  const F = fns.length;
  const hats = new Int32Array(P);
  const hours = new Float64Array(P);
  const entries = new Int32Array(P);
  const laneMask = new Uint8Array(P);
  const listed: number[] = [];
  const colPeople = new Int32Array(F);
  const colHours = new Float64Array(F);
  const colEntries = new Int32Array(F);
  const fnStamp = new Int32Array(F);
  const { atomStart, atomFn, atomStage, atomHours, atomEntries } = data;
  let totalHours = 0;
  let totalEntries = 0;
  for (let p = 0; p < P; p++) {
    if (deptSet.size > 0 && !(data.departmentKeys[p] as string[]).some((d) => deptSet.has(d))) continue;
    const stamp = p + 1;
    let h = 0;
    let e = 0;
    let n = 0;
    let mask = 0;
    const end = atomStart[p + 1] as number;
    for (let a = atomStart[p] as number; a < end; a++) {
      const fn = atomFn[a] as number;
      if (stageOk[atomStage[a] as number] !== 1 || fnOk[fn] !== 1) continue;
      const ah = atomHours[a] as number;
      const ae = atomEntries[a] as number;
      h += ah;
      e += ae;
      colHours[fn] = (colHours[fn] as number) + ah;
      colEntries[fn] = (colEntries[fn] as number) + ae;
      if (fnStamp[fn] !== stamp) {
        fnStamp[fn] = stamp;
        n += 1;
        colPeople[fn] = (colPeople[fn] as number) + 1;
        mask |= 1 << (fnLane[fn] as number);
      }
    }
    if (n === 0 && opts.includePeopleWithoutWork !== true) continue;
    hats[p] = n;
    hours[p] = h;
    entries[p] = e;
    laneMask[p] = mask;
    totalHours += h;
    totalEntries += e;
    listed.push(p);
  }

  const sign = direction === "asc" ? 1 : -1;
  const rank = data.nameRank;
  const byName = (a: number, b: number) => (rank[a] as number) - (rank[b] as number);
  const primary =
    sort === "hats"
      ? (a: number, b: number) => sign * ((hats[a] as number) - (hats[b] as number))
      : sort === "effort"
        ? (a: number, b: number) => sign * (round6(hours[a] as number) - round6(hours[b] as number))
        : (a: number, b: number) => sign * byName(a, b);
  listed.sort((a, b) => primary(a, b) || byName(a, b));

  const total = listed.length;
  const offset = Math.min(wholeOr(opts.offset, 0), total);
  const limit = opts.limit === null || opts.limit === undefined ? null : wholeOr(opts.limit, total);
  const page = listed.slice(offset, limit === null ? total : offset + limit);
  const scratch = scratchFor(F);
  const rows = page.map((p) => rowOf(data, p, stageOk, fnOk, hats[p] as number, hours[p] as number, entries[p] as number, laneMask[p] as number, scratch));

  const columns: HatsColumn[] = [];
  for (let f = 0; f < F; f++) {
    if (fnOk[f] !== 1 || (opts.allColumns !== true && colEntries[f] === 0)) continue;
    columns.push({ ...(fns[f] as ReviewFunction), people: colPeople[f] as number, hours: round6(colHours[f] as number), entries: colEntries[f] as number });
  }
  const groups = LANES.map((lane) => ({ lane, label: LANE_SHORT_LABELS[lane], columns: columns.filter((c) => c.lane === lane) })).filter((g) => g.columns.length > 0);

  return {
    columns,
    groups,
    rows,
    total,
    offset,
    limit,
    totals: { people: listed.reduce((n, p) => n + ((hats[p] as number) > 0 ? 1 : 0), 0), hours: round6(totalHours), entries: totalEntries },
    filters: { stages, lanes, departments, producingOnly, sort, direction },
    empty: data.entryCount === 0 ? "no-work" : totalEntries === 0 ? "filtered-out" : null,
  };
}

/** Every stage set, by bit mask: 32 frozen lists shared by all cells (no list per cell). */
const STAGE_SETS: readonly (readonly WorkStage[])[] = Array.from({ length: 1 << WORK_STAGES.length }, (_, mask) =>
  Object.freeze(WORK_STAGES.filter((_s, i) => mask & (1 << i))),
);
const LANE_SETS: readonly (readonly Lane[])[] = Array.from({ length: 1 << LANES.length }, (_, mask) => Object.freeze(LANES.filter((_l, i) => mask & (1 << i))));

/** Per-call scratch for building rows: one slot per function, valid while stamp = person + 1. */
type Scratch = { stamp: Int32Array; degree: Uint8Array; hours: Float64Array; entries: Int32Array; stages: Uint8Array; touched: number[] };

function scratchFor(functions: number): Scratch {
  return {
    stamp: new Int32Array(functions),
    degree: new Uint8Array(functions),
    hours: new Float64Array(functions),
    entries: new Int32Array(functions),
    stages: new Uint8Array(functions),
    touched: [],
  };
}

function rowOf(data: ReviewData, p: number, stageOk: Uint8Array, fnOk: Uint8Array, hats: number, hours: number, entries: number, mask: number, x: Scratch): HatsRow {
  const person = data.people[p]!;
  const stamp = p + 1;
  const { touched } = x;
  touched.length = 0;
  const end = data.atomStart[p + 1] as number;
  for (let a = data.atomStart[p] as number; a < end; a++) {
    const fn = data.atomFn[a] as number;
    const stage = data.atomStage[a] as number;
    if (stageOk[stage] !== 1 || fnOk[fn] !== 1) continue;
    const degree = data.atomDegree[a] as number;
    if (x.stamp[fn] === stamp) {
      if (degree < (x.degree[fn] as number)) x.degree[fn] = degree;
      x.hours[fn] = (x.hours[fn] as number) + (data.atomHours[a] as number);
      x.entries[fn] = (x.entries[fn] as number) + (data.atomEntries[a] as number);
      x.stages[fn] = (x.stages[fn] as number) | (1 << stage);
    } else {
      x.stamp[fn] = stamp;
      x.degree[fn] = degree;
      x.hours[fn] = data.atomHours[a] as number;
      x.entries[fn] = data.atomEntries[a] as number;
      x.stages[fn] = 1 << stage;
      touched.push(fn);
    }
  }
  touched.sort((a, b) => a - b);
  const cells: HatCell[] = new Array<HatCell>(touched.length);
  for (let i = 0; i < touched.length; i++) {
    const fn = touched[i] as number;
    const degree = DEGREE_ORDER[x.degree[fn] as number] as Degree;
    cells[i] = {
      responsibilityId: data.functions[fn]!.id,
      degree,
      symbol: DEGREE_SYMBOLS[degree],
      hours: round6(x.hours[fn] as number),
      entries: x.entries[fn] as number,
      stages: STAGE_SETS[x.stages[fn] as number] as readonly WorkStage[],
    };
  }
  return {
    personId: person.id,
    name: person.name,
    departments: person.departments,
    hats,
    effortHours: round6(hours),
    entries,
    lanes: LANE_SETS[mask] as readonly Lane[],
    cells,
  };
}

/** The cell of a row for a function, or undefined (no work). */
export function cellOf(row: HatsRow, responsibilityId: string): HatCell | undefined {
  return row.cells.find((c) => c.responsibilityId === responsibilityId);
}
