import type { BuildInput, CastMemberInput, HeldCreditInput, RosterEntryInput } from "./build";

/**
 * What a credit list was built from, and whether that has changed since.
 *
 * When a list is built or regenerated, the build's whole input (`BuildInput`: the held
 * credits, the roster, the cast characters and the project's build options) is recorded
 * beside it as its sources. Comparing the recorded sources with what the project holds now
 * says whether the list is out of date, and what changed, in words a producer reads:
 * "2 people added to the roster, 1 title changed, 1 person renamed".
 *
 * The sources are the build input itself, so a new input to the build is covered the day it
 * is added: a new build option (a project setting such as merging credits) is compared key by
 * key and named from SETTING_LABELS (one line there; without one it is still reported, as "a
 * project setting changed"); a new top-level input field is still compared and reported as
 * "the project's credit data changed" until a line here describes it.
 *
 * Changes that don't change the list don't make it out of date: the comparison is made on the
 * canonical JSON of the inputs, which holds only what the build reads.
 */

export type ListSources = BuildInput;

/** What each build option is called in a sentence ("Merging multi-hat credits was turned on"). */
export const SETTING_LABELS: Readonly<Record<string, string>> = {
  mergeMultiHat: "Merging creative credits (Written, Directed and Edited by)",
  mergeProducedBy: "Merging “Produced by” into the creative credits",
};

export type SourceChangeKind =
  | "roster-added"
  | "roster-removed"
  | "role-changed"
  | "roster-order"
  | "title-added"
  | "title-removed"
  | "title-changed"
  | "billing-order"
  | "renamed"
  | "guilds-changed"
  | "character-changed"
  | "cast-order"
  | "setting-changed"
  | "other";

/** One kind of change: how many, a phrase for the summary, and the details ("Gus: Gaffer → Key Grip"). */
export type SourceChange = { kind: SourceChangeKind; count: number; phrase: string; details: string[] };

export type Staleness =
  | { state: "current" }
  | { state: "stale"; summary: string; changes: SourceChange[] }
  /** Built before Hatrack recorded its sources: it can't tell. */
  | { state: "unknown"; summary: string };

/** At most this many details per kind of change (the count says how many there are). */
export const MAX_DETAILS = 20;

/** The sources of a list built from `input`: a plain JSON copy (nothing shared with the caller). */
export function listSources(input: BuildInput): ListSources {
  return JSON.parse(JSON.stringify(input)) as ListSources;
}

/** JSON with object keys sorted, so two equal inputs give the same text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

function list<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Person id → name, from every part of the input (the roster's spelling wins, as on the list). */
function names(sources: ListSources): Map<string, string> {
  const result = new Map<string, string>();
  for (const c of list<HeldCreditInput>(sources.heldCredits)) if (c?.personId) result.set(c.personId, c.name);
  for (const c of list<CastMemberInput>(sources.cast)) if (c?.personId) result.set(c.personId, c.name);
  for (const r of list<RosterEntryInput>(sources.roster)) if (r?.personId) result.set(r.personId, r.name);
  return result;
}

/** Person id → the values `key` gives each of their entries, in input order. */
function byPerson<T extends { personId: string }>(rows: readonly T[], key: (row: T) => string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const row of rows) {
    if (!row || typeof row.personId !== "string") continue;
    result.set(row.personId, [...(result.get(row.personId) ?? []), key(row)]);
  }
  return result;
}

