import { isCreditTitleId, isProducerFamilyId, matchTitle, PRODUCER_FAMILY, titleLabel, type CreditTitleId } from "@/lib/credits/titles";
import { roleTitle } from "@/lib/decisions/claims";
import { normalizeName } from "@/lib/people/names";
import { findRole, getDepartment, type CatalogRole } from "@/lib/roster/catalog";
import { CATALOG_SLUG, slugify } from "@/lib/text/fold";
import { sortKeyFor } from "@/lib/roster/resolve";
import { MERGEABLE_TITLES, mergedHeading, withCurrentHeading, type MergeableTitle } from "./headings";
import { slugOrHash, uniqueLineKey } from "./keys";
import { departmentSection } from "./departments";
import { CREDIT_LIST_SCHEMA_VERSION, type CreditFlag, type CreditLine, type CreditList, type CreditSection, type NamesBlock } from "./types";

/**
 * Generates a credit list from what the project knows: the titles people hold, the roster
 * and the cast. Pure and deterministic: the same input gives the same list, ids included.
 *
 * Order (DOMAIN.md §3 and §6):
 * 1. main-on-end ("main"), from held credits: Directed by, Written by, Screenplay by,
 *    Story by, then the producers' block — the producer family in its order: Executive
 *    Producer, Co-Executive Producer, Produced by, Co-Producer, Line Producer, Associate
 *    Producer —, then the heads of department: Director of Photography, Production
 *    Designer, Edited by, Music by, Costume Designer, Casting by; then custom titles nobody
 *    can place (typed by hand, e.g. "A Film by"), in input order;
 * 2. the crawl's openers: Unit Production Manager, First and Second Assistant Director
 *    (section "opening"), as an end crawl conventionally starts;
 * 3. the cast ("cast"): one block, character → actor, in input (billing) order;
 * 4. the rest of the crew ("crew"), from the roster: departments in catalogue order (free-text
 *    departments after them, alphabetically), within a department head roles first, then
 *    catalogue order (the roster's sortKey), one block per role;
 * 5. post-production ("post"): the same, for post-production and the catalogue departments
 *    after it (sections.ts departmentSection).
 * Music, thanks, legal and logos come only from manual blocks: nothing empty is generated.
 *
 * Choices:
 * - One title, one source: a producer-family title bills only from a decision (a held
 *   credit), never from a roster role — a roster entry "Executive Producer" is a claim the
 *   Credits page decides, so the roster's producer-family entries never bill in the crawl.
 * - Held titles outside the main-on-end set (UPM, Production Coordinator, Colorist…,
 *   or a custom title that names a catalogue role, like "Gaffer") bill in the crawl under
 *   their catalogue role, with the roster's names for that role.
 * - A roster entry that repeats a main-on-end credit of the same person (the director's
 *   "Director" entry, the DP's "Director of Photography" entry) is not repeated in the
 *   crawl: the main-on-end card is their credit there, as on most features. Their other
 *   roles still bill (a director who also operated camera appears under Camera).
 * - With a cast list, a roster entry for an acting role (Lead Actor … Background Actor) of a
 *   person in the cast list is left out: the cast block credits them. Coaches, doubles and
 *   stand-ins stay in the crawl.
 * - Names within a block keep the input order (billing order for held credits and cast,
 *   the roster's own order for the crew); a person appears once per role.
 * - Entries without a person id or a name are skipped.
 *
 * Multi-hat merging (options.mergeMultiHat, on by default in projects): the creative "by"
 * credits — Written by, Directed by, Edited by — whose holders are exactly the same people
 * merge into one block ("Written and Directed by A", or "Written and Directed by A and B" for
 * a team that shares both). "Produced by" bills on its own card (DOMAIN.md §6: merged
 * credits are creative credits) unless the project opts in (options.mergeProducedBy) and the
 * person is the sole producer: then "Written, Produced and Directed by A". A credit shared
 * with someone else stays apart, so the merge never changes who shares a credit: a
 * writer-director with a co-writer gets "Directed by A" and "Written by A and B".
 * The merged block takes the position of its highest-billed credit; its id lists its
 * credits (`main:written-by+directed-by`). Holders with any guild get a `guild-waiver`
 * flag (DGA, WGA and the Editors Guild can require a waiver for a combined credit): flag,
 * don't forbid.
 *
 * Writing credits (and merged blocks with a writing credit) give each line a WGA joiner,
 * "and" by default; the user switches a line to "&" for a team.
 */

