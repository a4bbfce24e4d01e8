import { TextMemo } from "./columns/text-memo";
import { findings } from "./findings";
import { flatReasons } from "./format";
import { cmp, normalizeInput } from "./normalize";
import { suggestAssociateProducer } from "./rules/associate-producer";
import { suggestCoProducer } from "./rules/co-producer";
import { hasLineProducerShape, type RuleContext } from "./rules/context";
import { suggestCreativeCredits } from "./rules/creative";
import { suggestExecutiveProducer } from "./rules/executive-producer";
import { suggestLineProducer } from "./rules/line-producer";
import { producerReading, producerSuggestions, readsProducedBy, type ProducerReading } from "./rules/produced-by";
import { suggestProductionCoordinator } from "./rules/production-coordinator";
import { suggestUnitProductionManager } from "./rules/unit-production-manager";
import { Team } from "./team";
import { resolveThresholds } from "./thresholds";
import { matchTitle, titleOrder } from "./titles";
import type { EngineInput, EngineOutput, EngineStats, PersonStats, Suggestion } from "./types";

export type { Degree, EngineInput, EngineOutput, EngineStats, Finding, PersonStats, Reason, Suggestion, WorkEntryInput } from "./types";

/**
 * The producing titles, person by person, as the reference engine decides them: each person's
 * producer reading first (Produced by, or Line Producer with Produced by as the alternative),
 * which says who the producers are; then Executive Producer, Line Producer, Co-Producer, UPM,
 * and last Associate Producer and Production Coordinator, which apply only when no other
 * producing title fits.
 */
function producingSuggestions(ctx: RuleContext): Suggestion[] {
  const { team, t } = ctx;
  const readings: ProducerReading[] = [];
  for (let p = 0; p < team.count; p++) readings.push(producerReading(p, ctx));
  const producedBy = (p: number) => readsProducedBy(readings[p] as ProducerReading);

  // Who holds or is suggested Produced by (Co-Producer needs someone else to be).
  const producers = new Set<string>();
  for (let p = 0; p < team.count; p++) if (producedBy(p)) producers.add(team.id(p));
  for (const h of team.input.credits) if (matchTitle(h.title) === "produced-by") producers.add(h.personId);
  // Line Producer candidates: no producer reading, and the Line Producer's shape; the most execution functions any of them leads.
  const lineCandidate = (p: number) => (readings[p] as ProducerReading).kind === "none" && hasLineProducerShape(team, p, t);
  let mostLed = 0;
  for (let p = 0; p < team.count; p++) if (lineCandidate(p)) mostLed = Math.max(mostLed, team.ledExecutionCount(p));
  // People leading opportunity work who are not producers (series: the EPs a Co-EP shares with), listed once if asked.
  let leading: number[] | null = null;
  const othersLeading = () => (leading ??= peopleWhere(team, (q) => !producedBy(q) && team.leadsOpportunity(q)));

  const out: Suggestion[] = [];
  const mine: Suggestion[] = [];
  for (let p = 0; p < team.count; p++) {
    mine.length = 0;
    const reading = readings[p] as ProducerReading;
    if (reading.kind !== "none") mine.push(...producerSuggestions(p, reading, ctx));
    pushIf(mine, suggestExecutiveProducer(p, ctx, producedBy(p), othersLeading));
    pushIf(mine, suggestLineProducer(p, ctx, lineCandidate(p), mostLed));
    pushIf(mine, suggestCoProducer(p, ctx, producers, hasTitle(mine, "produced-by") || hasTitle(mine, "line-producer")));
    pushIf(mine, suggestUnitProductionManager(p, ctx, producedBy(p)));
    pushIf(mine, suggestAssociateProducer(p, ctx, mine.length > 0));
    pushIf(mine, suggestProductionCoordinator(p, ctx, mine.length > 0));
    // Texts flattened as soon as they are made, before a garbage collection copies their pieces.
    for (const s of mine) out.push(flatReasons(s));
  }
  return out;
}

function pushIf(list: Suggestion[], s: Suggestion | null): void {
  if (s) list.push(s);
}

