import type { Responsibility, WorkStage } from "@/lib/work/taxonomy";
import {
  buildProfiles,
  EXECUTION_LANE,
  LEAD,
  OPPORTUNITY_LANE,
  PHYSICAL_STAGES,
  STAGE_COUNT,
  SUPPORTING,
  type ProfileColumns,
} from "./columns/profiles";
import { DEGREE_ORDER, inIdOrder, STAGE_ORDER, type WorkTable } from "./columns/work-table";
import { joinList, round6 } from "./format";
import type { CleanInput } from "./normalize";
import type { Thresholds } from "./thresholds";
import type { Degree } from "./types";

/**
 * One of a person's producing functions (all their entries on one producing responsibility),
 * as a handle for the Team's accessors (team.degreeOf(f), team.functionName(f)…). A person's
 * functions come in responsibility-id order, as the reference engine lists them.
 */
export type PersonFunction = number;

/**
 * One creative credit a person's lead or equal work supports: all their entries on
 * responsibilities with one credit hint (team.creditHint(c), team.creditDegree(c)…).
 */
export type CreditedWork = number;

const VERBS: Readonly<Record<Degree, string>> = { lead: "led", equal: "shared", supporting: "supported" };

/** Every stage set, by bit set: 32 frozen lists shared by all people (no list per person). */
const STAGE_SETS: readonly (readonly WorkStage[])[] = Array.from({ length: 1 << STAGE_COUNT }, (_, mask) =>
  Object.freeze(STAGE_ORDER.filter((_s, i) => mask & (1 << i))),
);

/** Scratch for entryIds: 1 at the ranks of the functions asked for, 0 elsewhere between calls. */
let wanted = new Uint8Array(128);

/**
 * The project's people and their work, summed up — the reference engine's Team and Profiles
 * (lib/credits/reference.ts) behind named accessors. A person is an index (people sorted by
 * id); the figures live in typed-array columns (columns/profiles.ts) that only this class
 * reads, so the rules read like the reference and never touch a column.
 */
export class Team {
  /** People on the project: person p is 0 … count - 1. */
  readonly count: number;
  /** Producing functions someone logged, and those of the opportunity and execution lanes. */
  readonly coveredCount: number;
  readonly coveredOpportunity: number;
  readonly coveredExecution: number;
  private readonly x: ProfileColumns;
  private readonly work: WorkTable;
  private readonly resps: readonly Responsibility[];
  private readonly people: readonly { id: string; name: string }[];
  private readonly index: ReadonlyMap<string, number>;
  /** Responsibility id → rank (position in the responsibility list). */
  private readonly rankById: ReadonlyMap<string, number>;
  /** The highest producer share of anyone with hands-on work beyond physical production (-1: nobody). */
  private readonly topShareBeyondShoot: number;

  constructor(
    readonly input: CleanInput,
    t: Thresholds,
  ) {
    this.people = input.people;
    this.index = input.peopleIndex;
    this.count = input.people.length;
    this.work = input.work;
    this.resps = input.responsibilityList;
    this.rankById = new Map(input.responsibilityList.map((r, i) => [r.id, i]));
    this.x = buildProfiles(input.work, input.responsibilityList, this.count, t);
    let opportunity = 0;
    let execution = 0;
    for (const ri of this.x.covered) {
      if (this.x.lane[ri] === OPPORTUNITY_LANE) opportunity += 1;
      else if (this.x.lane[ri] === EXECUTION_LANE) execution += 1;
    }
    this.coveredCount = this.x.covered.length;
    this.coveredOpportunity = opportunity;
    this.coveredExecution = execution;
    let top = -1;
    for (let p = 0; p < this.count; p++) {
      if (this.handsOnActive(p) > 0 && !this.isPhysicalOnly(p)) top = Math.max(top, this.producerShare(p));
    }
    this.topShareBeyondShoot = top;
  }

  // -------------------------------------------------------------------------------------
  // The project

  get budget(): number | null {
    return this.input.budget;
  }