export type HeldCreditInput = {
  personId: string;
  /** The person's credited name. */
  name: string;
  /** The title as held: "Directed by", "Producer", or custom text. */
  title: string;
  /** matchTitle(title), or null for a title the engine does not know. */
  titleId: string | null;
  /** Guild ids (lib/people/guilds.ts) of the person. */
  guilds: readonly string[];
};

export type RosterEntryInput = {
  personId: string;
  name: string;
  department: string;
  departmentId: string | null;
  role: string;
  roleId: string | null;
  /** End-crawl order from the catalogue (lib/roster/resolve.ts sortKeyFor): lower first. */
  sortKey: number;
  /** The role heads its department. */
  isHead: boolean;
};

export type CastMemberInput = { personId: string; name: string; character: string };

export type BuildOptions = { mergeMultiHat: boolean; mergeProducedBy?: boolean };

export type BuildInput = {
  heldCredits: readonly HeldCreditInput[];
  roster: readonly RosterEntryInput[];
  cast?: readonly CastMemberInput[];
  options: BuildOptions;
};

/** The main-on-end credits, in billing order: the producers' block is the producer family in its own order. */
export const MAIN_ON_END_TITLES: readonly CreditTitleId[] = [
  "directed-by",
  "written-by",
  "screenplay-by",
  "story-by",
  ...PRODUCER_FAMILY,
  "director-of-photography",
  "production-designer",
  "edited-by",
  "music-by",
  "costume-designer",
  "casting-by",
];

const MAIN_RANK = new Map<string, number>(MAIN_ON_END_TITLES.map((t, i) => [t, i]));
const WRITING_TITLES: ReadonlySet<string> = new Set(["written-by", "screenplay-by", "story-by"]);

/** The catalogue role of each main-on-end title ("directed-by" → "direction.director"). */
const MAIN_TITLE_ROLE = new Map<string, string>(
  MAIN_ON_END_TITLES.flatMap((t) => {
    const role = findRole(titleLabel(t));
    return role ? [[t, role.id] as const] : [];
  }),
);

/** Cast-department roles that are performances (credited by the cast block when there is one). */
export const PERFORMING_ROLE_IDS: ReadonlySet<string> = new Set([
  "cast.lead-actor",
  "cast.supporting-actor",
  "cast.cast-member",
  "cast.guest-star",
  "cast.cameo",
  "cast.narrator",
  "cast.voice-actor",
  "cast.day-player",
  "cast.featured-extra",
  "cast.background-actor",
]);

type Person = { personId: string; name: string; guilds: string[] };

type CrewEntry = {
  personId: string;
  name: string;
  departmentKey: string;
  departmentName: string;
  blockId: string;
  heading: string;
  sortKey: number;
  isHead: boolean;
};

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function text(value: unknown): string {
  return typeof value === "string" ? normalizeName(value) : "";
}

