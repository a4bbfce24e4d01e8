import type { Lane, Responsibility, WorkStage } from "@/lib/work/taxonomy";
import { buildWorkTable, DEGREE_ORDER, STAGE_ORDER, type WorkTable } from "./columns/work-table";
import type { EngineInput, HeldCredit } from "./types";

export { DEGREE_ORDER, STAGE_ORDER, type WorkTable };

/**
 * The engine's input, validated and canonicalised: the same choices as the reference engine's
 * `clean` (lib/credits/reference.ts) — bad rows skipped, bad numbers zeroed, repeated ids
 * resolved whatever the input order — with the work log as a WorkTable (columns/work-table.ts).
 */
export type CleanInput = {
  /** Finite and > 0, else null ("no budget"). */
  budget: number | null;
  /** Trimmed, upper case; "USD" when missing. */
  currency: string;
  /** The project's kind (lib/projects/catalog.ts), or null when missing or blank. */
  kind: string | null;
  /** Sorted by id; on a repeated id the smallest name wins; a blank name reads as the id. */
  people: { id: string; name: string }[];
  names: Map<string, string>;
  /** Person id → position in `people` (and in the work table). */
  peopleIndex: Map<string, number>;
  responsibilities: Map<string, Responsibility>;
  /** The same responsibilities sorted by id; work.resp indexes into it (a responsibility's "rank"). */
  responsibilityList: Responsibility[];
  work: WorkTable;
  /** Sorted by person id, title, status; exact duplicates removed; an unknown status reads "manual". */
  credits: HeldCredit[];
  /** Responsibility ids the project marked "not needed here". */
  notApplicable: ReadonlySet<string>;
};

/** Valid stages (for responsibilities' stage lists). */
const STAGES: ReadonlySet<string> = new Set(STAGE_ORDER);
const LANES: ReadonlySet<string> = new Set(["opportunity", "execution", "creative", "post", "other"]);
const STATUSES: ReadonlySet<string> = new Set(["accepted", "manual", "locked"]);

/** Plain code-unit comparison: locale-independent, so output never depends on the runtime. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Keeps well-formed responsibilities; on an id clash the smallest serialisation wins (order-free). */
function cleanResponsibilities(raw: unknown): Map<string, Responsibility> {
  const byId = new Map<string, { r: Responsibility; key: string }>();
  for (const r of list<unknown>(raw)) {
    if (!isObject(r) || typeof r.id !== "string" || typeof r.lane !== "string" || !LANES.has(r.lane)) continue;
    const stages = list<unknown>(r.stages).filter((s): s is WorkStage => typeof s === "string" && STAGES.has(s));
    const clean: Responsibility = {
      id: r.id,
      name: typeof r.name === "string" && r.name.trim() ? r.name : r.id,
      lane: r.lane as Lane,
      stages: [...new Set(stages)].sort(cmp),
      description: typeof r.description === "string" ? r.description : "",
      producing: r.producing === true,
      creditHint: typeof r.creditHint === "string" ? r.creditHint : null,
      tracksAmount: r.tracksAmount === true,
    };
    const key = JSON.stringify(clean);
    const prev = byId.get(clean.id);
    if (!prev || key < prev.key) byId.set(clean.id, { r: clean, key });
  }
  return new Map([...byId].map(([id, v]) => [id, v.r]));
}

const NON_BLANK = /\S/; // \s is exactly what String.prototype.trim strips

/** People sorted by id (on a repeated id the smallest name wins), their names, and id → position. */
function cleanPeople(raw: unknown): { people: { id: string; name: string }[]; names: Map<string, string>; index: Map<string, number> } {
  const names = new Map<string, string>();
  const rawList = list<unknown>(raw);
  for (let i = 0; i < rawList.length; i++) {
    const p = rawList[i];
    if (!isObject(p) || typeof p.id !== "string") continue;
    const name = typeof p.name === "string" && NON_BLANK.test(p.name) ? p.name : p.id;
    const prev = names.get(p.id);
    if (prev === undefined || name < prev) names.set(p.id, name);
  }
  // The built-in sort of plain strings compares UTF-16 code units, as cmp does, and is faster.
  const ids = [...names.keys()].sort();
  const index = new Map<string, number>();
  // Built by push, not map: an array made by map can come out with another hidden class
  // depending on whether the caller is optimised yet, and code reading it then deoptimises.
  const people: { id: string; name: string }[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    index.set(id, i);
    people.push({ id, name: names.get(id) as string });
  }
  return { people, names, index };
}

function cleanCredits(raw: unknown): HeldCredit[] {
  const seen = new Map<string, HeldCredit>();
  for (const c of list<unknown>(raw)) {
    if (!isObject(c) || typeof c.personId !== "string" || typeof c.title !== "string") continue;
    const status = typeof c.status === "string" && STATUSES.has(c.status) ? (c.status as HeldCredit["status"]) : "manual";
    const credit = { personId: c.personId, title: c.title, status };
    seen.set(JSON.stringify(credit), credit);
  }
  return [...seen.values()].sort((a, b) => cmp(a.personId, b.personId) || cmp(a.title, b.title) || cmp(a.status, b.status));
}

/** Validates and canonicalises the engine input. Never throws, whatever shape it gets. */
export function normalizeInput(input: EngineInput): CleanInput {
  const raw: Record<string, unknown> = isObject(input) ? input : {};
  const budgetRaw = isObject(raw.budget) ? raw.budget : {};
  const amount = finiteOr(budgetRaw.amount, 0);
  const currency = typeof budgetRaw.currency === "string" && budgetRaw.currency.trim() ? budgetRaw.currency.trim().toUpperCase() : "USD";
  const projectRaw = isObject(raw.project) ? raw.project : {};
  const kind = typeof projectRaw.kind === "string" && projectRaw.kind ? projectRaw.kind : null;
  const { people, names, index: peopleIndex } = cleanPeople(raw.people);
  const responsibilities = cleanResponsibilities(raw.responsibilities);
  const responsibilityList = [...responsibilities.values()].sort((a, b) => cmp(a.id, b.id));
  const respIndex = new Map(responsibilityList.map((r, i) => [r.id, i]));
  return {
    budget: amount > 0 ? amount : null,
    currency,
    kind,
    people,
    names,
    peopleIndex,
    responsibilities,
    responsibilityList,
    work: buildWorkTable(list<unknown>(raw.entries), people.map((p) => p.id), peopleIndex, respIndex, responsibilityList),
    credits: cleanCredits(raw.credits),
    notApplicable: new Set(list<unknown>(raw.notApplicable).filter((id): id is string => typeof id === "string")),
  };
}
