import { STAGE_WEIGHTS, type Responsibility, type WorkStage } from "@/lib/work/taxonomy";
import { round6 } from "./format";
import { cmp, type CleanEntry, type CleanInput } from "./normalize";
import type { Thresholds } from "./thresholds";
import type { Degree } from "./types";

/** One producing function as one person performed it (all their entries on it). */
export type FunctionWork = {
  responsibility: Responsibility;
  /** The strongest degree logged; weight is that degree's weight. */
  degree: Degree;
  weight: number;
  entryIds: string[];
  stages: WorkStage[];
};

export type PersonProfile = {
  personId: string;
  name: string;
  entries: CleanEntry[];
  /** Producing functions by responsibility id, sorted by id. */
  functions: FunctionWork[];
  opportunity: FunctionWork[];
  execution: FunctionWork[];
  /** Sum of degree weights over the person's producing functions. */
  weightedFunctions: number;
  opportunityWeight: number;
  executionWeight: number;
  /** weightedFunctions / the project's covered producing functions (0–1). */
  share: number;
  /** Σ STAGE_WEIGHTS[stage] × strongest degree weight in that stage, producing work only (0–100). */
  stageCoverage: number;
  stages: WorkStage[];
  amountRaised: number;
  producingHours: number;
  producingEntries: number;
};

export type ProjectScope = {
  /** Stages any valid entry reaches. */
  stagesReached: WorkStage[];
  /** Producing functions in scope: covered, or with a stage the project reaches. Sorted ids. */
  inScope: string[];
  /** Producing functions with at least one entry. Sorted ids. */
  covered: string[];
  coveredExecution: number;
  coveredOpportunity: number;
};

export const STAGE_ORDER: readonly WorkStage[] = [
  "development",
  "pre-production",
  "production",
  "post-production",
  "marketing-distribution",
];

/** lead counts 1; equal and supporting count their (configurable) fraction of lead work. */
export function degreeWeight(degree: Degree, t: Thresholds): number {
  if (degree === "lead") return 1;
  return degree === "equal" ? t.degreeWeightEqual : t.degreeWeightSupporting;
}

const DEGREE_RANK: Readonly<Record<Degree, number>> = { lead: 3, equal: 2, supporting: 1 };

/** The stronger of two degrees (lead > equal > supporting). */
export function strongerDegree(a: Degree, b: Degree): Degree {
  return DEGREE_RANK[a] >= DEGREE_RANK[b] ? a : b;
}

function sortStages(stages: Iterable<WorkStage>): WorkStage[] {
  const set = new Set(stages);
  return STAGE_ORDER.filter((s) => set.has(s));
}

/**
 * Which producing functions the project is judged on. Invariant: a function counts as "in
 * scope" when someone logged it or when one of its stages is a stage the project's work
 * reaches — so a project still in development is not told it lacks a post supervisor.
 */
export function projectScope(input: CleanInput): ProjectScope {
  const reached = new Set<WorkStage>();
  const covered = new Set<string>();
  for (const e of input.entries) {
    reached.add(e.stage);
    if (e.responsibility.producing) covered.add(e.responsibility.id);
  }
  const inScope: string[] = [];
  let coveredExecution = 0;
  let coveredOpportunity = 0;
  for (const r of input.responsibilities.values()) {
    if (!r.producing) continue;
    if (covered.has(r.id) || r.stages.some((s) => reached.has(s))) inScope.push(r.id);
    if (covered.has(r.id) && r.lane === "execution") coveredExecution += 1;
    if (covered.has(r.id) && r.lane === "opportunity") coveredOpportunity += 1;
  }
  return {
    stagesReached: sortStages(reached),
    inScope: inScope.sort(cmp),
    covered: [...covered].sort(cmp),
    coveredExecution,
    coveredOpportunity,
  };
}

function groupFunctions(entries: readonly CleanEntry[], t: Thresholds): FunctionWork[] {
  const byResp = new Map<string, FunctionWork>();
  for (const e of entries) {
    if (!e.responsibility.producing) continue;
    const prev = byResp.get(e.responsibility.id);
    if (!prev) {
      byResp.set(e.responsibility.id, {
        responsibility: e.responsibility,
        degree: e.degree,
        weight: degreeWeight(e.degree, t),
        entryIds: [e.id],
        stages: [e.stage],
      });
      continue;
    }
    prev.degree = strongerDegree(prev.degree, e.degree);
    prev.weight = degreeWeight(prev.degree, t);
    prev.entryIds.push(e.id);
    prev.stages = sortStages([...prev.stages, e.stage]);
  }
  return [...byResp.values()].sort((a, b) => cmp(a.responsibility.id, b.responsibility.id));
}

function stageCoverage(entries: readonly CleanEntry[], t: Thresholds): number {
  const best = new Map<WorkStage, number>();
  for (const e of entries) {
    if (!e.responsibility.producing) continue;
    best.set(e.stage, Math.max(best.get(e.stage) ?? 0, degreeWeight(e.degree, t)));
  }
  let total = 0;
  for (const s of STAGE_ORDER) total += (STAGE_WEIGHTS[s] ?? 0) * (best.get(s) ?? 0);
  return round6(total);
}

const sumWeights = (fs: readonly FunctionWork[]) => round6(fs.reduce((n, f) => n + f.weight, 0));

/** One profile per person in the people list (sorted by id), including people with no work. */
export function buildProfiles(input: CleanInput, scope: ProjectScope, t: Thresholds): PersonProfile[] {
  const byPerson = new Map<string, CleanEntry[]>();
  for (const e of input.entries) {
    const list = byPerson.get(e.personId);
    if (list) list.push(e);
    else byPerson.set(e.personId, [e]);
  }
  const covered = scope.covered.length;
  return input.people.map((p) => {
    const entries = byPerson.get(p.id) ?? [];
    const functions = groupFunctions(entries, t);
    const opportunity = functions.filter((f) => f.responsibility.lane === "opportunity");
    const execution = functions.filter((f) => f.responsibility.lane === "execution");
    const weightedFunctions = sumWeights(functions);
    const producing = entries.filter((e) => e.responsibility.producing);
    return {
      personId: p.id,
      name: p.name,
      entries,
      functions,
      opportunity,
      execution,
      weightedFunctions,
      opportunityWeight: sumWeights(opportunity),
      executionWeight: sumWeights(execution),
      share: covered > 0 ? round6(weightedFunctions / covered) : 0,
      stageCoverage: stageCoverage(entries, t),
      stages: sortStages(producing.map((e) => e.stage)),
      amountRaised: round6(entries.reduce((n, e) => n + e.amountRaised, 0)),
      producingHours: round6(producing.reduce((n, e) => n + e.effortHours, 0)),
      producingEntries: producing.length,
    };
  });
}
