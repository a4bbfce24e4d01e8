import { DEGREES as ALL_DEGREES } from "@/lib/work/degree";
import { STAGE_WEIGHTS, type Lane, type Responsibility, type WorkStage } from "@/lib/work/taxonomy";
import { budgetInUsd, isNeeded, needGroup } from "./applicability";
import { formatMoney, formatPercent, inSentence, joinList, round6, STAGE_NAMES } from "./format";
import { FINDING_KINDS, fingerprintOf, heldKey, heldLabel, isPossessoryTitle, isProducingHeldTitle } from "./held-titles";
import { resolveThresholds, type Thresholds } from "./thresholds";
import { CREDIT_TITLES, isCreditTitleId, isProducingTitleId, matchTitle, titleLabel, titleOrder } from "./titles";

export { FINDING_KINDS, fingerprintOf };
import type { Confidence, Degree, EngineInput, EngineOutput, EngineStats, Finding, HeldCredit, Reason, Suggestion } from "./types";

/**
 * The reference credit engine: the rules of DOMAIN.md §6 written as plainly as they can be —
 * objects, maps and loops, nothing cached or packed. It is the specification. The engine the
 * app runs (lib/credits/engine.ts) is a faster rewrite over typed-array columns, and a
 * differential test (tests/lib/credits/differential.test.ts) checks with fast-check that both
 * give exactly the same output. To change a rule: change it here first, in plain words, then
 * in the fast engine until the differential test passes again.
 *
 * Vocabulary:
 * - producing functions: responsibilities marked `producing` (the PGA's producing functions);
 *   the **opportunity** ones (lane "opportunity": financing, packaging, distribution…) build
 *   the chance for the film to exist — the Executive Producer's lane; every other producing
 *   function is **hands-on** (the execution lane plus developing the concept, locking the
 *   final script, supervising post, delivery) — the Producer's lane.
 * - degree weight: lead 1, equal `degreeWeightEqual`, supporting `degreeWeightSupporting`;
 *   a function's degree for a person is the strongest they logged on it.
 * - led or shared: lead or equal degree (supporting work alone is someone else's job).
 * - physical production: pre-production and production. Work "beyond physical production"
 *   is in development, post-production or marketing and distribution.
 *
 * Output order: suggestions by title (billing order) then person id; findings by kind
 * (FINDING_KINDS) then id; reasons' entry ids sorted. Sums are taken in a fixed order
 * (people by id, functions by responsibility id, entries by id) and rounded to 6 decimals,
 * so the result never depends on the order of the input.
 */

/** The PGA's stages in production order. */
export const STAGES: readonly WorkStage[] = ["development", "pre-production", "production", "post-production", "marketing-distribution"];
const PHYSICAL: ReadonlySet<WorkStage> = new Set<WorkStage>(["pre-production", "production"]);
const DEGREES: readonly Degree[] = ALL_DEGREES;
const VERB: Readonly<Record<Degree, string>> = { lead: "led", equal: "shared", supporting: "supported" };
const LANES: ReadonlySet<string> = new Set(["opportunity", "execution", "creative", "post", "other"]);
const HELD_STATUSES: ReadonlySet<string> = new Set(["accepted", "manual", "locked"]);

