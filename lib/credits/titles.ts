/**
 * Credit titles the engine can suggest, in billing order. The order of this list is the
 * order suggestions are sorted by (the producer family first, in its billing order, then the
 * managers, then creative credits, then the post and music heads of department, which usually
 * bill in the end crawl). Every CREDIT_HINTS key of the taxonomy (lib/work/taxonomy.ts) must
 * be an id here, or the creative rule ignores work on it. Stored decisions keep ids, never
 * positions, so a title may be inserted where it bills.
 */
export const CREDIT_TITLES = [
  { id: "executive-producer", label: "Executive Producer" },
  { id: "co-executive-producer", label: "Co-Executive Producer" },
  { id: "produced-by", label: "Produced by" },
  { id: "co-producer", label: "Co-Producer" },
  { id: "line-producer", label: "Line Producer" },
  { id: "associate-producer", label: "Associate Producer" },
  { id: "unit-production-manager", label: "Unit Production Manager" },
  { id: "production-coordinator", label: "Production Coordinator" },
  { id: "written-by", label: "Written by" },
  { id: "screenplay-by", label: "Screenplay by" },
  { id: "story-by", label: "Story by" },
  { id: "directed-by", label: "Directed by" },
  { id: "edited-by", label: "Edited by" },
  { id: "director-of-photography", label: "Director of Photography" },
  { id: "music-by", label: "Music by" },
  { id: "casting-by", label: "Casting by" },
  { id: "production-designer", label: "Production Designer" },
  { id: "costume-designer", label: "Costume Designer" },
  { id: "music-supervisor", label: "Music Supervisor" },
  { id: "sound-designer", label: "Sound Designer" },
  { id: "visual-effects-supervisor", label: "Visual Effects Supervisor" },
  { id: "colorist", label: "Colorist" },
] as const;

export type CreditTitleId = (typeof CREDIT_TITLES)[number]["id"];

/** The producing family: titles earned by producing functions rather than a creditHint. */
export const PRODUCING_TITLES: readonly CreditTitleId[] = [
  "executive-producer",
  "co-executive-producer",
  "produced-by",
  "co-producer",
  "line-producer",
  "associate-producer",
  "unit-production-manager",
  "production-coordinator",
];

/**
 * The producer family (DOMAIN.md §6): titles that bill together in the producers' block of
 * the main titles, in this order, and only once someone decided them — never from a roster
 * role alone, never inside a crew department.
 */
export const PRODUCER_FAMILY: readonly CreditTitleId[] = [
  "executive-producer",
  "co-executive-producer",
  "produced-by",
  "co-producer",
  "line-producer",
  "associate-producer",
];

const FAMILY: ReadonlySet<string> = new Set(PRODUCER_FAMILY);

/** Whether a title id is one of the producer family (PRODUCER_FAMILY). */
export function isProducerFamilyId(id: string | null | undefined): boolean {
  return typeof id === "string" && FAMILY.has(id);
}

const ORDER = new Map<string, number>(CREDIT_TITLES.map((t, i) => [t.id, i]));
const PRODUCING: ReadonlySet<string> = new Set(PRODUCING_TITLES);

/** Whether a title id is one of the producing family (PRODUCING_TITLES). */
export function isProducingTitleId(id: string): boolean {
  return PRODUCING.has(id);
}

export function isCreditTitleId(value: unknown): value is CreditTitleId {
  return typeof value === "string" && ORDER.has(value);
}

/** Billing position of a title; unknown titles sort after every known one. */
export function titleOrder(id: string): number {
  return ORDER.get(id) ?? CREDIT_TITLES.length;
}

const LABELS = new Map<string, string>(CREDIT_TITLES.map((t) => [t.id, t.label]));

export function titleLabel(id: string): string {
  return LABELS.get(id) ?? id;
}

/** Common hand-typed spellings that mean one of the known titles. */
const ALIASES: Readonly<Record<string, CreditTitleId>> = {
  producer: "produced-by",
  ep: "executive-producer",
  "exec-producer": "executive-producer",
  "executive-producers": "executive-producer",
  "co-ep": "co-executive-producer",
  "co-exec-producer": "co-executive-producer",
  "coexecutive-producer": "co-executive-producer",
  producers: "produced-by",
  "coproducer": "co-producer",
  "associate-producers": "associate-producer",
  "unit-production-manager-upm": "unit-production-manager",
  upm: "unit-production-manager",
  "production-manager": "unit-production-manager",
  writer: "written-by",
  screenwriter: "screenplay-by",
  director: "directed-by",
  editor: "edited-by",
  dp: "director-of-photography",
  dop: "director-of-photography",
  cinematographer: "director-of-photography",
  composer: "music-by",
  "casting-director": "casting-by",
  "music-supervision": "music-supervisor",
  "music-supervision-by": "music-supervisor",
  "sound-design": "sound-designer",
  "sound-design-by": "sound-designer",
  "vfx-supervisor": "visual-effects-supervisor",
  "vfx-supervision": "visual-effects-supervisor",
  "visual-fx-supervisor": "visual-effects-supervisor",
  "visual-effects-supervision": "visual-effects-supervisor",
  colourist: "colorist",
  "digital-colorist": "colorist",
  "digital-colourist": "colorist",
  "color-grader": "colorist",
  "colour-grader": "colorist",
  "color-grading": "colorist",
  "colour-grading": "colorist",
  "color-grading-by": "colorist",
  "colour-grading-by": "colorist",
};

/**
 * Maps a held title ("Produced by", "produced-by", "Producer") to a known id, or null when
 * it is a title the engine does not know (a custom title typed by hand).
 */
export function matchTitle(raw: unknown): CreditTitleId | null {
  if (typeof raw !== "string") return null;
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (isCreditTitleId(key)) return key;
  return ALIASES[key] ?? null;
}