/** The items of `a` not matched one for one in `b` (multiset difference). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) => minus(a, b).length === 0 && minus(b, a).length === 0;

function roleLabel(r: RosterEntryInput): string {
  return r.department ? `${r.role || "Crew"} (${r.department})` : r.role || "Crew";
}

class Changes {
  readonly all: SourceChange[] = [];
  add(kind: SourceChangeKind, count: number, phrase: string, details: string[] = []): void {
    if (count > 0) this.all.push({ kind, count, phrase, details: details.slice(0, MAX_DETAILS) });
  }
}

function rosterChanges(before: ListSources, after: ListSources, changes: Changes, nameOf: (id: string) => string): { added: Set<string>; removed: Set<string> } {
  const a = list<RosterEntryInput>(before.roster);
  const b = list<RosterEntryInput>(after.roster);
  const rolesBefore = byPerson(a, roleLabel);
  const rolesAfter = byPerson(b, roleLabel);
  const added = new Set([...rolesAfter.keys()].filter((id) => !rolesBefore.has(id)));
  const removed = new Set([...rolesBefore.keys()].filter((id) => !rolesAfter.has(id)));
  changes.add("roster-added", added.size, `${plural(added.size, "person", "people")} added to the roster`, [...added].map((id) => `${nameOf(id)}: ${rolesAfter.get(id)!.join(", ")}`));
  changes.add("roster-removed", removed.size, `${plural(removed.size, "person", "people")} removed from the roster`, [...removed].map((id) => `${nameOf(id)}: ${rolesBefore.get(id)!.join(", ")}`));
  const roleDetails: string[] = [];
  for (const [id, after] of rolesAfter) {
    const was = rolesBefore.get(id);
    if (!was || sameSet(was, after)) continue;
    roleDetails.push(`${nameOf(id)}: ${was.join(", ")} → ${after.join(", ")}`);
  }
  changes.add("role-changed", roleDetails.length, roleDetails.length === 1 ? "1 roster role changed" : `${roleDetails.length} people's roster roles changed`, roleDetails);
  if (roleDetails.length === 0 && added.size === 0 && removed.size === 0) {
    const order = (rows: readonly RosterEntryInput[]) => canonical(rows.map((r) => [r.personId, roleLabel(r), r.sortKey, r.isHead, r.roleId, r.departmentId]));
    if (order(a) !== order(b)) changes.add("roster-order", 1, "the roster's order changed");
  }
  return { added, removed };
}

function titleChanges(before: ListSources, after: ListSources, changes: Changes, nameOf: (id: string) => string): void {
  const title = (c: HeldCreditInput) => c.title;
  const a = byPerson(list<HeldCreditInput>(before.heldCredits), title);
  const b = byPerson(list<HeldCreditInput>(after.heldCredits), title);
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const gone = minus(a.get(id) ?? [], b.get(id) ?? []);
    const come = minus(b.get(id) ?? [], a.get(id) ?? []);
    const pairs = Math.min(gone.length, come.length);
    for (let i = 0; i < pairs; i++) changed.push(`${nameOf(id)}: ${gone[i]} → ${come[i]}`);
    for (const t of come.slice(pairs)) added.push(`${nameOf(id)}: ${t}`);
    for (const t of gone.slice(pairs)) removed.push(`${nameOf(id)}: ${t}`);
  }
  changes.add("title-added", added.length, `${plural(added.length, "title", "titles")} added`, added);
  changes.add("title-removed", removed.length, `${plural(removed.length, "title", "titles")} removed`, removed);
  changes.add("title-changed", changed.length, `${plural(changed.length, "title", "titles")} changed`, changed);
  if (added.length + removed.length + changed.length === 0) {
    const order = (s: ListSources) => canonical(list<HeldCreditInput>(s.heldCredits).map((c) => [c.personId, c.title, c.titleId]));
    if (order(before) !== order(after)) changes.add("billing-order", 1, "the billing order of the titles changed");
  }
}

function peopleChanges(before: ListSources, after: ListSources, changes: Changes): void {
  const a = names(before);
  const b = names(after);
  const renamed: string[] = [];
  for (const [id, name] of b) {
    const was = a.get(id);
    if (was !== undefined && was !== name) renamed.push(`${was} → ${name}`);
  }
  changes.add("renamed", renamed.length, `${plural(renamed.length, "person", "people")} renamed`, renamed);

  const guilds = (s: ListSources) => {
    const result = new Map<string, string>();
    for (const c of list<HeldCreditInput>(s.heldCredits)) if (c?.personId) result.set(c.personId, [...list(c.guilds)].sort().join(", "));
    return result;
  };
  const ga = guilds(before);
  const gb = guilds(after);
  const guildDetails = [...gb].filter(([id, g]) => ga.has(id) && ga.get(id) !== g).map(([id, g]) => `${b.get(id) ?? id}: ${ga.get(id) || "no guild"} → ${g || "no guild"}`);
  changes.add("guilds-changed", guildDetails.length, `${plural(guildDetails.length, "person's guild membership", "people's guild memberships")} changed`, guildDetails);
}

function castChanges(before: ListSources, after: ListSources, changes: Changes, nameOf: (id: string) => string, roster: { added: Set<string>; removed: Set<string> }): void {
  const character = (c: CastMemberInput) => c.character;
  const a = byPerson(list<CastMemberInput>(before.cast), character);
  const b = byPerson(list<CastMemberInput>(after.cast), character);
  const details: string[] = [];
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    // Someone who joined or left the roster is reported there already.
    if (roster.added.has(id) || roster.removed.has(id)) continue;
    const was = a.get(id) ?? [];
    const now = b.get(id) ?? [];
    if (!sameSet(was, now)) details.push(`${nameOf(id)}: ${was.join(", ") || "no character"} → ${now.join(", ") || "no character"}`);
  }
  changes.add("character-changed", details.length, `${plural(details.length, "character", "characters")} changed`, details);
  if (details.length === 0 && roster.added.size === 0 && roster.removed.size === 0) {
    const order = (s: ListSources) => canonical(list<CastMemberInput>(s.cast).map((c) => c.personId));
    if (order(before) !== order(after)) changes.add("cast-order", 1, "the cast's billing order changed");
  }
}

function settingChanges(before: ListSources, after: ListSources, changes: Changes): void {
  const a = (before.options ?? {}) as Record<string, unknown>;
  const b = (after.options ?? {}) as Record<string, unknown>;
  const details: string[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (canonical(a[key]) === canonical(b[key])) continue;
    const label = SETTING_LABELS[key] ?? `The project setting "${key}"`;
    const value = b[key];
    details.push(typeof value === "boolean" ? `${label} was turned ${value ? "on" : "off"}` : `${label} changed`);
  }
  changes.add("setting-changed", details.length, `${plural(details.length, "project setting", "project settings")} changed`, details);
}

/** Top-level fields of the input this file knows how to describe. */
const DESCRIBED = new Set(["heldCredits", "roster", "cast", "options"]);