/** Plain code-unit comparison: locale-independent, so output never depends on the runtime. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------
// Cleaning the input

type Entry = { id: string; personId: string; resp: Responsibility; stage: WorkStage; degree: Degree; hours: number; amount: number };

type Clean = {
  budget: number | null;
  currency: string;
  kind: string | null;
  people: { id: string; name: string }[];
  /** Sorted by id. */
  responsibilities: Responsibility[];
  /** Valid entries, one per id, sorted by id. */
  entries: Entry[];
  /** Exact duplicates removed; sorted by person id, title, status. */
  credits: HeldCredit[];
  notApplicable: Set<string>;
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function array(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Bad data is skipped or zeroed, never thrown on (the same choices as the fast engine's normalizeInput). */
function clean(input: EngineInput): Clean {
  const raw: Record<string, unknown> = isObject(input) ? input : {};
  const budgetRaw = isObject(raw.budget) ? raw.budget : {};
  const amount = typeof budgetRaw.amount === "number" && Number.isFinite(budgetRaw.amount) ? budgetRaw.amount : 0;
  const currency = typeof budgetRaw.currency === "string" && budgetRaw.currency.trim() ? budgetRaw.currency.trim().toUpperCase() : "USD";
  const projectRaw = isObject(raw.project) ? raw.project : {};
  const kind = typeof projectRaw.kind === "string" && projectRaw.kind ? projectRaw.kind : null;

  // People: a repeated id keeps its smallest name; a blank name reads as the id.
  const names = new Map<string, string>();
  for (const p of array(raw.people)) {
    if (!isObject(p) || typeof p.id !== "string") continue;
    const name = typeof p.name === "string" && /\S/.test(p.name) ? p.name : p.id;
    const prev = names.get(p.id);
    if (prev === undefined || name < prev) names.set(p.id, name);
  }
  const people = [...names.keys()].sort(compareText).map((id) => ({ id, name: names.get(id) as string }));

  // Responsibilities: well-formed ones; on an id clash the smallest serialisation wins.
  const resps = new Map<string, { r: Responsibility; key: string }>();
  for (const r of array(raw.responsibilities)) {
    if (!isObject(r) || typeof r.id !== "string" || typeof r.lane !== "string" || !LANES.has(r.lane)) continue;
    const stages = array(r.stages).filter((s): s is WorkStage => typeof s === "string" && (STAGES as readonly string[]).includes(s));
    const cleanR: Responsibility = {
      id: r.id,
      name: typeof r.name === "string" && r.name.trim() ? r.name : r.id,
      lane: r.lane as Lane,
      stages: [...new Set(stages)].sort(compareText),
      description: typeof r.description === "string" ? r.description : "",
      producing: r.producing === true,
      creditHint: typeof r.creditHint === "string" ? r.creditHint : null,
      tracksAmount: r.tracksAmount === true,
    };
    const key = JSON.stringify(cleanR);
    const prev = resps.get(cleanR.id);
    if (!prev || key < prev.key) resps.set(cleanR.id, { r: cleanR, key });
  }
  const responsibilities = [...resps.values()].map((v) => v.r).sort((a, b) => compareText(a.id, b.id));
  const respById = new Map(responsibilities.map((r) => [r.id, r]));

  // Entries: known person and responsibility, valid stage and degree; bad numbers zeroed;
  // money only on responsibilities that track it. A repeated id keeps its smallest serialisation.
  const byId = new Map<string, { e: Entry; key: string }>();
  for (const e of array(raw.entries)) {
    if (!isObject(e) || typeof e.id !== "string" || typeof e.personId !== "string" || typeof e.responsibilityId !== "string") continue;
    const resp = respById.get(e.responsibilityId);
    if (!names.has(e.personId) || !resp) continue;
    if (!(STAGES as readonly unknown[]).includes(e.stage) || !(DEGREES as readonly unknown[]).includes(e.degree)) continue;
    const hours = typeof e.effortHours === "number" && e.effortHours > 0 && e.effortHours !== Infinity ? e.effortHours : 0;
    const money = resp.tracksAmount && typeof e.amountRaised === "number" && e.amountRaised > 0 && e.amountRaised !== Infinity ? e.amountRaised : 0;
    const entry: Entry = { id: e.id, personId: e.personId, resp, stage: e.stage as WorkStage, degree: e.degree as Degree, hours, amount: money };
    const key = JSON.stringify([entry.personId, resp.id, entry.stage, entry.degree, hours, money]);
    const prev = byId.get(entry.id);
    if (!prev || key < prev.key) byId.set(entry.id, { e: entry, key });
  }
  const entries = [...byId.values()].map((v) => v.e).sort((a, b) => compareText(a.id, b.id));

  const credits = new Map<string, HeldCredit>();
  for (const c of array(raw.credits)) {
    if (!isObject(c) || typeof c.personId !== "string" || typeof c.title !== "string") continue;
    const status = (typeof c.status === "string" && HELD_STATUSES.has(c.status) ? c.status : "manual") as HeldCredit["status"];
    const credit: HeldCredit = { personId: c.personId, title: c.title, status };
    credits.set(JSON.stringify(credit), credit);
  }
  const creditList = [...credits.values()].sort((a, b) => compareText(a.personId, b.personId) || compareText(a.title, b.title) || compareText(a.status, b.status));

  const notApplicable = new Set(array(raw.notApplicable).filter((id): id is string => typeof id === "string"));
  return { budget: amount > 0 ? amount : null, currency, kind, people, responsibilities, entries, credits: creditList, notApplicable };
}

// ---------------------------------------------------------------------------------------
// Profiles: each person's work, summed up

/** A producing function as one person logged it. */
type PersonFunction = {
  resp: Responsibility;
  opportunity: boolean;
  /** The strongest degree logged, and its weight. */
  degree: Degree;
  weight: number;
  /** Their entries on it, by id. */
  entries: Entry[];
};

type Profile = {
  id: string;
  name: string;
  /** Every entry of theirs, by id. */
  entries: Entry[];
  /** Their producing functions, by responsibility id. */
  functions: PersonFunction[];
  /** Σ degree weights of their producing functions, of the opportunity ones, of the hands-on ones. */
  weightedFunctions: number;
  opportunityWeight: number;
  handsOnWeight: number;
  /** Opportunity / hands-on functions led or shared. */
  opportunityActive: number;
  handsOnActive: number;
  /** Execution-lane functions logged. */
  executionCount: number;
  opportunityCount: number;
  /** weightedFunctions ÷ the producing functions the project covers. */
  share: number;
  /** PGA weight of each stage × the largest degree weight of their producing entries there, summed (0–100). */
  stageCoverage: number;
  /** Stages of their producing entries. */
  stages: Set<WorkStage>;
  /** Per stage: Σ over their hands-on functions of the largest degree weight logged on it at that stage. */
  handsOnAtStage: Map<WorkStage, number>;
  /** Their share of the project's hands-on producing work, stage by stage (see producerShares). */
  producerShare: number;
  /** Stages of their hands-on entries led or shared. */
  handsOnStages: Set<WorkStage>;
  /** Execution functions they led (strongest degree lead), and the stages of those lead entries. */
  ledExecution: PersonFunction[];
  ledExecutionStages: Set<WorkStage>;
  amountRaised: number;
  producingHours: number;
  producingEntries: number;
};

function weightOf(degree: Degree, t: Thresholds): number {
  return degree === "lead" ? 1 : degree === "equal" ? t.degreeWeightEqual : t.degreeWeightSupporting;
}

function strongest(a: Degree, b: Degree): Degree {
  return DEGREES.indexOf(a) <= DEGREES.indexOf(b) ? a : b;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** The largest value, 0 for none. (A loop, not Math.max(...values): a spread of 100,000+ values overflows the stack.) */
function largest(values: readonly number[]): number {
  let best = 0;
  for (const v of values) if (v > best) best = v;
  return best;
}

function profileOf(person: { id: string; name: string }, entries: Entry[], t: Thresholds): Profile {
  const byResp = new Map<string, PersonFunction>();
  for (const e of entries) {
    if (!e.resp.producing) continue;
    const f = byResp.get(e.resp.id);
    if (f) {
      f.degree = strongest(f.degree, e.degree);
      f.weight = weightOf(f.degree, t);
      f.entries.push(e);
    } else {
      byResp.set(e.resp.id, { resp: e.resp, opportunity: e.resp.lane === "opportunity", degree: e.degree, weight: weightOf(e.degree, t), entries: [e] });
    }
  }
  const functions = [...byResp.values()].sort((a, b) => compareText(a.resp.id, b.resp.id));
  const opportunity = functions.filter((f) => f.opportunity);
  const handsOn = functions.filter((f) => !f.opportunity);
  const execution = functions.filter((f) => f.resp.lane === "execution");
  const producingEntries = entries.filter((e) => e.resp.producing);
  const active = (f: PersonFunction) => f.degree !== "supporting";

  let stageCoverage = 0;
  for (const stage of STAGES) {
    const here = producingEntries.filter((e) => e.stage === stage).map((e) => weightOf(e.degree, t));
    stageCoverage += STAGE_WEIGHTS[stage] * largest(here);
  }
  const handsOnAtStage = new Map<WorkStage, number>();
  for (const stage of STAGES) {
    const perFunction = handsOn.map((f) => {
      const here = f.entries.filter((e) => e.stage === stage).map((e) => weightOf(e.degree, t));
      return largest(here);
    });
    handsOnAtStage.set(stage, round6(sum(perFunction)));
  }
  const ledExecution = execution.filter((f) => f.degree === "lead");
  const ledExecutionStages = new Set(ledExecution.flatMap((f) => f.entries.filter((e) => e.degree === "lead").map((e) => e.stage)));
  return {
    id: person.id,
    name: person.name,
    entries,
    functions,
    weightedFunctions: round6(sum(functions.map((f) => f.weight))),
    opportunityWeight: round6(sum(opportunity.map((f) => f.weight))),
    handsOnWeight: round6(sum(handsOn.map((f) => f.weight))),
    opportunityActive: opportunity.filter(active).length,
    handsOnActive: handsOn.filter(active).length,
    executionCount: execution.length,
    opportunityCount: opportunity.length,
    share: 0,
    stageCoverage: round6(stageCoverage),
    stages: new Set(producingEntries.map((e) => e.stage)),
    handsOnAtStage,
    producerShare: 0,
    handsOnStages: new Set(handsOn.flatMap((f) => f.entries.filter((e) => e.degree !== "supporting").map((e) => e.stage))),
    ledExecution,
    ledExecutionStages,
    amountRaised: round6(sum(entries.map((e) => e.amount))),
    producingHours: round6(sum(producingEntries.map((e) => e.hours))),
    producingEntries: producingEntries.length,
  };
}

/** The project as a whole: what its work log covers. */
type Team = {
  profiles: Profile[];
  byId: Map<string, Profile>;
  /** Producing functions someone logged, by id. */
  covered: Responsibility[];
  coveredOpportunity: number;
  coveredExecution: number;
  /** Producing functions someone logged or whose stages the project's work reaches, by id. */
  inScope: Responsibility[];
  /** Stages any entry reaches. */
  stagesReached: Set<WorkStage>;
  /** Some producing entry (anyone's, any degree) is in development, post-production or marketing and distribution. */
  beyondPhysical: boolean;
};

/**
 * Each person's share of the hands-on producing work, stage by stage: for every stage where
 * anyone logged hands-on producing work, the person's part of it (their weight there ÷
 * everyone's), weighted by the PGA stage weights and divided by the weights of those stages.
 * The shares of everyone add up to 1. Sums in people order, rounded.
 */
function producerShares(profiles: Profile[]): void {
  const total = new Map<WorkStage, number>();
  for (const stage of STAGES) total.set(stage, round6(sum(profiles.map((p) => p.handsOnAtStage.get(stage) as number))));
  for (const p of profiles) {
    let part = 0;
    let weights = 0;
    for (const stage of STAGES) {
      const all = total.get(stage) as number;
      if (all <= 0) continue;
      part += STAGE_WEIGHTS[stage] * ((p.handsOnAtStage.get(stage) as number) / all);
      weights += STAGE_WEIGHTS[stage];
    }
    p.producerShare = weights > 0 ? round6(part / weights) : 0;
  }
}

function teamOf(c: Clean, t: Thresholds): Team {
  const entriesOf = new Map<string, Entry[]>(c.people.map((p) => [p.id, []]));
  for (const e of c.entries) entriesOf.get(e.personId)?.push(e);
  const profiles = c.people.map((p) => profileOf(p, entriesOf.get(p.id) as Entry[], t));
  const loggedIds = new Set(profiles.flatMap((p) => p.functions.map((f) => f.resp.id)));
  const stagesReached = new Set(c.entries.map((e) => e.stage));
  const covered = c.responsibilities.filter((r) => r.producing && loggedIds.has(r.id));
  const inScope = c.responsibilities.filter((r) => r.producing && (loggedIds.has(r.id) || r.stages.some((s) => stagesReached.has(s))));
  for (const p of profiles) p.share = covered.length > 0 ? round6(p.weightedFunctions / covered.length) : 0;
  producerShares(profiles);
  return {
    profiles,
    byId: new Map(profiles.map((p) => [p.id, p])),
    covered,
    coveredOpportunity: covered.filter((r) => r.lane === "opportunity").length,
    coveredExecution: covered.filter((r) => r.lane === "execution").length,
    inScope,
    stagesReached,
    beyondPhysical: c.entries.some((e) => e.resp.producing && !PHYSICAL.has(e.stage)),
  };
}

// ---------------------------------------------------------------------------------------
// Reason texts

/** Ids of the entries behind some of a person's functions (only those with money when asked), sorted. */
function idsOf(functions: readonly PersonFunction[], moneyOnly = false): string[] {
  return functions
    .flatMap((f) => f.entries)
    .filter((e) => !moneyOnly || e.amount > 0)
    .map((e) => e.id)
    .sort(compareText);
}

/** "led hiring crew and scheduling; shared logistics" — functions in the given order, grouped by degree. */
function functionsText(functions: readonly PersonFunction[]): string {
  return DEGREES.map((d) => {
    const names = functions.filter((f) => f.degree === d).map((f) => inSentence(f.resp.name));
    return names.length ? `${VERB[d]} ${joinList(names)}` : "";
  })
    .filter(Boolean)
    .join("; ");
}

function functionsReason(functions: readonly PersonFunction[]): Reason {
  return { text: functionsText(functions), entryIds: idsOf(functions) };
}

function stagesText(stages: Iterable<WorkStage>): string {
  const set = new Set(stages);
  return joinList(STAGES.filter((s) => set.has(s)).map((s) => STAGE_NAMES[s]));
}

function namesText(profiles: readonly Profile[]): string {
  return joinList(profiles.map((p) => p.name));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function suggestion(p: Profile, title: string, confidence: Confidence, score: number, reasons: Reason[], alternativeTo: string | null = null): Suggestion {
  return { personId: p.id, title, confidence, score: Math.min(1, Math.max(0, round6(score))), reasons: reasons.filter((r) => r.text !== ""), alternativeTo };
}

// ---------------------------------------------------------------------------------------
// The producing rules

type Ctx = { c: Clean; t: Thresholds; team: Team };

function financingShare(p: Profile, c: Clean): number {
  return c.budget ? round6(p.amountRaised / c.budget) : 0;
}

/** "raised $9,000, 49% of the $18,500 budget". */
function raisedText(p: Profile, c: Clean): string {
  const money = `raised ${formatMoney(p.amountRaised, c.currency)}`;
  return c.budget ? `${money}, ${formatPercent(financingShare(p, c))} of the ${formatMoney(c.budget, c.currency)} budget` : money;
}

/** Led or shared hands-on producing work, and all of it in pre-production and production. */
function physicalOnly(p: Profile): boolean {
  return p.handsOnStages.size > 0 && [...p.handsOnStages].every((s) => PHYSICAL.has(s));
}

/** Leads execution work in both pre-production and production, at least lineProducerMinFunctions functions. */
function lineProducerShape(p: Profile, t: Thresholds): boolean {
  return p.ledExecutionStages.has("pre-production") && p.ledExecutionStages.has("production") && p.ledExecution.length >= t.lineProducerMinFunctions;
}

/**
 * Raised at least epFinancingShare of the budget and does hands-on producing work, no less
 * of it than opportunity work: a financier who also makes the film is one of its producers.
 */
function financingMaker(p: Profile, ctx: Ctx): boolean {
  const { c, t } = ctx;
  return c.budget !== null && p.amountRaised > 0 && financingShare(p, c) >= t.epFinancingShare && p.handsOnActive > 0 && p.handsOnWeight >= p.opportunityWeight;
}

/** How the producer family reads a person's hands-on work: the title first suggested, and its alternative if the log could go two ways. */
type ProducerReading =
  | { kind: "none" }
  | { kind: "produced-by"; confidence: Confidence }
  | { kind: "line-producer"; why: "thin-log" | "stronger-producer"; stronger: Profile[] }
  | { kind: "produced-by-thin"; };

/**
 * Produced by, relative to the team (DOMAIN.md §6):
 * - a person who leads or shares hands-on producing work and carries at least producerShare
 *   of it (stage by stage), or who is a financing maker, is a producer;
 * - unless all their hands-on work is physical production (pre-production and production)
 *   and either nobody logged anything beyond physical production (a log that reads as line
 *   producing: Line Producer first, Produced by the alternative that naming the missing stages
 *   would confirm), or someone else with hands-on work beyond it carries more of the producing
 *   (Line Producer first, Produced by the alternative) — both only when they have the Line
 *   Producer's shape; without it they stay producers, at low confidence on a thin log;
 * - high confidence when they carry producerMajority of the hands-on work and the log reaches
 *   beyond physical production, medium otherwise.
 */
function producerReading(p: Profile, ctx: Ctx): ProducerReading {
  const { t, team } = ctx;
  if (p.handsOnActive === 0) return { kind: "none" };
  if (p.producerShare < t.producerShare && !financingMaker(p, ctx)) return { kind: "none" };
  if (physicalOnly(p)) {
    if (!team.beyondPhysical) return lineProducerShape(p, t) ? { kind: "line-producer", why: "thin-log", stronger: [] } : { kind: "produced-by-thin" };
    const stronger = team.profiles.filter((q) => q !== p && q.handsOnActive > 0 && !physicalOnly(q) && q.producerShare > p.producerShare);
    if (stronger.length > 0 && lineProducerShape(p, t)) return { kind: "line-producer", why: "stronger-producer", stronger };
  }
  return { kind: "produced-by", confidence: p.producerShare >= t.producerMajority && team.beyondPhysical ? "high" : "medium" };
}

const MISSING_STAGES = "no development, post-production or distribution work is logged for anyone";

function producedByReasons(p: Profile, ctx: Ctx): Reason[] {
  const { c, t, team } = ctx;
  const handsOn = p.functions.filter((f) => !f.opportunity);
  const reasons: Reason[] = [];
  if (p.producerShare >= t.producerShare) {
    reasons.push({
      text: `carries ${formatPercent(p.producerShare)} of the project's hands-on producing work, stage by stage (${formatPercent(t.producerShare)} earns Produced by, ${formatPercent(t.producerMajority)} makes it certain)`,
      entryIds: idsOf(handsOn),
    });
  } else {
    reasons.push({
      text: `${raisedText(p, c)}, and does hands-on producing work: a financier who also makes the film is one of its producers`,
      entryIds: idsOf(p.functions),
    });
  }
  reasons.push(functionsReason(p.functions));
  reasons.push({ text: `worked across ${stagesText(p.stages)}`, entryIds: [] });
  if (physicalOnly(p) && team.beyondPhysical) {
    const others = team.profiles.filter((q) => q !== p && q.entries.some((e) => e.resp.producing && !PHYSICAL.has(e.stage)));
    reasons.push({ text: `${namesText(others)} ${others.length === 1 ? "carries" : "carry"} the work before and after the shoot, so this is the producer's job rather than line producing`, entryIds: [] });
  }
  if (p.producerShare >= t.producerShare && c.budget !== null && p.amountRaised > 0 && financingShare(p, c) >= t.epFinancingShare) {
    reasons.push({ text: `also ${raisedText(p, c)}: a producer's financing is part of producing, so Executive Producer is not suggested as well`, entryIds: idsOf(p.functions, true) });
  }
  return reasons;
}

function lineProducerReasons(p: Profile, ctx: Ctx): Reason {
  const n = p.ledExecution.length;
  const total = ctx.team.coveredExecution;
  return {
    text: `led ${n} of ${total} execution functions across pre-production and production (${formatPercent(total ? n / total : 0)}): ${joinList(p.ledExecution.map((f) => inSentence(f.resp.name)))}`,
    entryIds: idsOf(p.ledExecution),
  };
}

/** The Produced by / Line Producer suggestions of one person (at most one of each). */
function producerSuggestions(p: Profile, ctx: Ctx): Suggestion[] {
  const { t, team } = ctx;
  const reading = producerReading(p, ctx);
  if (reading.kind === "none") return [];
  if (reading.kind === "produced-by") return [suggestion(p, "produced-by", reading.confidence, p.producerShare, producedByReasons(p, ctx))];
  if (reading.kind === "produced-by-thin") {
    return [
      suggestion(p, "produced-by", "low", p.producerShare, [
        ...producedByReasons(p, ctx),
        { text: `${MISSING_STAGES}: the log is too thin to be sure`, entryIds: [] },
      ]),
    ];
  }
  const share = team.coveredExecution ? p.ledExecution.length / team.coveredExecution : 0;
  const lp: Reason[] = [lineProducerReasons(p, ctx)];
  const alt: Reason[] = [];
  if (reading.why === "thin-log") {
    lp.push({ text: `only pre-production and production work is logged on this project: ${MISSING_STAGES}`, entryIds: [] });
    alt.push({ text: `${MISSING_STAGES}: log it if ${p.name} did it, and Produced by becomes the suggestion`, entryIds: [] });
  } else {
    const who = namesText(reading.stronger);
    lp.push({ text: `${who} ${reading.stronger.length === 1 ? "carries" : "carry"} more of the producing, beyond the shoot (${reading.stronger.map((q) => formatPercent(q.producerShare)).join(", ")} to ${formatPercent(p.producerShare)})`, entryIds: [] });
    alt.push({ text: `what tips the balance: ${who} ${reading.stronger.length === 1 ? "carries" : "carry"} more of the producing across the stages; if ${p.name} also made development or post-production decisions, log them and Produced by becomes the suggestion`, entryIds: [] });
  }
  const confidence: Confidence = reading.why === "stronger-producer" && share >= t.lineProducerExecutionShare ? "high" : "medium";
  return [
    suggestion(p, "line-producer", confidence, share, lp),
    suggestion(p, "produced-by", "low", p.producerShare, [{ text: functionsText(p.functions), entryIds: idsOf(p.functions) }, ...alt], "line-producer"),
  ];
}

/**
 * Executive Producer — the opportunity lane ("one builds the opportunity"), for someone who
 * is not already suggested Produced by and whose producing work is at least as much
 * opportunity as hands-on:
 * - raised at least epFinancingShare of the budget → high;
 * - else led or shared at least epMinOpportunityFunctions opportunity functions → medium with
 *   a budget, low without one.
 * A small investor (less money, fewer functions) gets nothing: thanked, not made an EP.
 * On a series, someone who only shared the opportunity work while another EP led it is a
 * Co-Executive Producer instead.
 */
function executiveProducer(p: Profile, ctx: Ctx, producedBy: ReadonlySet<string>, leadsOpportunity: readonly Profile[]): Suggestion | null {
  const { c, t, team } = ctx;
  if (producedBy.has(p.id) || p.opportunityWeight < p.handsOnWeight) return null;
  const byMoney = c.budget !== null && p.amountRaised > 0 && financingShare(p, c) >= t.epFinancingShare;
  if (!byMoney && p.opportunityActive < t.epMinOpportunityFunctions) return null;
  const opportunity = p.functions.filter((f) => f.opportunity);
  const reasons: Reason[] = [];
  for (const f of opportunity) {
    if (!f.resp.tracksAmount) continue;
    const raised = round6(sum(f.entries.map((e) => e.amount)));
    if (raised <= 0) {
      reasons.push({ text: `${VERB[f.degree]} ${inSentence(f.resp.name)} (no amount recorded)`, entryIds: idsOf([f]) });
    } else {
      const tail = c.budget ? `, ${formatPercent(raised / c.budget)} of the ${formatMoney(c.budget, c.currency)} budget` : "";
      reasons.push({ text: `${VERB[f.degree]} ${inSentence(f.resp.name)}: raised ${formatMoney(raised, c.currency)}${tail}`, entryIds: idsOf([f]) });
    }
  }
  const opportunityText = `performed ${plural(opportunity.length, "opportunity function")}: ${functionsText(opportunity)}`;
  if (byMoney) {
    reasons.push({ text: `raised ${formatMoney(p.amountRaised, c.currency)} in total, ${formatPercent(financingShare(p, c))} of the budget (at least ${formatPercent(t.epFinancingShare)} needed)`, entryIds: idsOf(opportunity, true) });
    if (opportunity.length > 0) reasons.push({ text: opportunityText, entryIds: idsOf(opportunity) });
    return suggestion(p, "executive-producer", "high", financingShare(p, c), reasons);
  }
  reasons.push({ text: opportunityText, entryIds: idsOf(opportunity) });
  reasons.push(
    c.budget
      ? { text: `${raisedText(p, c)} — below the ${formatPercent(t.epFinancingShare)} that makes this certain`, entryIds: [] }
      : { text: "no budget recorded: judged by opportunity functions only", entryIds: [] },
  );
  const confidence: Confidence = c.budget ? "medium" : "low";
  const score = p.opportunityWeight / Math.max(1, team.coveredOpportunity);
  const series = c.kind === "series" || c.kind === "episode";
  const others = leadsOpportunity.filter((q) => q !== p);
  if (series && !opportunity.some((f) => f.degree === "lead") && others.length > 0) {
    reasons.push({ text: `on a series, ${namesText(others)} ${others.length === 1 ? "leads" : "lead"} the opportunity work this person shares: Co-Executive Producer`, entryIds: [] });
    return suggestion(p, "co-executive-producer", confidence, score, reasons);
  }
  return suggestion(p, "executive-producer", confidence, score, reasons);
}

/**
 * Co-Producer — shares producer functions as part of a team, below the producer: at least
 * coProducerShare of the producing functions (degree-weighted), at least as much hands-on as
 * opportunity work, someone else holds or is suggested Produced by, and no Produced by or Line
 * Producer suggestion of their own (a Line Producer below the producer is that, not both).
 */
function coProducer(p: Profile, ctx: Ctx, producers: ReadonlySet<string>, hasProducerTitle: boolean): Suggestion | null {
  const { t, team } = ctx;
  if (hasProducerTitle || p.share < t.coProducerShare || p.handsOnWeight < p.opportunityWeight) return null;
  if ([...producers].every((id) => id === p.id)) return null;
  return suggestion(p, "co-producer", "medium", p.share, [
    {
      text: `performed ${p.functions.length} of ${team.covered.length} producing functions (${formatPercent(p.share)} weighted by degree, from ${formatPercent(t.coProducerShare)} for Co-Producer) alongside a producer`,
      entryIds: idsOf(p.functions),
    },
    functionsReason(p.functions),
  ]);
}

/** Line Producer for someone the producer reading left out: the biggest hands-on production lead below the producers. */
function lineProducer(p: Profile, ctx: Ctx, candidates: readonly Profile[]): Suggestion | null {
  const { t, team } = ctx;
  if (!candidates.includes(p)) return null;
  const most = largest(candidates.map((q) => q.ledExecution.length));
  if (p.ledExecution.length < most) return null;
  const share = team.coveredExecution ? p.ledExecution.length / team.coveredExecution : 0;
  return suggestion(p, "line-producer", share >= t.lineProducerExecutionShare ? "high" : "medium", share, [lineProducerReasons(p, ctx)]);
}

/** PGA's UPM: builds the working budget, schedules, hires the remaining crew… */
export const UPM_CORE = ["budgeting", "scheduling", "hiring-crew"] as const;
/** …and produces daily reports or negotiates below-the-line deals (either one). */
export const UPM_EITHER = ["daily-reports", "below-the-line-deals"] as const;

/**
 * Unit Production Manager: budgeting, scheduling and hiring crew, plus daily reports or
 * below-the-line deals, at any degree; on a crew of at least upmMinCrew people (on a smaller
 * crew the producer's title covers the job), and not for someone suggested Produced by.
 * High confidence when they led every one of those functions they logged.
 */
function unitProductionManager(p: Profile, ctx: Ctx, producedBy: ReadonlySet<string>): Suggestion | null {
  if (producedBy.has(p.id) || ctx.c.people.length < ctx.t.upmMinCrew) return null;
  const byId = new Map(p.functions.map((f) => [f.resp.id, f]));
  if (!UPM_CORE.every((id) => byId.has(id))) return null;
  const used = [...UPM_CORE, ...UPM_EITHER].map((id) => byId.get(id)).filter((f): f is PersonFunction => f !== undefined);
  if (used.length === UPM_CORE.length) return null;
  const allLead = used.every((f) => f.degree === "lead");
  return suggestion(p, "unit-production-manager", allLead ? "high" : "medium", allLead ? 1 : 0.75, [
    functionsReason(used),
    { text: `a crew of ${ctx.c.people.length} people (a separate UPM from ${ctx.t.upmMinCrew})`, entryIds: [] },
  ]);
}

/** The coordinator's functions: logistics and making departments communicate. */
export const COORDINATOR_FUNCTIONS: ReadonlySet<string> = new Set(["logistics", "department-coordination"]);

function coordinatorOnly(p: Profile): boolean {
  return p.functions.length > 0 && p.functions.every((f) => f.degree !== "lead" && COORDINATOR_FUNCTIONS.has(f.resp.id));
}

/**
 * Associate Producer — producer functions delegated in a limited area: at least
 * associateProducerMinFunctions producing functions, under coProducerShare of the producing
 * work, no other producing title suggested, not only coordinator work. Medium when they lead
 * or share some of it, low when all of it is supporting (a helping hand).
 */
function associateProducer(p: Profile, ctx: Ctx, hasProducingTitle: boolean): Suggestion | null {
  const { t } = ctx;
  if (hasProducingTitle || p.functions.length < t.associateProducerMinFunctions || p.share >= t.coProducerShare || coordinatorOnly(p)) return null;
  const allSupporting = p.functions.every((f) => f.degree === "supporting");
  return suggestion(p, "associate-producer", allSupporting ? "low" : "medium", p.share, [
    { text: `performed ${p.functions.length} producing functions in a limited area (${formatPercent(p.share)} of the project's producing work)`, entryIds: idsOf(p.functions) },
    functionsReason(p.functions),
    ...(allSupporting ? [{ text: "all of it supporting others: a helping hand may be thanked rather than titled", entryIds: [] }] : []),
  ]);
}

/** Production Coordinator: producing work that is only logistics and/or department coordination, shared or supporting. */
function productionCoordinator(p: Profile, hasProducingTitle: boolean): Suggestion | null {
  if (hasProducingTitle || !coordinatorOnly(p)) return null;
  const two = p.functions.length >= 2;
  return suggestion(p, "production-coordinator", two ? "medium" : "low", two ? 0.75 : 0.5, [functionsReason(p.functions)]);
}

// ---------------------------------------------------------------------------------------
// Creative credits

/**
 * Creative credits follow each responsibility's creditHint (directing → Directed by, editing
 * → Edited by…) for lead or equal work; the strongest degree on the hint gives the confidence
 * (lead high, equal medium). Writing follows the WGA: nobody else has story work → every
 * writer gets "Written by"; someone has story work without writing → writers get
 * "Screenplay by" and everyone with story work gets "Story by".
 */
function creativeSuggestions(team: Team): Suggestion[] {
  type Credited = { hint: string; degree: Degree; entries: Entry[] };
  const creditedOf = (p: Profile): Credited[] => {
    const byHint = new Map<string, Credited>();
    for (const e of p.entries) {
      const hint = e.resp.creditHint;
      if (hint === null || !isCreditTitleId(hint) || e.degree === "supporting") continue;
      const c = byHint.get(hint);
      if (c) {
        c.degree = strongest(c.degree, e.degree);
        c.entries.push(e);
      } else byHint.set(hint, { hint, degree: e.degree, entries: [e] });
    }
    return [...byHint.values()];
  };
  const all = team.profiles.map((p) => ({ p, credited: creditedOf(p) }));
  const writes = (cs: Credited[]) => cs.some((c) => c.hint === "written-by");
  const story = (cs: Credited[]) => cs.some((c) => c.hint === "story-by");
  const split = all.some(({ credited }) => story(credited) && !writes(credited));
  const out: Suggestion[] = [];
  for (const { p, credited } of all) {
    for (const c of credited) {
      let title = c.hint;
      let why = ` → ${titleLabel(c.hint)}`;
      if (c.hint === "written-by") {
        title = split ? "screenplay-by" : "written-by";
        why = split ? " (someone else shares the story)" : "";
      } else if (c.hint === "story-by") {
        if (!split && writes(credited)) continue;
        why = "";
      }
      const names = [...new Set(c.entries.map((e) => inSentence(e.resp.name)))].sort();
      out.push(
        suggestion(p, title, c.degree === "lead" ? "high" : "medium", c.degree === "lead" ? 1 : 0.75, [
          { text: `${VERB[c.degree]} ${names.join(", ")}${why}`, entryIds: c.entries.map((e) => e.id).sort(compareText) },
        ]),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Findings

function finding(f: Omit<Finding, "fingerprint">): Finding {
  return { ...f, fingerprint: fingerprintOf(f.kind, f.message, f.personIds, f.responsibilityIds) };
}

/**
 * Whether a person's work supports a held title at all: Executive Producer needs opportunity
 * work or money raised; other producing titles need producing work; creative titles need work
 * on a responsibility hinting at them ("Story by" also accepts writing, "Screenplay by"
 * accepts writing); a possessory credit ("A Film by") needs directing; an unknown title needs
 * any work at all.
 */
function supports(p: Profile | undefined, title: string): boolean {
  if (!p) return false;
  const id = matchTitle(title);
  if (!id) {
    if (isPossessoryTitle(title)) return p.entries.some((e) => e.resp.creditHint === "directed-by" && e.degree !== "supporting");
    return p.entries.length > 0;
  }
  if (id === "executive-producer" || id === "co-executive-producer") return p.opportunityCount > 0 || p.amountRaised > 0;
  if (isProducingTitleId(id)) return p.functions.length > 0;
  const hints = id === "screenplay-by" ? ["written-by"] : id === "story-by" ? ["story-by", "written-by"] : [id];
  return p.entries.some((e) => e.resp.creditHint !== null && hints.includes(e.resp.creditHint));
}

function findings(ctx: Ctx, suggestions: readonly Suggestion[]): Finding[] {
  const { c, t, team } = ctx;
  const out: Finding[] = [];
  const nameOf = (id: string) => team.byId.get(id)?.name ?? id;
  const suggested = new Map<string, Suggestion[]>();
  for (const s of suggestions) suggested.set(s.personId, [...(suggested.get(s.personId) ?? []), s]);

  // Held titles, person by person.
  for (const credit of c.credits) {
    const p = team.byId.get(credit.personId);
    const label = heldLabel(credit.title);
    const locked = credit.status === "locked" ? " (locked, so it stays until someone unlocks it)" : "";
    if (!supports(p, credit.title)) {
      out.push(
        finding({
          id: `title-without-work:${credit.personId}:${credit.title}`,
          kind: "title-without-work",
          severity: "warning",
          message: `${nameOf(credit.personId)} holds "${label}"${locked} but no logged work supports it`,
          personIds: [credit.personId],
          responsibilityIds: [],
          title: credit.title,
        }),
      );
      continue;
    }
    const id = matchTitle(credit.title);
    if (!p || !id || !isProducingTitleId(id)) continue;
    const theirs = suggested.get(p.id) ?? [];
    if (theirs.some((s) => s.title === id)) continue;
    let why: string;
    if (id === "executive-producer" || id === "co-executive-producer") {
      const money = c.budget
        ? `${raisedText(p, c)} (Executive Producer needs ${formatPercent(t.epFinancingShare)}`
        : `no budget is recorded to weigh the money against (Executive Producer needs`;
      why = `${money}, or ${t.epMinOpportunityFunctions} opportunity functions led or shared; ${p.opportunityActive} logged)`;
      if (p.handsOnWeight > p.opportunityWeight) why += `, and most of their producing work is hands-on`;
    } else {
      const producing = theirs.filter((s) => isProducingTitleId(s.title)).map((s) => titleLabel(s.title));
      why = `their logged producing work suggests ${producing.length ? joinList(producing) : "no producing title"}`;
    }
    out.push(
      finding({
        id: `title-not-explained:${credit.personId}:${credit.title}`,
        kind: "title-not-explained",
        severity: "warning",
        message: `${p.name} holds "${label}"${locked}, but the work log doesn't explain it: ${why}`,
        personIds: [p.id],
        responsibilityIds: [],
        title: credit.title,
      }),
    );
  }

  // The same title held twice by one person.
  const heldBy = new Map<string, HeldCredit[]>();
  for (const credit of c.credits) {
    const key = `${credit.personId}\u0000${heldKey(credit.title)}`;
    heldBy.set(key, [...(heldBy.get(key) ?? []), credit]);
  }
  for (const [key, list] of heldBy) {
    if (list.length < 2) continue;
    const personId = list[0]!.personId;
    const label = heldLabel(list[0]!.title);
    const times = list.length === 2 ? "twice" : `${list.length} times`;
    out.push(
      finding({
        id: `duplicate-title:${key.replace("\u0000", ":")}`,
        kind: "duplicate-title",
        severity: "warning",
        message: `${nameOf(personId)} holds "${label}" ${times} (${list.map((h) => `"${h.title}", ${h.status}`).join("; ")}): the credits bill it once, so reject or remove the extra one`,
        personIds: [personId],
        responsibilityIds: [],
        title: label,
      }),
    );
  }

  // Substantial producing work without a producing title.
  const holdsProducing = new Set(c.credits.filter((h) => isProducingHeldTitle(h.title)).map((h) => h.personId));
  const suggestedProducing = new Set(suggestions.filter((s) => isProducingTitleId(s.title)).map((s) => s.personId));
  for (const p of team.profiles) {
    if (p.producingHours < t.substantialWorkHours && p.producingEntries < t.substantialWorkEntries) continue;
    if (suggestedProducing.has(p.id) || holdsProducing.has(p.id)) continue;
    out.push(
      finding({
        id: `work-without-title:${p.id}`,
        kind: "work-without-title",
        severity: "warning",
        message: `${p.name} logged ${plural(p.producingEntries, "producing entry", "producing entries")} (${plural(Math.round(p.producingHours), "hour")}) across ${plural(p.functions.length, "function")} but holds no producing title and none is suggested`,
        personIds: [p.id],
        responsibilityIds: p.functions.map((f) => f.resp.id),
      }),
    );
  }

  // Producing functions the project needs that nobody logged.
  const usd = budgetInUsd(c.budget, c.currency);
  const coveredIds = new Set(team.covered.map((r) => r.id));
  const coveredGroups = new Set(team.covered.map((r) => needGroup(r.id)).filter((g): g is string => g !== null));
  const uncovered = team.inScope.filter((r) => {
    if (coveredIds.has(r.id) || c.notApplicable.has(r.id)) return false;
    const group = needGroup(r.id);
    if (group !== null && coveredGroups.has(group)) return false;
    return isNeeded(r, c.kind, usd);
  });
  if (uncovered.length > 0) {
    // A group nobody covers is one need: named once, "securing distribution or self-distribution".
    const needs: string[] = [];
    const groupNames = new Map<string, string[]>();
    for (const r of uncovered) {
      const group = needGroup(r.id);
      if (group === null) needs.push(inSentence(r.name));
      else if (groupNames.has(group)) groupNames.get(group)!.push(inSentence(r.name));
      else {
        groupNames.set(group, [inSentence(r.name)]);
        needs.push(`\u0000${group}`);
      }
    }
    const words = needs.map((n) => (n.startsWith("\u0000") ? groupNames.get(n.slice(1))!.join(" or ") : n));
    out.push(
      finding({
        id: "uncovered-functions",
        kind: "uncovered-functions",
        severity: "info",
        message: `Nobody has logged ${plural(words.length, "producing function")} a project like this one needs: ${joinList(words)}`,
        personIds: [],
        responsibilityIds: uncovered.map((r) => r.id),
      }),
    );
  }

  // More Produced by than the Academy allows.
  const producers = new Set([...suggestions.filter((s) => s.title === "produced-by" && s.alternativeTo === null).map((s) => s.personId), ...c.credits.filter((h) => matchTitle(h.title) === "produced-by").map((h) => h.personId)]);
  if (producers.size > t.maxProducedBy) {
    const ids = [...producers].sort(compareText);
    out.push(
      finding({
        id: "too-many-produced-by",
        kind: "too-many-produced-by",
        severity: "warning",
        message: `${ids.length} people hold or are suggested Produced by; at most ${t.maxProducedBy} ${t.maxProducedBy === 1 ? "is" : "are"} usually allowed`,
        personIds: ids,
        responsibilityIds: [],
        title: "produced-by",
      }),
    );
  }

  // Someone alone on functions nobody else logged.
  const producingPeople = team.profiles.filter((p) => p.functions.length > 0);
  if (producingPeople.length >= 2) {
    const loggers = new Map<string, number>();
    for (const p of producingPeople) for (const f of p.functions) loggers.set(f.resp.id, (loggers.get(f.resp.id) ?? 0) + 1);
    for (const p of producingPeople) {
      const alone = p.functions.filter((f) => loggers.get(f.resp.id) === 1);
      const share = team.covered.length ? alone.length / team.covered.length : 0;
      if (alone.length < t.singlePointOfFailureMinFunctions || share < t.singlePointOfFailureShare) continue;
      out.push(
        finding({
          id: `single-point-of-failure:${p.id}`,
          kind: "single-point-of-failure",
          severity: "info",
          message: `${p.name} alone covers ${alone.length} of ${team.covered.length} producing functions (${formatPercent(share)}) that nobody else has logged: if they step away, nobody else knows ${joinList(alone.slice(0, 3).map((f) => inSentence(f.resp.name)))}${alone.length > 3 ? " and the rest" : ""}`,
          personIds: [p.id],
          responsibilityIds: alone.map((f) => f.resp.id),
        }),
      );
    }
  }
  const rank = new Map(FINDING_KINDS.map((k, i) => [k, i]));
  return out.sort((a, b) => (rank.get(a.kind) ?? 0) - (rank.get(b.kind) ?? 0) || compareText(a.id, b.id));
}

// ---------------------------------------------------------------------------------------
// The engine

/**
 * Suggests credit titles from the work people logged and reports findings about held titles
 * and the work log. Pure, deterministic, independent of input order, never throws.
 */
export function referenceSuggestCredits(input: EngineInput): EngineOutput {
  const t = resolveThresholds(isObject(input) ? input.thresholds : undefined);
  const c = clean(input);
  const team = teamOf(c, t);
  const ctx: Ctx = { c, t, team };

  const readings = new Map(team.profiles.map((p) => [p.id, producerReading(p, ctx)]));
  const producedBy = new Set(team.profiles.filter((p) => readings.get(p.id)?.kind === "produced-by" || readings.get(p.id)?.kind === "produced-by-thin").map((p) => p.id));
  const producers = new Set(producedBy);
  for (const h of c.credits) if (matchTitle(h.title) === "produced-by") producers.add(h.personId);
  const leadsOpportunity = team.profiles.filter((p) => !producedBy.has(p.id) && p.functions.some((f) => f.opportunity && f.degree === "lead"));
  const lineCandidates = team.profiles.filter((p) => readings.get(p.id)?.kind === "none" && lineProducerShape(p, t));

  const producing: Suggestion[] = [];
  for (const p of team.profiles) {
    const mine: Suggestion[] = [...producerSuggestions(p, ctx)];
    const push = (s: Suggestion | null) => {
      if (s) mine.push(s);
    };
    push(executiveProducer(p, ctx, producedBy, leadsOpportunity));
    push(lineProducer(p, ctx, lineCandidates));
    push(coProducer(p, ctx, producers, mine.some((s) => s.title === "produced-by" || s.title === "line-producer")));
    push(unitProductionManager(p, ctx, producedBy));
    push(associateProducer(p, ctx, mine.length > 0));
    push(productionCoordinator(p, mine.length > 0));
    producing.push(...mine);
  }
  const suggestions = [...producing, ...creativeSuggestions(team)].sort(
    (a, b) => titleOrder(a.title) - titleOrder(b.title) || compareText(a.personId, b.personId),
  );

  const stats: EngineStats = {
    producingFunctions: team.inScope.length,
    coveredFunctions: team.covered.length,
    beyondPhysicalProduction: team.beyondPhysical,
    byPerson: Object.fromEntries(
      team.profiles.map((p) => [
        p.id,
        {
          producingFunctions: p.functions.length,
          opportunity: p.opportunityCount,
          execution: p.executionCount,
          stageCoverage: p.stageCoverage,
          share: p.share,
          producerShare: p.producerShare,
          amountRaised: p.amountRaised,
        },
      ]),
    ),
  };
  return { suggestions, findings: findings(ctx, suggestions), stats };
}

/** Every title the engine knows, for documentation. */
export const KNOWN_TITLES = CREDIT_TITLES;
