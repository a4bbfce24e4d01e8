import { LANES, WORK_STAGES, type Lane, type WorkStage } from "@/lib/work/taxonomy";
import type { HatsMatrixOptions, HatsSort, SortDirection } from "./hats";

/** Rows per page of the hats matrix on screen (the CSV export has every row). */
export const MATRIX_PAGE_SIZE = 100;

/** The matrix's view as it travels in a URL: filters, sort and page. */
export type MatrixQuery = {
  stages: WorkStage[];
  lanes: Lane[];
  departments: string[];
  producingOnly: boolean;
  sort: HatsSort;
  /** null = the sort's natural direction (most hats / effort first, names A→Z). */
  direction: SortDirection | null;
  /** 1-based. */
  page: number;
};

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const SORTS: readonly HatsSort[] = ["hats", "effort", "name"];
const MAX_DEPARTMENTS = 20;

function all(params: Params, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const v = params[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function first(params: Params, key: string): string | undefined {
  return all(params, key)[0];
}

function known<T extends string>(values: string[], allowed: readonly T[]): T[] {
  const set = new Set(values);
  return allowed.filter((a) => set.has(a));
}

/**
 * Reads a matrix view from search params (`stage`, `lane`, `dept` repeated; `producing=1`;
 * `sort`; `dir`; `page`). Unknown values are dropped, never an error: a hand-edited or stale
 * link still shows a page.
 */
export function parseMatrixQuery(params: Params): MatrixQuery {
  const sort = first(params, "sort");
  const dir = first(params, "dir");
  const page = Number.parseInt(first(params, "page") ?? "1", 10);
  const departments = [...new Set(all(params, "dept").map((d) => d.replace(/\s+/gu, " ").trim()).filter(Boolean))].slice(0, MAX_DEPARTMENTS);
  return {
    stages: known(all(params, "stage"), WORK_STAGES),
    lanes: known(all(params, "lane"), LANES),
    departments,
    producingOnly: first(params, "producing") === "1",
    sort: SORTS.includes(sort as HatsSort) ? (sort as HatsSort) : "hats",
    direction: dir === "asc" || dir === "desc" ? dir : null,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 1_000_000) : 1,
  };
}

/** The search string (with "?", or "" for the default view) for a view, optionally changed. */
export function matrixQueryString(query: MatrixQuery, change: Partial<MatrixQuery> = {}): string {
  const q = { ...query, ...change };
  const p = new URLSearchParams();
  for (const s of q.stages) p.append("stage", s);
  for (const l of q.lanes) p.append("lane", l);
  for (const d of q.departments) p.append("dept", d);
  if (q.producingOnly) p.set("producing", "1");
  if (q.sort !== "hats") p.set("sort", q.sort);
  if (q.direction) p.set("dir", q.direction);
  if (q.page > 1) p.set("page", String(q.page));
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** hatsMatrix options for a view: its page of MATRIX_PAGE_SIZE rows, or every row when `paged` is false (exports). */
export function matrixOptions(query: MatrixQuery, paged = true): HatsMatrixOptions {
  return {
    stages: query.stages,
    lanes: query.lanes,
    departments: query.departments,
    producingOnly: query.producingOnly,
    sort: query.sort,
    direction: query.direction ?? undefined,
    offset: paged ? (query.page - 1) * MATRIX_PAGE_SIZE : 0,
    limit: paged ? MATRIX_PAGE_SIZE : null,
  };
}

/** Is any filter applied (stage, lane, department, producing only)? */
export function isFiltered(query: MatrixQuery): boolean {
  return query.stages.length > 0 || query.lanes.length > 0 || query.departments.length > 0 || query.producingOnly;
}
