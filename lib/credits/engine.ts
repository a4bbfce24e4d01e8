import {
  singlePointOfFailure,
  sortFindings,
  titleWithoutWork,
  tooManyExecutiveProducers,
  tooManyProducedBy,
  uncoveredFunctions,
  workWithoutTitle,
  type FindingContext,
} from "./findings";
import { flatReasons } from "./format";
import { normalizeInput, cmp } from "./normalize";
import { analyzeWork, functionCount } from "./profile";
import { suggestAssociateProducer } from "./rules/associate-producer";
import { suggestCoProducer } from "./rules/co-producer";
import { TextMemo, type RuleContext } from "./rules/context";
import { suggestCreativeCredits } from "./rules/creative";
import { suggestExecutiveProducer } from "./rules/executive-producer";
import { suggestLineProducer } from "./rules/line-producer";
import { suggestProducedBy } from "./rules/produced-by";
import { suggestProductionCoordinator } from "./rules/production-coordinator";
import { suggestUnitProductionManager } from "./rules/unit-production-manager";
import { resolveThresholds } from "./thresholds";
import { matchTitle, titleOrder } from "./titles";
import type { EngineInput, EngineOutput, EngineStats, Suggestion } from "./types";

export type {
  Degree,
  EngineInput,
  EngineOutput,
  EngineStats,
  Finding,
  PersonStats,
  Reason,
  Suggestion,
  WorkEntryInput,
} from "./types";

/**
 * Producing-title suggestions, person by person. Order matters only through explicit
 * inputs: Produced by first (Co-Producer and Line Producer look at who the producers are),
 * then EP, Co-Producer, Line Producer, UPM; Associate Producer and Production Coordinator
 * last, because they apply only when no other producing title fits.
 */
function producingSuggestions(ctx: RuleContext): Suggestion[] {
  const people = ctx.profiles.people.length;
  const producedBy: Suggestion[] = [];
  for (let p = 0; p < people; p++) {
    const s = suggestProducedBy(p, ctx);
    if (s) {
      producedBy.push(flatReasons(s));
      ctx.suggestedProducing[p] = 1;
    }
  }
  const suggestedProducers: ReadonlySet<string> = new Set(producedBy.map((s) => s.personId));
  const producers = new Set(suggestedProducers);
  for (const c of ctx.input.credits) if (matchTitle(c.title) === "produced-by") producers.add(c.personId);
  const out: Suggestion[] = [...producedBy];
  for (let p = 0; p < people; p++) {
    const ep = suggestExecutiveProducer(p, ctx);
    const co = suggestCoProducer(p, ctx, producers);
    const lp = suggestLineProducer(p, ctx, producers);
    const upm = suggestUnitProductionManager(p, ctx);
    // suggestedProducing[p] is 1 here only for a Produced by suggestion (the rules below run
    // person by person, and the creative rule runs after this function).
    const hasAny = ctx.suggestedProducing[p] === 1 || ep !== null || co !== null || lp !== null || upm !== null;
    const ap = suggestAssociateProducer(p, ctx, hasAny);
    const pc = suggestProductionCoordinator(p, ctx, hasAny);
    if (hasAny || ap !== null || pc !== null) ctx.suggestedProducing[p] = 1;
    // Texts flattened as soon as they are made, before a garbage collection copies their pieces.
    if (ep) out.push(flatReasons(ep));
    if (co) out.push(flatReasons(co));
    if (lp) out.push(flatReasons(lp));
    if (upm) out.push(flatReasons(upm));
    if (ap) out.push(flatReasons(ap));
    if (pc) out.push(flatReasons(pc));
  }
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

function stats(ctx: RuleContext): EngineStats {
  const x = ctx.profiles;
  // Everything but byPerson read before the loop: code after a long loop, optimised while the
  // loop ran and before it ever did, deoptimises on every call.
  const producingFunctions = ctx.scope.inScope.length;
  const coveredFunctions = ctx.scope.covered.length;
  const byPerson: EngineStats["byPerson"] = {};
  for (let p = 0; p < x.people.length; p++) {
    byPerson[(x.people[p] as { id: string }).id] = {
      producingFunctions: functionCount(x, p),
      opportunity: x.opportunityCount[p] as number,
      execution: x.executionCount[p] as number,
      stageCoverage: x.stageCoverage[p] as number,
      share: x.share[p] as number,
      amountRaised: x.amountRaised[p] as number,
    };
  }
  return { producingFunctions, coveredFunctions, byPerson };
}

/**
 * Suggests credit titles from the work people logged and reports findings about held
 * titles. Pure: plain data in, plain data out; never throws on odd data (bad rows are
 * skipped, bad numbers zeroed). Deterministic and independent of input order: inputs are
 * canonicalised (people sorted, ids de-duplicated, work grouped by person with every sum
 * taken in an order-free way — see WorkTable in normalize.ts); cited entry ids are sorted;
 * suggestions sort by title order then person id, findings by kind (FINDING_KIND_ORDER)
 * then id.
 *
 * Cost: linear in the entries apart from small per-person sorts — no object per entry, no
 * object per person or function either (profiles are columns, see Profiles), no sort of all
 * entries; reason texts that repeat are worded once (TextMemo). `npm run bench` times it on
 * 100,000 entries of 5,000 people.
 */
export function suggestCredits(input: EngineInput): EngineOutput {
  const t = resolveThresholds(input?.thresholds);
  const clean = normalizeInput(input);
  const { scope, profiles } = analyzeWork(clean, t);
  const ctx: RuleContext = {
    input: clean,
    scope,
    t,
    profiles,
    texts: new TextMemo(),
    suggestedProducing: new Uint8Array(profiles.people.length),
  };
  const suggestions = sortSuggestions(producingSuggestions(ctx), suggestCreativeCredits(ctx));
  const fctx: FindingContext = {
    input: clean,
    scope,
    t,
    profiles,
    suggestions,
    suggestedProducing: ctx.suggestedProducing,
  };
  const findings = sortFindings([
    ...titleWithoutWork(fctx),
    ...workWithoutTitle(fctx),
    ...uncoveredFunctions(fctx),
    ...tooManyExecutiveProducers(fctx),
    ...tooManyProducedBy(fctx),
    ...singlePointOfFailure(fctx),
  ]);
  return { suggestions, findings, stats: stats(ctx) };
}
