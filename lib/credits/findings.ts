import { flat, formatPercent, inSentence, joinList } from "./format";
import type { CleanInput } from "./normalize";
import { cmp } from "./normalize";
import type { PersonProfile, ProjectScope } from "./profile";
import type { Thresholds } from "./thresholds";
import { matchTitle, PRODUCING_TITLES, titleLabel } from "./titles";
import type { Finding, FindingKind, Suggestion } from "./types";

export type FindingContext = {
  input: CleanInput;
  scope: ProjectScope;
  t: Thresholds;
  /** One per person, in people order (profiles[input.peopleIndex.get(id)]). */
  profiles: readonly PersonProfile[];
  suggestions: readonly Suggestion[];
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

function profileOf(ctx: FindingContext, personId: string): PersonProfile | undefined {
  const i = ctx.input.peopleIndex.get(personId);
  return i === undefined ? undefined : ctx.profiles[i];
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
function supportsTitle(p: PersonProfile | undefined, title: string): boolean {
  if (!p) return false;
  const id = matchTitle(title);
  if (!id) return p.entryCount > 0;
  if (id === "executive-producer") return p.opportunity.length > 0 || p.amountRaised > 0;
  if (PRODUCING.has(id)) return p.functions.length > 0;
  const hints: ReadonlySet<string> =
    id === "screenplay-by" ? new Set(["written-by"]) : id === "story-by" ? new Set(["story-by", "written-by"]) : new Set([id]);
  return p.loggedHints.some((h) => hints.has(h));
}

/** Held titles the work log does not support; locked ones are still reported, and say so. */
export function titleWithoutWork(ctx: FindingContext): Finding[] {
  return ctx.input.credits
    .filter((c) => !supportsTitle(profileOf(ctx, c.personId), c.title))
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
  const titled = new Set<string>();
  for (const s of ctx.suggestions) if (PRODUCING.has(s.title)) titled.add(s.personId);
  for (const c of ctx.input.credits) if (isProducingTitle(c.title)) titled.add(c.personId);
  const out: Finding[] = [];
  for (let i = 0; i < ctx.profiles.length; i++) {
    const p = ctx.profiles[i] as PersonProfile;
    if (titled.has(p.personId)) continue;
    if (p.producingHours < ctx.t.substantialWorkHours && p.producingEntries < ctx.t.substantialWorkEntries) continue;
    out.push({
      id: `work-without-title:${p.personId}`,
      kind: "work-without-title",
      severity: "warning",
      message: flat(`${p.name} logged ${p.producingEntries} producing entries (${Math.round(p.producingHours)} hours) across ${p.functions.length} functions but holds no producing title and none is suggested`),
      personIds: [p.personId],
      responsibilityIds: p.functions.map((f) => f.responsibility.id),
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
  const explained = new Set(ctx.suggestions.filter((s) => s.title === "executive-producer").map((s) => s.personId));
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
  const people = new Set(ctx.suggestions.filter((s) => s.title === "produced-by").map((s) => s.personId));
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
  const out: Finding[] = [];
  for (let i = 0; i < ctx.profiles.length; i++) {
    const p = ctx.profiles[i] as PersonProfile;
    const share = p.functions.length / covered;
    if (share < ctx.t.singlePointOfFailureShare) continue;
    out.push({
      id: `single-point-of-failure:${p.personId}`,
      kind: "single-point-of-failure",
      severity: "info",
      message: flat(`${p.name} covers ${p.functions.length} of ${covered} producing functions (${formatPercent(share)}): if they step away, most producing work has no one else`),
      personIds: [p.personId],
      responsibilityIds: p.functions.map((f) => f.responsibility.id),
    });
  }
  return out;
}

const KIND_RANK: ReadonlyMap<FindingKind, number> = new Map(FINDING_KIND_ORDER.map((k, i) => [k, i]));

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) || cmp(a.id, b.id));
}