function hasTitle(list: readonly Suggestion[], title: string): boolean {
  for (const s of list) if (s.title === title) return true;
  return false;
}

function peopleWhere(team: Team, test: (p: number) => boolean): number[] {
  const out: number[] = [];
  for (let p = 0; p < team.count; p++) if (test(p)) out.push(p);
  return out;
}

/**
 * By title order, then person id; ties keep their order (a stable sort). Each list comes in
 * people order — the rules go person by person, and people are sorted by id — so a title's
 * bucket filled from one list is sorted already; only a bucket filled from both lists (a
 * creative hint naming a producing title, say) is checked, and sorted by person id if need be.
 */
function sortSuggestions(...lists: (readonly Suggestion[])[]): Suggestion[] {
  const buckets: Suggestion[][] = [];
  const filledBy: number[] = []; // per bucket: the list that filled it, or -1 when more than one did
  let total = 0;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as readonly Suggestion[];
    total += list.length;
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as Suggestion;
      const o = titleOrder(s.title);
      while (buckets.length <= o) {
        buckets.push([]);
        filledBy.push(l);
      }
      const bucket = buckets[o] as Suggestion[];
      if (bucket.length === 0) filledBy[o] = l;
      else if (filledBy[o] !== l) filledBy[o] = -1;
      bucket.push(s);
    }
  }
  const out = new Array<Suggestion>(total); // allocated at its size: it is the output
  let n = 0;
  for (let o = 0; o < buckets.length; o++) {
    const bucket = buckets[o] as Suggestion[];
    if (filledBy[o] === -1) {
      let sorted = true;
      for (let i = 1; i < bucket.length && sorted; i++) sorted = cmp((bucket[i - 1] as Suggestion).personId, (bucket[i] as Suggestion).personId) <= 0;
      if (!sorted) bucket.sort((a, b) => cmp(a.personId, b.personId)); // stable, as the whole sort was
    }
    for (let i = 0; i < bucket.length; i++) out[n++] = bucket[i] as Suggestion;
  }
  return out;
}

function stats(team: Team): EngineStats {
  const byPerson: Record<string, PersonStats> = {};
  for (let p = 0; p < team.count; p++) {
    const figures: PersonStats = {
      producingFunctions: team.functionCount(p),
      opportunity: team.opportunityCount(p),
      execution: team.executionCount(p),
      stageCoverage: team.stageCoverage(p),
      share: team.share(p),
      producerShare: team.producerShare(p),
      amountRaised: team.amountRaised(p),
    };
    const id = team.id(p);
    // A person id "__proto__" is a key like any other: assigning it would set the prototype.
    if (id === "__proto__") Object.defineProperty(byPerson, id, { value: figures, enumerable: true, writable: true, configurable: true });
    else byPerson[id] = figures;
  }
  return { producingFunctions: team.inScopeCount, coveredFunctions: team.coveredCount, beyondPhysicalProduction: team.beyondPhysical, byPerson };
}

/**
 * Suggests credit titles from the work people logged and reports findings about held titles
 * and the work log. The rules are the reference engine's (lib/credits/reference.ts, the
 * specification), and the output is exactly its output (tests/lib/credits/differential.test.ts).
 * Pure: plain data in, plain data out; never throws on odd data (bad rows are skipped, bad
 * numbers zeroed). Deterministic and independent of input order.
 *
 * Fast: the work log becomes typed-array columns grouped by person (columns/work-table.ts),
 * everyone's figures come from one pass over them (columns/profiles.ts), and the rules read
 * them through a Team's named accessors (team.ts); no object per entry or function, no sort of
 * all entries, reason texts that repeat worded once (TextMemo). `npm run bench` times it on
 * 100,000 entries of 5,000 people.
 */
export function suggestCredits(input: EngineInput): EngineOutput {
  const t = resolveThresholds(typeof input === "object" && input !== null ? input.thresholds : undefined);
  const team = new Team(normalizeInput(input), t);
  const ctx: RuleContext = { team, t, texts: new TextMemo() };
  const suggestions = sortSuggestions(producingSuggestions(ctx), suggestCreativeCredits(ctx));
  return { suggestions, findings: findings(team, t, suggestions), stats: stats(team) };
}
