import type { Lane, Responsibility, WorkStage } from "@/lib/work/taxonomy";
import type { Degree, EngineInput, HeldCredit } from "./types";

/** A work entry that passed validation, joined to its responsibility. */
export type CleanEntry = {
  id: string;
  personId: string;
  responsibility: Responsibility;
  stage: WorkStage;
  degree: Degree;
  /** Finite and >= 0, else 0. */
  effortHours: number;
  /** Finite and > 0 on a tracksAmount responsibility, else 0. */
  amountRaised: number;
};

export type CleanInput = {
  /** Finite and > 0, else null ("no budget"). */
  budget: number | null;
  currency: string;
  /** Sorted by id; duplicates resolved deterministically. */
  people: { id: string; name: string }[];
  names: Map<string, string>;
  responsibilities: Map<string, Responsibility>;
  /** Sorted by id (then content), so every sum is taken in the same order. */
  entries: CleanEntry[];
  /** Sorted by person id, title, status; exact duplicates removed. */
  credits: HeldCredit[];
};

const STAGES: ReadonlySet<string> = new Set([
  "development",
  "pre-production",
  "production",
  "post-production",
  "marketing-distribution",
]);
const LANES: ReadonlySet<string> = new Set(["opportunity", "execution", "creative", "post", "other"]);
const DEGREES: ReadonlySet<string> = new Set(["lead", "equal", "supporting"]);
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

function cleanPeople(raw: unknown): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const p of list<unknown>(raw)) {
    if (!isObject(p) || typeof p.id !== "string") continue;
    const name = typeof p.name === "string" && p.name.trim() ? p.name : p.id;
    const prev = byId.get(p.id);
    if (prev === undefined || name < prev) byId.set(p.id, name);
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => cmp(a.id, b.id));
}

/**
 * Entries that reference a known person, a known responsibility, a valid stage and degree.
 * Invariant: bad numbers (negative, NaN, Infinity, strings) are zeroed, never thrown on;
 * money only counts on responsibilities that track an amount. On duplicate entry ids the
 * smallest serialisation is kept, so the result does not depend on input order.
 */
function cleanEntries(raw: unknown, people: Set<string>, resp: Map<string, Responsibility>): CleanEntry[] {
  // The tie-break key of a repeated id is only computed when an id repeats (rare; costly to build for 100,000 rows).
  const byId = new Map<string, { e: CleanEntry; key: string | null }>();
  const keyOf = (c: CleanEntry) => JSON.stringify([c.personId, c.responsibility.id, c.stage, c.degree, c.effortHours, c.amountRaised]);
  for (const e of list<unknown>(raw)) {
    if (!isObject(e) || typeof e.id !== "string" || typeof e.personId !== "string") continue;
    if (!people.has(e.personId) || typeof e.responsibilityId !== "string") continue;
    const r = resp.get(e.responsibilityId);
    if (!r || typeof e.stage !== "string" || !STAGES.has(e.stage)) continue;
    if (typeof e.degree !== "string" || !DEGREES.has(e.degree)) continue;
    const hours = finiteOr(e.effortHours, 0);
    const amount = finiteOr(e.amountRaised, 0);
    const clean: CleanEntry = {
      id: e.id,
      personId: e.personId,
      responsibility: r,
      stage: e.stage as WorkStage,
      degree: e.degree as Degree,
      effortHours: hours > 0 ? hours : 0,
      amountRaised: r.tracksAmount && amount > 0 ? amount : 0,
    };
    const prev = byId.get(clean.id);
    if (!prev) {
      byId.set(clean.id, { e: clean, key: null });
      continue;
    }
    prev.key ??= keyOf(prev.e);
    const key = keyOf(clean);
    if (key < prev.key) byId.set(clean.id, { e: clean, key });
  }
  return [...byId.values()].map((v) => v.e).sort((a, b) => cmp(a.id, b.id));
}

function cleanCredits(raw: unknown): HeldCredit[] {
  const seen = new Map<string, HeldCredit>();
  for (const c of list<unknown>(raw)) {
    if (!isObject(c) || typeof c.personId !== "string" || typeof c.title !== "string") continue;
    const status = typeof c.status === "string" && STATUSES.has(c.status) ? (c.status as HeldCredit["status"]) : "manual";
    const credit = { personId: c.personId, title: c.title, status };
    seen.set(JSON.stringify(credit), credit);
  }
  return [...seen.values()].sort(
    (a, b) => cmp(a.personId, b.personId) || cmp(a.title, b.title) || cmp(a.status, b.status),
  );
}

/** Validates and canonicalises the engine input. Never throws, whatever shape it gets. */
export function normalizeInput(input: EngineInput): CleanInput {
  const raw: Record<string, unknown> = isObject(input) ? input : {};
  const budgetRaw = isObject(raw.budget) ? raw.budget : {};
  const amount = finiteOr(budgetRaw.amount, 0);
  const currency =
    typeof budgetRaw.currency === "string" && budgetRaw.currency.trim() ? budgetRaw.currency.trim().toUpperCase() : "USD";
  const people = cleanPeople(raw.people);
  const responsibilities = cleanResponsibilities(raw.responsibilities);
  const ids = new Set(people.map((p) => p.id));
  return {
    budget: amount > 0 ? amount : null,
    currency,
    people,
    names: new Map(people.map((p) => [p.id, p.name])),
    responsibilities,
    entries: cleanEntries(raw.entries, ids, responsibilities),
    credits: cleanCredits(raw.credits),
  };
}
