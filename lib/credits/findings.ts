import { budgetInUsd, isNeeded, needGroup } from "./applicability";
import { flat, formatPercent, inSentence, joinList } from "./format";
import { FINDING_KINDS, fingerprintOf, heldKey, heldLabel, isPossessoryTitle, isProducingHeldTitle } from "./held-titles";
import { cmp } from "./normalize";
import { plural, raisedText } from "./rules/context";
import type { PersonFunction, Team } from "./team";
import type { Thresholds } from "./thresholds";
import { isProducingTitleId, matchTitle, titleLabel } from "./titles";
import type { Finding, HeldCredit, Suggestion } from "./types";

/**
 * Findings about held titles and the work log — the reference engine's findings
 * (lib/credits/reference.ts), read from the Team. Sorted by kind (FINDING_KINDS), then id.
 */
export function findings(team: Team, t: Thresholds, suggestions: readonly Suggestion[]): Finding[] {
  const out: Finding[] = [];
  if (team.input.credits.length > 0) {
    heldTitles(team, t, suggestions, out);
    duplicateTitles(team, out);
  }
  workWithoutTitle(team, t, suggestions, out);
  uncoveredFunctions(team, out);
  tooManyProducedBy(team, t, suggestions, out);
  singlePointOfFailure(team, t, out);
  return out.sort((a, b) => (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) || cmp(a.id, b.id));
}

const KIND_RANK = new Map(FINDING_KINDS.map((k, i) => [k, i]));

function finding(f: Omit<Finding, "fingerprint">): Finding {
  return { ...f, fingerprint: fingerprintOf(f.kind, f.message, f.personIds, f.responsibilityIds) };
}

const STORY_HINTS: ReadonlySet<string> = new Set(["story-by", "written-by"]);
const WRITING_HINTS: ReadonlySet<string> = new Set(["written-by"]);
const DIRECTING_HINTS: ReadonlySet<string> = new Set(["directed-by"]);

/**
 * Whether a person's work supports a held title at all: Executive Producer needs opportunity
 * work or money raised; other producing titles need producing work; creative titles need work
 * on a responsibility hinting at them ("Story by" also accepts writing, "Screenplay by"
 * accepts writing); a possessory credit ("A Film by") needs directing, led or shared; an
 * unknown title needs any work at all.
 */
function supports(team: Team, p: number | undefined, title: string): boolean {
  if (p === undefined) return false;
  const id = matchTitle(title);
  if (!id) return isPossessoryTitle(title) ? team.loggedHint(p, DIRECTING_HINTS, true) : team.entryCount(p) > 0;
  if (id === "executive-producer" || id === "co-executive-producer") return team.opportunityCount(p) > 0 || team.amountRaised(p) > 0;
  if (isProducingTitleId(id)) return team.functionCount(p) > 0;
  return team.loggedHint(p, id === "screenplay-by" ? WRITING_HINTS : id === "story-by" ? STORY_HINTS : new Set([id]));
}