  get currency(): string {
    return this.input.currency;
  }

  /** A series or an episode of one (Co-Executive Producer is a series title). */
  get isSeries(): boolean {
    return this.input.kind === "series" || this.input.kind === "episode";
  }

  /** Everyone on the project (the crew size). */
  get crewSize(): number {
    return this.count;
  }

  /** Some producing entry (anyone's, any degree) is in development, post-production or marketing and distribution. */
  get beyondPhysical(): boolean {
    return (this.x.producingStages & ~PHYSICAL_STAGES) !== 0;
  }

  /** Producing functions someone logged or whose stages the project's work reaches. */
  get inScopeCount(): number {
    return this.x.inScope.length;
  }

  /** Producing functions someone logged, sorted by id. */
  coveredResponsibilities(): Responsibility[] {
    return this.x.covered.map((ri) => this.resps[ri] as Responsibility);
  }

  /** Producing functions someone logged or whose stages the project's work reaches, sorted by id. */
  inScopeResponsibilities(): Responsibility[] {
    return this.x.inScope.map((ri) => this.resps[ri] as Responsibility);
  }

  // -------------------------------------------------------------------------------------
  // A person

  id(p: number): string {
    return (this.people[p] as { id: string }).id;
  }

  name(p: number): string {
    return (this.people[p] as { name: string }).name;
  }

  /** The person with this id, or undefined when they are not on the project. */
  indexOf(personId: string): number | undefined {
    return this.index.get(personId);
  }

  /** "Ann", "Ann and Bo", "Ann, Bo and Cy". */
  namesOf(people: readonly number[]): string {
    return joinList(people.map((p) => this.name(p)));
  }

  /** Entries logged (any responsibility). */
  entryCount(p: number): number {
    return (this.work.start[p + 1] as number) - (this.work.start[p] as number);
  }

  functionCount(p: number): number {
    return (this.x.fnStart[p + 1] as number) - (this.x.fnStart[p] as number);
  }

  opportunityCount(p: number): number {
    return this.x.opportunityCount[p] as number;
  }

  executionCount(p: number): number {
    return this.x.executionCount[p] as number;
  }

  /** Opportunity functions led or shared. */
  opportunityActive(p: number): number {
    return this.x.opportunityActive[p] as number;
  }

  /** Hands-on functions (producing, not opportunity) led or shared. */
  handsOnActive(p: number): number {
    return this.x.handsOnActive[p] as number;
  }

  /** Functions led or shared (the rest only supporting). */
  activeFunctionCount(p: number): number {
    return this.opportunityActive(p) + this.handsOnActive(p);
  }

  /** Leads some opportunity function. */
  leadsOpportunity(p: number): boolean {
    return (this.x.opportunityLed[p] as number) > 0;
  }

  /** Execution functions led (the Line Producer's count). */
  ledExecutionCount(p: number): number {
    return this.x.executionLed[p] as number;
  }

  /** Σ degree weights of the person's producing functions; of the opportunity ones; of the hands-on ones. */
  weightedFunctions(p: number): number {
    return this.x.weightedFunctions[p] as number;
  }

  opportunityWeight(p: number): number {
    return this.x.opportunityWeight[p] as number;
  }

  handsOnWeight(p: number): number {
    return this.x.handsOnWeight[p] as number;
  }

  /** Degree-weighted share of the project's covered producing functions (0–1). */
  share(p: number): number {
    return this.x.share[p] as number;
  }

  /** PGA-weighted coverage (0–100) of the stages of their producing work. */
  stageCoverage(p: number): number {
    return this.x.stageCoverage[p] as number;
  }

  /** Their share of the project's hands-on producing work, stage by stage (0–1). */
  producerShare(p: number): number {
    return this.x.producerShare[p] as number;
  }

  amountRaised(p: number): number {
    return this.x.amountRaised[p] as number;
  }

  /** Money raised ÷ the budget (0 without a budget). */
  financingShare(p: number): number {
    const budget = this.input.budget;
    return budget ? round6(this.amountRaised(p) / budget) : 0;
  }