function list<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function namesBlock(spec: {
  id: string;
  section: CreditSection;
  heading: string;
  people: readonly { personId: string; name: string; character?: string }[];
  writing?: boolean;
  flags?: CreditFlag[];
}): NamesBlock {
  const used = new Set<string>();
  const lines: CreditLine[] = spec.people.map((p) => {
    const line: CreditLine = { key: uniqueLineKey(p.personId, p.name, used), personId: p.personId, name: p.name, asCredited: null, hidden: false };
    if (p.character !== undefined) line.character = p.character;
    if (spec.writing) line.joiner = "and";
    return line;
  });
  return withCurrentHeading<NamesBlock>({
    id: spec.id,
    kind: "names",
    section: spec.section,
    heading: spec.heading,
    baseHeading: spec.heading,
    headingEdited: false,
    columns: 1,
    hidden: false,
    lines,
    flags: spec.flags ?? [],
    origin: "generated",
  });
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** "the DGA", "the DGA and the WGA", "the Editors Guild and another guild". */
function guildNames(guilds: readonly string[]): string {
  const names = guilds.map((g) => (g === "Other" ? "another guild" : `the ${g}`));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function guildFlag(person: Person, heading: string): CreditFlag {
  return {
    kind: "guild-waiver",
    message: `${person.name} belongs to ${guildNames(person.guilds)}. "${heading}" combines several credits in one, and a guild agreement may require a waiver for that. Check with the guild before you lock the credits, or show the credits separately.`,
    personIds: [person.personId],
  };
}

/** Main-on-end blocks from the held credits, plus the held credits that bill in the crawl. */
function mainBlocks(held: readonly HeldCreditInput[], options: BuildOptions): { blocks: NamesBlock[]; crew: CrewEntry[]; mainRoles: Set<string> } {
  const holders = new Map<string, Person[]>();
  const custom = new Map<string, { heading: string; people: Person[] }>();
  const crew: CrewEntry[] = [];
  const guildsByPerson = new Map<string, Set<string>>();

  // Who is already in each block's list: a set beside each list, so adding stays linear.
  const listed = new WeakMap<Person[], Set<string>>();
  const add = (people: Person[], person: Person) => {
    let ids = listed.get(people);
    if (!ids) listed.set(people, (ids = new Set()));
    if (ids.has(person.personId)) return;
    ids.add(person.personId);
    people.push(person);
  };

  for (const credit of held) {
    if (!credit || typeof credit !== "object") continue;
    const personId = typeof credit.personId === "string" ? credit.personId : "";
    const name = text(credit.name);
    const title = text(credit.title);
    if (!personId || !name) continue;
    const guilds = guildsByPerson.get(personId) ?? new Set<string>();
    for (const g of list(credit.guilds)) if (typeof g === "string" && g.trim()) guilds.add(g.trim());
    guildsByPerson.set(personId, guilds);
    const person: Person = { personId, name, guilds: [] };

    const titleId = isCreditTitleId(credit.titleId) ? credit.titleId : matchTitle(title);
    if (titleId && MAIN_RANK.has(titleId)) {
      const people = holders.get(titleId) ?? [];
      add(people, person);
      holders.set(titleId, people);
      continue;
    }
    const role: CatalogRole | null = findRole(titleId ? titleLabel(titleId) : title);
    if (role) {
      const department = getDepartment(role.departmentId);
      crew.push({
        personId,
        name,
        departmentKey: role.departmentId,
        departmentName: department?.name ?? role.departmentId,
        blockId: `crew:${role.departmentId}:${role.id}`,
        heading: role.name,
        sortKey: sortKeyFor(department, role),
        isHead: role.head,
      });
      continue;
    }
    if (!title) continue;
    const slug = slugOrHash(title);
    const entry = custom.get(slug) ?? { heading: title, people: [] };
    add(entry.people, person);
    custom.set(slug, entry);
  }
  const withGuilds = (p: Person): Person => ({ ...p, guilds: [...(guildsByPerson.get(p.personId) ?? [])] });

  const ranked: { rank: number[]; block: NamesBlock }[] = [];
  const merged = new Set<string>();
  if (options.mergeMultiHat) {
    const byHolders = new Map<string, MergeableTitle[]>();
    for (const title of MERGEABLE_TITLES) {
      const people = holders.get(title);
      if (!people?.length) continue;
      // "Produced by" joins a merge only when the project opts in and one person produces.
      if (title === "produced-by" && (options.mergeProducedBy !== true || people.length !== 1)) continue;
      const key = people.map((p) => p.personId).sort().join("\u0000");
      byHolders.set(key, [...(byHolders.get(key) ?? []), title]);
    }
    for (const titles of byHolders.values()) {
      if (titles.length < 2) continue;
      const rank = titles.map((t) => MAIN_RANK.get(t)!).sort((a, b) => a - b);
      const first = MAIN_ON_END_TITLES[rank[0]!]!;
      const people = holders.get(first)!.map(withGuilds);
      const heading = mergedHeading(titles);
      ranked.push({
        rank,
        block: namesBlock({
          id: `main:${titles.join("+")}`,
          section: "main",
          heading,
          people,
          writing: titles.includes("written-by"),
          flags: people.filter((p) => p.guilds.length > 0).map((p) => guildFlag(p, heading)),
        }),
      });
      for (const t of titles) merged.add(t);
    }
  }
  for (const [title, people] of holders) {
    if (merged.has(title) || people.length === 0) continue;
    ranked.push({
      rank: [MAIN_RANK.get(title)!],
      block: namesBlock({ id: `main:${title}`, section: "main", heading: titleLabel(title), people, writing: WRITING_TITLES.has(title) }),
    });
  }
  let order = MAIN_ON_END_TITLES.length;
  for (const [slug, entry] of custom) {
    ranked.push({ rank: [order++], block: namesBlock({ id: `main:custom:${slug}`, section: "main", heading: entry.heading, people: entry.people }) });
  }
  ranked.sort((a, b) => compareRanks(a.rank, b.rank));

  const mainRoles = new Set<string>();
  for (const [title, people] of holders) {
    // A writing credit covers every writing role of the roster (the writer-director's
    // "Screenplay" entry is not repeated in the crawl under a "Written by" card).
    const titles = WRITING_TITLES.has(title) ? [...WRITING_TITLES] : [title];
    for (const t of titles) {
      const roleId = MAIN_TITLE_ROLE.get(t);
      if (roleId) for (const p of people) mainRoles.add(`${p.personId}|${roleId}`);
    }
  }
  return { blocks: ranked.map((r) => r.block), crew, mainRoles };
}

function castBlock(cast: readonly CastMemberInput[]): NamesBlock | null {
  const seen = new Set<string>();
  const people: { personId: string; name: string; character?: string }[] = [];
  for (const member of cast) {
    if (!member || typeof member !== "object") continue;
    const personId = typeof member.personId === "string" ? member.personId : "";
    const name = text(member.name);
    const character = text(member.character);
    if (!personId || !name) continue;
    const dedupe = `${personId}\u0000${character.toLowerCase()}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    people.push(character ? { personId, name, character } : { personId, name });
  }
  return people.length ? namesBlock({ id: "cast", section: "cast", heading: "Cast", people }) : null;
}

function rosterEntries(roster: readonly RosterEntryInput[], mainRoles: ReadonlySet<string>, castIds: ReadonlySet<string>): CrewEntry[] {
  type Role = { canonicalRole: string | null; producerFamily: boolean; departmentKey: string; departmentName: string; blockId: string; heading: string };
  // A roster names a few hundred roles at most, however many people: each role is worked out once.
  const roles = new Map<string, Role>();
  const roleOf = (entry: RosterEntryInput): Role => {
    const departmentId = typeof entry.departmentId === "string" && entry.departmentId ? entry.departmentId : null;
    const roleId = typeof entry.roleId === "string" && entry.roleId ? entry.roleId : null;
    const rawRole = typeof entry.role === "string" ? entry.role : "";
    const rawDepartment = typeof entry.department === "string" ? entry.department : "";
    const key = `${departmentId ?? ""}\u0000${roleId ?? ""}\u0000${rawRole}\u0000${rawDepartment}`;
    let known = roles.get(key);
    if (known) return known;
    const role = text(rawRole);
    const department = text(rawDepartment);
    const canonicalRole = roleId ?? (role ? findRole(role, departmentId ?? undefined)?.id : undefined) ?? null;
    const departmentKey = departmentId ?? (slugify(department, CATALOG_SLUG) || "other");
    const roleKey = roleId ?? (role ? slugOrHash(role) : "crew");
    known = {
      canonicalRole,
      // A producer-family role is a claim: it bills from the decision, in the producers' block.
      producerFamily: isProducerFamilyId(roleTitle(role, canonicalRole)),
      departmentKey,
      departmentName: department || getDepartment(departmentKey)?.name || "Other",
      blockId: `crew:${departmentKey}:${roleKey}`,
      heading: role || "Crew",
    };
    roles.set(key, known);
    return known;
  };
  const entries: CrewEntry[] = [];
  for (const entry of roster) {
    if (!entry || typeof entry !== "object") continue;
    const personId = typeof entry.personId === "string" ? entry.personId : "";
    const name = text(entry.name);
    if (!personId || !name) continue;
    const role = roleOf(entry);
    const canonicalRole = role.canonicalRole;
    if (canonicalRole && mainRoles.has(`${personId}|${canonicalRole}`)) continue;
    if (role.producerFamily) continue;
    if (canonicalRole && castIds.has(personId) && PERFORMING_ROLE_IDS.has(canonicalRole)) continue;
    entries.push({
      personId,
      name,
      departmentKey: role.departmentKey,
      departmentName: role.departmentName,
      blockId: role.blockId,
      heading: role.heading,
      sortKey: typeof entry.sortKey === "number" && Number.isFinite(entry.sortKey) ? entry.sortKey : Number.MAX_SAFE_INTEGER,
      isHead: entry.isHead === true,
    });
  }
  return entries;
}

function crewBlocks(entries: readonly CrewEntry[]): NamesBlock[] {
  type Group = { id: string; heading: string; departmentKey: string; departmentName: string; sortKey: number; isHead: boolean; people: { personId: string; name: string }[]; seen: Set<string> };
  const groups = new Map<string, Group>();
  const departmentRank = new Map<string, number>();
  for (const e of entries) {
    const group = groups.get(e.blockId) ?? {
      id: e.blockId,
      heading: e.heading,
      departmentKey: e.departmentKey,
      departmentName: e.departmentName,
      sortKey: e.sortKey,
      isHead: false,
      people: [],
      seen: new Set<string>(),
    };
    group.sortKey = Math.min(group.sortKey, e.sortKey);
    group.isHead ||= e.isHead;
    // A set per block, not a scan of its names: one department of 60,000 names stays linear.
    if (!group.seen.has(e.personId)) {
      group.seen.add(e.personId);
      group.people.push({ personId: e.personId, name: e.name });
    }
    groups.set(e.blockId, group);
    departmentRank.set(e.departmentKey, Math.min(departmentRank.get(e.departmentKey) ?? Infinity, e.sortKey));
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      departmentRank.get(a.departmentKey)! - departmentRank.get(b.departmentKey)! ||
      collator.compare(a.departmentName, b.departmentName) ||
      compareText(a.departmentKey, b.departmentKey) ||
      Number(b.isHead) - Number(a.isHead) ||
      a.sortKey - b.sortKey ||
      collator.compare(a.heading, b.heading) ||
      compareText(a.id, b.id),
  );
  return sorted.map((g) => namesBlock({ id: g.id, section: departmentSection(g.departmentKey), heading: g.heading, people: g.people }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The generated credit list (see the file comment for the order and the choices made). */
export function buildCreditList(input: BuildInput): CreditList {
  const options: BuildOptions = { mergeMultiHat: input?.options?.mergeMultiHat === true, mergeProducedBy: input?.options?.mergeProducedBy === true };
  const main = mainBlocks(list(input?.heldCredits), options);
  const cast = castBlock(list(input?.cast));
  const castIds = new Set(cast?.lines.map((l) => l.personId!) ?? []);
  const crew = crewBlocks([...rosterEntries(list(input?.roster), main.mainRoles, castIds), ...main.crew]);
  // The crawl opens with the unit's managers: UPM, 1st AD, 2nd AD, then the cast, then the rest.
  const rank = (b: NamesBlock) => CRAWL_OPENERS.findIndex((roleId) => b.id.endsWith(`:${roleId}`));
  const openers = crew.filter((b) => rank(b) >= 0).sort((a, b) => rank(a) - rank(b)).map((b): NamesBlock => ({ ...b, section: "opening" }));
  const rest = crew.filter((b) => rank(b) < 0);
  const inSection = (section: CreditSection) => rest.filter((b) => b.section === section);
  return { schemaVersion: CREDIT_LIST_SCHEMA_VERSION, blocks: [...main.blocks, ...openers, ...(cast ? [cast] : []), ...inSection("crew"), ...inSection("post")] };
}

/** Catalogue roles that bill before the cast in the end crawl (DOMAIN.md §3), in this order. */
export const CRAWL_OPENERS = ["production.unit-production-manager", "direction.first-assistant-director", "direction.second-assistant-director"] as const;