/**
 * Whether a list built from `built` is out of date now that the project holds `now`, and what
 * changed (see the file comment). `built` null: the list was built before sources were kept.
 */
export function compareSources(built: ListSources | null, now: ListSources): Staleness {
  if (built === null) {
    return { state: "unknown", summary: "This list was built before Hatrack kept track of what it was built from. Regenerate it to be sure it is up to date." };
  }
  if (canonical(built) === canonical(now)) return { state: "current" };
  const changes = new Changes();
  const nowNames = names(now);
  const builtNames = names(built);
  const nameOf = (id: string) => nowNames.get(id) ?? builtNames.get(id) ?? id;
  const roster = rosterChanges(built, now, changes, nameOf);
  titleChanges(built, now, changes, nameOf);
  peopleChanges(built, now, changes);
  castChanges(built, now, changes, nameOf, roster);
  settingChanges(built, now, changes);
  const other = [...new Set([...Object.keys(built), ...Object.keys(now)])].filter(
    (key) => !DESCRIBED.has(key) && canonical((built as Record<string, unknown>)[key]) !== canonical((now as Record<string, unknown>)[key]),
  );
  if (other.length || changes.all.length === 0) changes.add("other", 1, "the project's credit data changed");
  return { state: "stale", summary: sentence(changes.all.map((c) => c.phrase)), changes: changes.all };
}

/** "a", "a and b", "a, b and c", with a capital first letter. */
function sentence(phrases: readonly string[]): string {
  const text = phrases.length <= 1 ? (phrases[0] ?? "") : `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Recorded sources read back: null when missing or not an object of the build input's shape. */
export function parseListSources(value: unknown): ListSources | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.heldCredits) || !Array.isArray(v.roster) || (v.cast !== undefined && !Array.isArray(v.cast))) return null;
  if (!v.options || typeof v.options !== "object") return null;
  return value as ListSources;
}