  producingHours(p: number): number {
    return this.x.producingHours[p] as number;
  }

  producingEntries(p: number): number {
    return this.x.producingEntries[p] as number;
  }

  /** Stages of their producing entries, in production order. */
  stages(p: number): readonly WorkStage[] {
    return STAGE_SETS[this.x.stageMask[p] as number] as readonly WorkStage[];
  }

  /** Leads or shares hands-on producing work, and all of it in pre-production and production. */
  isPhysicalOnly(p: number): boolean {
    const stages = this.x.handsOnActiveStages[p] as number;
    return stages !== 0 && (stages & ~PHYSICAL_STAGES) === 0;
  }

  /** Some of their producing entries are in development, post-production or marketing and distribution. */
  worksBeyondPhysical(p: number): boolean {
    return ((this.x.stageMask[p] as number) & ~PHYSICAL_STAGES) !== 0;
  }

  /** Leads execution work in both pre-production and production. */
  leadsExecutionInPrepAndShoot(p: number): boolean {
    return ((this.x.ledExecutionStages[p] as number) & PHYSICAL_STAGES) === PHYSICAL_STAGES;
  }

  /**
   * Whether someone other than p, with hands-on work led or shared beyond physical production,
   * carries a larger producer share. (p itself must be physical-only: then it is not one of them.)
   */
  hasStrongerProducerThan(p: number): boolean {
    return this.topShareBeyondShoot > this.producerShare(p);
  }

  /** Those people, in people order. */
  strongerProducersThan(p: number): number[] {
    const out: number[] = [];
    for (let q = 0; q < this.count; q++) {
      if (q !== p && this.handsOnActive(q) > 0 && !this.isPhysicalOnly(q) && this.producerShare(q) > this.producerShare(p)) out.push(q);
    }
    return out;
  }

  /** People other than p with producing entries beyond physical production, in people order. */
  othersBeyondPhysical(p: number): number[] {
    const out: number[] = [];
    for (let q = 0; q < this.count; q++) if (q !== p && this.worksBeyondPhysical(q)) out.push(q);
    return out;
  }

  /** Logged an entry, at any degree (or only lead/equal when `activeOnly`), on a responsibility whose creditHint is one of `hints`. */
  loggedHint(p: number, hints: ReadonlySet<string>, activeOnly = false): boolean {
    const { start, resp, degree } = this.work;
    for (let k = start[p] as number; k < (start[p + 1] as number); k++) {
      if (activeOnly && degree[k] === SUPPORTING) continue;
      const hint = (this.resps[resp[k] as number] as Responsibility).creditHint;
      if (hint !== null && hints.has(hint)) return true;
    }
    return false;
  }

  // -------------------------------------------------------------------------------------
  // A person's producing functions

  /** All their producing functions, by responsibility id. */
  functionsOf(p: number): PersonFunction[] {
    const first = this.x.fnStart[p] as number;
    const out = new Array<PersonFunction>((this.x.fnStart[p + 1] as number) - first);
    for (let j = 0; j < out.length; j++) out[j] = first + j;
    return out;
  }

  /** Their opportunity functions, by responsibility id. */
  opportunityFunctionsOf(p: number): PersonFunction[] {
    return this.functionsOf(p).filter((f) => this.isOpportunity(f));
  }

  /** Their execution functions with lead as the strongest degree, by responsibility id. */
  ledExecutionOf(p: number): PersonFunction[] {
    return this.functionsOf(p).filter((f) => this.isExecution(f) && this.isLead(f));
  }

  /** Whether every one of their functions passes `test` (true for nobody's functions). */
  everyFunction(p: number, test: (f: PersonFunction) => boolean): boolean {
    for (let f = this.x.fnStart[p] as number; f < (this.x.fnStart[p + 1] as number); f++) if (!test(f)) return false;
    return true;
  }