/** Held titles no work supports (title-without-work), and producing titles the work log does not explain (title-not-explained). */
function heldTitles(team: Team, t: Thresholds, suggestions: readonly Suggestion[], out: Finding[]): void {
  const suggested = new Map<string, Suggestion[]>();
  for (const s of suggestions) {
    const list = suggested.get(s.personId);
    if (list) list.push(s);
    else suggested.set(s.personId, [s]);
  }
  for (const credit of team.input.credits) {
    const p = team.indexOf(credit.personId);
    const label = heldLabel(credit.title);
    const locked = credit.status === "locked" ? " (locked, so it stays until someone unlocks it)" : "";
    if (!supports(team, p, credit.title)) {
      out.push(
        finding({
          id: `title-without-work:${credit.personId}:${credit.title}`,
          kind: "title-without-work",
          severity: "warning",
          message: `${p === undefined ? credit.personId : team.name(p)} holds "${label}"${locked} but no logged work supports it`,
          personIds: [credit.personId],
          responsibilityIds: [],
          title: credit.title,
        }),
      );
      continue;
    }
    const id = matchTitle(credit.title);
    if (p === undefined || !id || !isProducingTitleId(id)) continue;
    const theirs = suggested.get(credit.personId) ?? [];
    if (theirs.some((s) => s.title === id)) continue;
    let why: string;
    if (id === "executive-producer" || id === "co-executive-producer") {
      const money = team.budget
        ? `${raisedText(team, p)} (Executive Producer needs ${formatPercent(t.epFinancingShare)}`
        : `no budget is recorded to weigh the money against (Executive Producer needs`;
      why = `${money}, or ${t.epMinOpportunityFunctions} opportunity functions led or shared; ${team.opportunityActive(p)} logged)`;
      if (team.handsOnWeight(p) > team.opportunityWeight(p)) why += `, and most of their producing work is hands-on`;
    } else {
      const producing = theirs.filter((s) => isProducingTitleId(s.title)).map((s) => titleLabel(s.title));
      why = `their logged producing work suggests ${producing.length ? joinList(producing) : "no producing title"}`;
    }
    out.push(
      finding({
        id: `title-not-explained:${credit.personId}:${credit.title}`,
        kind: "title-not-explained",
        severity: "warning",
        message: `${team.name(p)} holds "${label}"${locked}, but the work log doesn't explain it: ${why}`,
        personIds: [credit.personId],
        responsibilityIds: [],
        title: credit.title,
      }),
    );
  }
}

/** The same title held twice (or more) by one person. */
function duplicateTitles(team: Team, out: Finding[]): void {
  const heldBy = new Map<string, HeldCredit[]>();
  for (const credit of team.input.credits) {
    const key = `${credit.personId}\u0000${heldKey(credit.title)}`;
    const list = heldBy.get(key);
    if (list) list.push(credit);
    else heldBy.set(key, [credit]);
  }
  for (const [key, list] of heldBy) {
    if (list.length < 2) continue;
    const personId = (list[0] as HeldCredit).personId;
    const p = team.indexOf(personId);
    const label = heldLabel((list[0] as HeldCredit).title);
    const times = list.length === 2 ? "twice" : `${list.length} times`;
    out.push(
      finding({
        id: `duplicate-title:${key.replace("\u0000", ":")}`,
        kind: "duplicate-title",
        severity: "warning",
        message: `${p === undefined ? personId : team.name(p)} holds "${label}" ${times} (${list.map((h) => `"${h.title}", ${h.status}`).join("; ")}): the credits bill it once, so reject or remove the extra one`,
        personIds: [personId],
        responsibilityIds: [],
        title: label,
      }),
    );
  }
}

/** Substantial producing work (hours or entries) without a producing title held or suggested. */
function workWithoutTitle(team: Team, t: Thresholds, suggestions: readonly Suggestion[], out: Finding[]): void {
  let holdsProducing: Set<string> | null = null;
  let suggestedProducing: Set<string> | null = null;
  for (let p = 0; p < team.count; p++) {
    const hours = team.producingHours(p);
    const entries = team.producingEntries(p);
    if (hours < t.substantialWorkHours && entries < t.substantialWorkEntries) continue;
    // Who holds or is suggested a producing title: looked up once, when first needed.
    holdsProducing ??= new Set(team.input.credits.filter((h) => isProducingHeldTitle(h.title)).map((h) => h.personId));
    suggestedProducing ??= producingTitleHolders(suggestions);
    const id = team.id(p);
    if (suggestedProducing.has(id) || holdsProducing.has(id)) continue;
    const functions = team.functionsOf(p);
    out.push(
      finding({
        id: `work-without-title:${id}`,
        kind: "work-without-title",
        severity: "warning",
        message: flat(
          `${team.name(p)} logged ${plural(entries, "producing entry", "producing entries")} (${plural(Math.round(hours), "hour")}) across ${plural(functions.length, "function")} but holds no producing title and none is suggested`,
        ),
        personIds: [id],
        responsibilityIds: functions.map((f) => team.responsibilityId(f)),
      }),
    );
  }
}

/**
 * The people suggested a producing title. A function of its own: its loop runs through every
 * suggestion (thousands), and code after such a loop in the same function, optimised in the
 * middle of the loop before it ever ran, would go back to the interpreter on every call.
 */
