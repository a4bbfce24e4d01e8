import { flat, formatPercent, inSentence, joinList } from "./format";
import type { CleanInput } from "./normalize";
import { cmp } from "./normalize";
import { entryCount, functionCount, functionIds, type Profiles, type ProjectScope } from "./profile";
import type { Thresholds } from "./thresholds";
import { matchTitle, PRODUCING_TITLES, titleLabel } from "./titles";
import type { Finding, FindingKind, Suggestion } from "./types";

export type FindingContext = {
  input: CleanInput;
  scope: ProjectScope;
  t: Thresholds;
  /** Everyone's profile, in people order (person input.peopleIndex.get(id)). */
  profiles: Profiles;
  suggestions: readonly Suggestion[];
  /** By person index: 1 when some suggestion for them has a title of the producing family (RuleContext). */
  suggestedProducing: Uint8Array;
};

/** Sort order of findings: by kind in this order, then by id. */
export const FINDING_KIND_ORDER: readonly FindingKind[] = [
  "title-without-work",
  "work-without-title",
  "uncovered-function",
  "too-many-executive-producers",
  "too-many-produced-by",
  "single-point-of-failure",
];

const nameOf = (ctx: FindingContext, id: string) => ctx.input.names.get(id) ?? id;

/**
 * The people suggested `title`. A function of its own: its loop runs through every suggestion
 * (thousands), and code that follows such a loop in the same function, optimised in the middle
 * of the loop before it ever ran, would be sent back to the interpreter on every call.
 */
function suggestedFor(suggestions: readonly Suggestion[], title: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < suggestions.length; i++) {
    const s = suggestions[i] as Suggestion;
    if (s.title === title) out.add(s.personId);
  }
  return out;
}

/** Whether person p logged an entry on a responsibility whose creditHint is one of `hints`. */
function loggedHint(x: Profiles, p: number, hints: ReadonlySet<string>): boolean {
  const { work, resps } = x;
  for (let k = work.start[p] as number; k < (work.start[p + 1] as number); k++) {
    const hint = (resps[work.resp[k] as number] as { creditHint: string | null }).creditHint;
    if (hint !== null && hints.has(hint)) return true;
  }
  return false;
}
const PRODUCING = new Set<string>(PRODUCING_TITLES);

/** A held title counts as producing when it maps to the producing family or says "produc…". */
function isProducingTitle(title: string): boolean {
  const id = matchTitle(title);
  return id ? PRODUCING.has(id) : /produc/i.test(title);
}

/**
 * Whether the person's entries support a held title. Executive Producer needs opportunity
 * work or money raised; other producing titles need producing work; creative titles need
 * work on a responsibility hinting that title ("Story by" also accepts writing; "Screenplay
 * by" accepts writing); an unknown title needs any work at all.
 */
function supportsTitle(x: Profiles, p: number | undefined, title: string): boolean {
  if (p === undefined) return false;
  const id = matchTitle(title);
  if (!id) return entryCount(x, p) > 0;
  if (id === "executive-producer") return (x.opportunityCount[p] as number) > 0 || (x.amountRaised[p] as number) > 0;
  if (PRODUCING.has(id)) return functionCount(x, p) > 0;
  const hints: ReadonlySet<string> =
    id === "screenplay-by" ? new Set(["written-by"]) : id === "story-by" ? new Set(["story-by", "written-by"]) : new Set([id]);
  return loggedHint(x, p, hints);
}

/** Held titles the work log does not support; locked ones are still reported, and say so. */
export function titleWithoutWork(ctx: FindingContext): Finding[] {
  return ctx.input.credits
    .filter((c) => !supportsTitle(ctx.profiles, ctx.input.peopleIndex.get(c.personId), c.title))
    .map((c) => {
      const label = matchTitle(c.title) ? titleLabel(matchTitle(c.title) as string) : c.title;
      const locked = c.status === "locked" ? " (locked, so it stays until someone unlocks it)" : "";
      return {
        id: `title-without-work:${c.personId}:${c.title}`,
        kind: "title-without-work",
        severity: "warning",
        message: flat(`${nameOf(ctx, c.personId)} holds "${label}"${locked} but no logged work supports it`),
        personIds: [c.personId],
        responsibilityIds: [],
        title: c.title,
      };
    });
}

/**
 * People with substantial producing work (>= substantialWorkHours logged hours or >=
 * substantialWorkEntries producing entries) who hold no producing title and are suggested
 * none. (A creative credit does not count: the producing work would still go unnamed.)
 */