  /** Their function on the responsibility `id`, or -1. */
  functionOn(p: number, id: string): PersonFunction {
    const rank = this.rankById.get(id);
    if (rank === undefined) return -1;
    for (let f = this.x.fnStart[p] as number; f < (this.x.fnStart[p + 1] as number); f++) if (this.x.fnRank[f] === rank) return f;
    return -1;
  }

  responsibilityId(f: PersonFunction): string {
    return (this.resps[this.x.fnRank[f] as number] as Responsibility).id;
  }

  /** The responsibility's name as a sentence words it ("securing financing"). */
  functionName(f: PersonFunction): string {
    return this.x.sentenceName[this.x.fnRank[f] as number] as string;
  }

  /** The strongest degree logged on it. */
  degreeOf(f: PersonFunction): Degree {
    return DEGREE_ORDER[this.x.fnDegree[f] as number] as Degree;
  }

  isLead(f: PersonFunction): boolean {
    return this.x.fnDegree[f] === LEAD;
  }

  /** Led or shared (not only supporting). */
  isActive(f: PersonFunction): boolean {
    return this.x.fnDegree[f] !== SUPPORTING;
  }

  isOpportunity(f: PersonFunction): boolean {
    return this.x.lane[this.x.fnRank[f] as number] === OPPORTUNITY_LANE;
  }

  isExecution(f: PersonFunction): boolean {
    return this.x.lane[this.x.fnRank[f] as number] === EXECUTION_LANE;
  }

  tracksAmount(f: PersonFunction): boolean {
    return (this.resps[this.x.fnRank[f] as number] as Responsibility).tracksAmount;
  }

  /** Money raised on it (rounded). */
  raisedOn(f: PersonFunction): number {
    return round6(this.x.fnAmountRaised[f] as number);
  }

  /** How many people logged the function's responsibility. */
  loggersOf(f: PersonFunction): number {
    return this.x.loggers[this.x.fnRank[f] as number] as number;
  }

  /** How many of their functions nobody else logged. */
  unsharedFunctionCount(p: number): number {
    let n = 0;
    for (let f = this.x.fnStart[p] as number; f < (this.x.fnStart[p + 1] as number); f++) if (this.loggersOf(f) === 1) n += 1;
    return n;
  }

  /** A small number naming the function's responsibility and strongest degree, for texts worded once per call. */
  functionKey(f: PersonFunction): number {
    return (this.x.fnRank[f] as number) * 3 + (this.x.fnDegree[f] as number);
  }

  /** "led hiring crew and scheduling; shared logistics" — the functions in the given order, grouped by degree. */
  functionsText(fs: readonly PersonFunction[]): string {
    const parts: string[] = [];
    for (let d = 0; d < DEGREE_ORDER.length; d++) {
      const names: string[] = [];
      for (const f of fs) if (this.x.fnDegree[f] === d) names.push(this.functionName(f));
      if (names.length > 0) parts.push(`${VERBS[DEGREE_ORDER[d] as Degree]} ${joinList(names)}`);
    }
    return parts.join("; ");
  }