function producingTitleHolders(suggestions: readonly Suggestion[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < suggestions.length; i++) {
    const s = suggestions[i] as Suggestion;
    if (isProducingTitleId(s.title)) out.add(s.personId);
  }
  return out;
}

/** Producing functions a project of this kind and budget needs that nobody logged: one finding naming them all. */
function uncoveredFunctions(team: Team, out: Finding[]): void {
  const { input } = team;
  const usd = budgetInUsd(input.budget, input.currency);
  const covered = team.coveredResponsibilities();
  const coveredIds = new Set(covered.map((r) => r.id));
  const coveredGroups = new Set<string>();
  for (const r of covered) {
    const group = needGroup(r.id);
    if (group !== null) coveredGroups.add(group);
  }
  const uncovered = team.inScopeResponsibilities().filter((r) => {
    if (coveredIds.has(r.id) || input.notApplicable.has(r.id)) return false;
    const group = needGroup(r.id);
    if (group !== null && coveredGroups.has(group)) return false;
    return isNeeded(r, input.kind, usd);
  });
  if (uncovered.length === 0) return;
  // A group nobody covers is one need: named once, "securing distribution or self-distribution".
  const words: string[] = [];
  const groupWords = new Map<string, string[]>();
  for (const r of uncovered) {
    const group = needGroup(r.id);
    const name = inSentence(r.name);
    const names = group === null ? undefined : groupWords.get(group);
    if (group === null) words.push(name);
    else if (names) names.push(name);
    else {
      groupWords.set(group, [name]);
      words.push(`\u0000${group}`);
    }
  }
  const needs = words.map((w) => (w.startsWith("\u0000") ? (groupWords.get(w.slice(1)) as string[]).join(" or ") : w));
  out.push(
    finding({
      id: "uncovered-functions",
      kind: "uncovered-functions",
      severity: "info",
      message: `Nobody has logged ${plural(needs.length, "producing function")} a project like this one needs: ${joinList(needs)}`,
      personIds: [],
      responsibilityIds: uncovered.map((r) => r.id),
    }),
  );
}

/** More people hold or are suggested Produced by (in their own right) than the Academy allows. */
function tooManyProducedBy(team: Team, t: Thresholds, suggestions: readonly Suggestion[], out: Finding[]): void {
  const producers = new Set<string>();
  for (let i = 0; i < suggestions.length; i++) {
    const s = suggestions[i] as Suggestion;
    if (s.title === "produced-by" && s.alternativeTo === null) producers.add(s.personId);
  }
  for (const h of team.input.credits) if (matchTitle(h.title) === "produced-by") producers.add(h.personId);
  if (producers.size <= t.maxProducedBy) return;
  const ids = [...producers].sort(cmp);
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

/** Someone alone on most of the producing functions — functions nobody else logged — when more than one person produces. */
function singlePointOfFailure(team: Team, t: Thresholds, out: Finding[]): void {
  let producingPeople = 0;
  for (let p = 0; p < team.count && producingPeople < 2; p++) if (team.functionCount(p) > 0) producingPeople += 1;
  if (producingPeople < 2) return;
  const covered = team.coveredCount;
  for (let p = 0; p < team.count; p++) {
    const unshared = team.unsharedFunctionCount(p);
    if (unshared < t.singlePointOfFailureMinFunctions || (covered ? unshared / covered : 0) < t.singlePointOfFailureShare) continue;
    const alone: PersonFunction[] = team.functionsOf(p).filter((f) => team.loggersOf(f) === 1);
    const share = alone.length / covered;
    const first = joinList(alone.slice(0, 3).map((f) => team.functionName(f)));
    out.push(
      finding({
        id: `single-point-of-failure:${team.id(p)}`,
        kind: "single-point-of-failure",
        severity: "info",
        message: `${team.name(p)} alone covers ${alone.length} of ${covered} producing functions (${formatPercent(share)}) that nobody else has logged: if they step away, nobody else knows ${first}${alone.length > 3 ? " and the rest" : ""}`,
        personIds: [team.id(p)],
        responsibilityIds: alone.map((f) => team.responsibilityId(f)),
      }),
    );
  }
}