export function workWithoutTitle(ctx: FindingContext): Finding[] {
  const held = new Set<string>(); // people holding a producing title
  for (const c of ctx.input.credits) if (isProducingTitle(c.title)) held.add(c.personId);
  const x = ctx.profiles;
  const out: Finding[] = [];
  for (let p = 0; p < x.people.length; p++) {
    const { id, name } = x.people[p] as { id: string; name: string };
    const hours = x.producingHours[p] as number;
    const entries = x.producingEntries[p] as number;
    if (hours < ctx.t.substantialWorkHours && entries < ctx.t.substantialWorkEntries) continue;
    if (ctx.suggestedProducing[p] === 1 || held.has(id)) continue;
    out.push({
      id: `work-without-title:${id}`,
      kind: "work-without-title",
      severity: "warning",
      message: flat(`${name} logged ${entries} producing entries (${Math.round(hours)} hours) across ${functionCount(x, p)} functions but holds no producing title and none is suggested`),
      personIds: [id],
      responsibilityIds: functionIds(x, p),
    });
  }
  return out;
}

/** Producing functions in scope (see projectScope) that nobody logged. */
export function uncoveredFunctions(ctx: FindingContext): Finding[] {
  const covered = new Set(ctx.scope.covered);
  return ctx.scope.inScope
    .filter((id) => !covered.has(id))
    .map((id) => {
      const name = ctx.input.responsibilities.get(id)?.name ?? id;
      return {
        id: `uncovered-function:${id}`,
        kind: "uncovered-function",
        severity: "info",
        message: `Nobody has logged ${inSentence(name)} yet`,
        personIds: [],
        responsibilityIds: [id],
      };
    });
}

/** More people hold Executive Producer than the work log explains (people the EP rule suggests). */
export function tooManyExecutiveProducers(ctx: FindingContext): Finding[] {
  const held = [...new Set(ctx.input.credits.filter((c) => matchTitle(c.title) === "executive-producer").map((c) => c.personId))];
  if (held.length === 0) return []; // nobody holds it: nothing to explain (and no pass over the suggestions)
  const explained = suggestedFor(ctx.suggestions, "executive-producer");
  if (held.length <= explained.size) return [];
  const unexplained = held.filter((id) => !explained.has(id)).sort(cmp);
  return [
    {
      id: "too-many-executive-producers",
      kind: "too-many-executive-producers",
      severity: "warning",
      message: `${held.length} people hold Executive Producer but financing and opportunity work explains ${explained.size}; unexplained: ${joinList(unexplained.map((id) => nameOf(ctx, id)))}`,
      personIds: unexplained,
      responsibilityIds: [],
      title: "executive-producer",
    },
  ];
}

/** More than maxProducedBy people hold or are suggested Produced by (the Academy's limit). */
export function tooManyProducedBy(ctx: FindingContext): Finding[] {
  const people = suggestedFor(ctx.suggestions, "produced-by");
  for (const c of ctx.input.credits) if (matchTitle(c.title) === "produced-by") people.add(c.personId);
  if (people.size <= ctx.t.maxProducedBy) return [];
  const ids = [...people].sort(cmp);
  return [
    {
      id: "too-many-produced-by",
      kind: "too-many-produced-by",
      severity: "warning",
      message: `${ids.length} people hold or are suggested Produced by; at most ${ctx.t.maxProducedBy} are usually allowed`,
      personIds: ids,
      responsibilityIds: [],
      title: "produced-by",
    },
  ];
}

/**
 * One person covers >= singlePointOfFailureShare of the covered producing functions (any
 * degree), once the project covers >= singlePointOfFailureMinFunctions of them.
 */
export function singlePointOfFailure(ctx: FindingContext): Finding[] {
  const covered = ctx.scope.covered.length;
  if (covered < ctx.t.singlePointOfFailureMinFunctions) return [];
  const x = ctx.profiles;
  const out: Finding[] = [];
  for (let p = 0; p < x.people.length; p++) {
    const count = functionCount(x, p);
    const share = count / covered;
    if (share < ctx.t.singlePointOfFailureShare) continue;
    const { id, name } = x.people[p] as { id: string; name: string };
    out.push({
      id: `single-point-of-failure:${id}`,
      kind: "single-point-of-failure",
      severity: "info",
      message: flat(`${name} covers ${count} of ${covered} producing functions (${formatPercent(share)}): if they step away, most producing work has no one else`),
      personIds: [id],
      responsibilityIds: functionIds(x, p),
    });
  }
  return out;
}

const KIND_RANK: ReadonlyMap<FindingKind, number> = new Map(FINDING_KIND_ORDER.map((k, i) => [k, i]));

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) || cmp(a.id, b.id));
}