  /**
   * The ids of person p's entries behind the functions (only those with money raised when
   * `moneyOnly`), sorted. Computed only when a reason cites them.
   */
  entryIds(p: number, fs: readonly PersonFunction[], moneyOnly = false): string[] {
    const { x, work } = this;
    if (fs.length === 0) return [];
    if (fs.length === 1 && x.fnEntries[fs[0] as number] === 1) {
      // One function with one entry (the usual case for a single function): no sort, no scan.
      const k = x.fnFirst[fs[0] as number] as number;
      return !moneyOnly || (work.amount[k] as number) > 0 ? [work.idAt[k] as string] : [];
    }
    inIdOrder(work, p); // so the ids come out sorted
    const { idAt, resp, amount, idOrder } = work;
    // Which responsibilities are wanted, by rank: a scratch array shared by all calls (set here,
    // cleared before returning), so a call allocates nothing but its result.
    let maxRank = 0;
    for (let j = 0; j < fs.length; j++) maxRank = Math.max(maxRank, x.fnRank[fs[j] as number] as number);
    if (wanted.length <= maxRank) wanted = new Uint8Array(Math.max(maxRank + 1, wanted.length * 2));
    for (let j = 0; j < fs.length; j++) wanted[x.fnRank[fs[j] as number] as number] = 1;
    // Counted first, so the list is allocated at its size (it stays in the output: no spare room).
    const first = work.start[p] as number;
    const end = work.start[p + 1] as number;
    let count = 0;
    for (let k = first; k < end; k++) if (wanted[resp[k] as number] === 1 && (!moneyOnly || (amount[k] as number) > 0)) count += 1;
    const out = new Array<string>(count);
    for (let j = first, n = 0; n < count; j++) {
      const k = idOrder[j] as number;
      if (wanted[resp[k] as number] === 1 && (!moneyOnly || (amount[k] as number) > 0)) out[n++] = idAt[k] as string;
    }
    for (let j = 0; j < fs.length; j++) wanted[x.fnRank[fs[j] as number] as number] = 0;
    return out;
  }

  // -------------------------------------------------------------------------------------
  // A person's creative credits

  /** The creative credits their lead or equal work supports (a credit hint naming a known title), in the order first logged. */
  creditedWorkOf(p: number): CreditedWork[] {
    const out: CreditedWork[] = [];
    for (let c = this.x.creditedStart[p] as number; c < (this.x.creditedStart[p + 1] as number); c++) out.push(c);
    return out;
  }

  /** Writes (a "written-by" hint) / has story work (a "story-by" hint), led or shared. */
  writes(p: number): boolean {
    return this.hasCreditHint(p, "written-by");
  }

  hasStoryWork(p: number): boolean {
    return this.hasCreditHint(p, "story-by");
  }

  private hasCreditHint(p: number, hint: string): boolean {
    for (let c = this.x.creditedStart[p] as number; c < (this.x.creditedStart[p + 1] as number); c++) if (this.x.creditedHint[c] === hint) return true;
    return false;
  }

  creditHint(c: CreditedWork): string {
    return this.x.creditedHint[c] as string;
  }

  /** The strongest degree logged on it: lead or equal. */
  creditDegree(c: CreditedWork): Degree {
    return DEGREE_ORDER[this.x.creditedDegree[c] as number] as Degree;
  }

  /**
   * The entries behind a credit (ids sorted) and the distinct names of their responsibilities,
   * as sentences word them, sorted; `rank` is the responsibility when there is only one name
   * (for texts worded once per call), else -1.
   */
  creditedEntries(p: number, c: CreditedWork): { entryIds: string[]; names: string[]; rank: number } {
    const { x, work } = this;
    if (x.creditedEntries[c] === 1) {
      // A single entry (the usual case): its id and its responsibility's name, no sort, no scan.
      const k = x.creditedFirst[c] as number;
      const rank = work.resp[k] as number;
      return { entryIds: [work.idAt[k] as string], names: [x.sentenceName[rank] as string], rank };
    }
    inIdOrder(work, p); // so the ids come out sorted
    const hint = x.creditedHint[c] as string;
    const { idAt, resp, idOrder } = work;
    const first = work.start[p] as number;
    // Their list allocated at its size (it stays in the output), counted by buildProfiles.
    const count = x.creditedEntries[c] as number;
    const entryIds = new Array<string>(count);
    const names: string[] = [];
    let rank = -1;
    for (let j = first, n = 0; n < count; j++) {
      const k = idOrder[j] as number;
      const ri = resp[k] as number;
      if ((this.resps[ri] as Responsibility).creditHint !== hint || work.degree[k] === SUPPORTING) continue;
      entryIds[n++] = idAt[k] as string;
      const name = x.sentenceName[ri] as string;
      if (!names.includes(name)) {
        names.push(name);
        rank = names.length === 1 ? ri : -1;
      }
    }
    names.sort();
    return { entryIds, names, rank };
  }
}
