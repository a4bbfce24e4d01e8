/**
 * The credit list: the end credits of a project as plain, JSON-serialisable data.
 *
 * A list is an ordered array of blocks; each block has a heading and lines (names). The
 * order of the array is the on-screen order. Everything here survives `JSON.stringify` /
 * `JSON.parse` unchanged (no `undefined` values, no Dates, no Maps), so a list can be
 * stored in one column, sent over the API and versioned.
 *
 * Versioning: `schemaVersion` is 2. A change that an older reader could misread (a renamed
 * or re-typed field, a new required field, a new block kind or section) bumps it, and
 * `parseCreditList` (schema.ts) learns to upgrade the old shape. Adding an optional field
 * does not. Version 2 added the "opening" and "post" sections and made sections follow the
 * order of the list (sections.ts); version 1 lists are upgraded on read.
 *
 * Ids:
 * - block ids are stable: a generated block derives its id from its source
 *   (`main:directed-by`, `main:written-by+directed-by`, `main:custom:<slug>`, `cast`,
 *   `crew:<departmentId or slug>:<roleId or slug>`), so regenerating finds the same block
 *   again; a manual block keeps the id it was given (never one of the generated prefixes);
 * - line keys are stable within a block: the person id (`<personId>#2` for a second line of
 *   the same person in the same block), or `name:<slug>` for a line without a person.
 */

export const CREDIT_LIST_SCHEMA_VERSION = 2 as const;

/**
 * Sections in on-screen order: the main titles, the crawl's openers that bill before the cast
 * (UPM, 1st and 2nd AD), the cast, the crew by department, post-production (and the
 * departments that follow it in the catalogue), then the closing blocks: music, thanks,
 * legal text and logos.
 *
 * Invariant: a list's blocks are in section order, each section one run (sections.ts keeps
 * it so: a block moved across a boundary takes the section it lands in).
 */
export const CREDIT_SECTIONS = ["main", "opening", "cast", "crew", "post", "music", "thanks", "legal", "logos"] as const;
export type CreditSection = (typeof CREDIT_SECTIONS)[number];

/** What the editor, the exports and the messages call each section. */
export const SECTION_LABELS: Readonly<Record<CreditSection, string>> = {
  main: "Main titles",
  opening: "Before the cast",
  cast: "Cast",
  crew: "Crew",
  post: "Post-production",
  music: "Music",
  thanks: "Thanks",
  legal: "Legal",
  logos: "Logos",
};

/**
 * Block kinds (as Endcrawl names them, DOMAIN.md §4):
 * - names: a role heading with a few names ("Directed by", "Gaffer", the cast list);
 * - group: one heading over many names ("Special Thanks", "Production Assistants");
 * - paragraph: free text (legal notices, dedications);
 * - song: a song credit (title, performed by, written by, courtesy of);
 * - logo: an image (company, guild, festival logos).
 */
export const BLOCK_KINDS = ["names", "group", "paragraph", "song", "logo"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** WGA punctuation: "&" joins a writing team (one writer), "and" writers who worked separately. */
export type Joiner = "&" | "and";
export type Columns = 1 | 2;
export type BlockOrigin = "generated" | "manual";

export type CreditLine = {
  /** Stable within its block (see the file comment). */
  key: string;
  personId: string | null;
  /** The person's credited name, as on file. */
  name: string;
  /** A display name for this credit only ("as …"); null shows `name`. */
  asCredited: string | null;
  hidden: boolean;
  /** Cast lines: the character played. */
  character?: string;
  /**
   * How this line joins the line before it ("&" = same team, "and" = separately), as WGA
   * punctuation asks. Generated writing credits start with "and" on every line; a user may
   * set one on any block of names (a directing team joined with "&"). Ignored on the first
   * visible line; absent = a new row without a word.
   */
  joiner?: Joiner;
};

/** Something a person should check before locking the list. Flags warn; they never block. */
export type CreditFlag = {
  kind: "guild-waiver";
  /** A plain sentence for the user. */
  message: string;
  personIds: string[];
};

type BlockCommon = {
  id: string;
  section: CreditSection;
  /** The heading shown on screen ("" = no heading line). */
  heading: string;
  /**
   * The singular heading a generated heading derives from ("Executive Producer"); while
   * `headingEdited` is false, `heading` is recomputed from it and the number of visible names.
   */
  baseHeading: string;
  /** The user renamed the heading: regenerating and hiding names keep `heading` as it is. */
  headingEdited: boolean;
  columns: Columns;
  hidden: boolean;
  lines: CreditLine[];
  flags: CreditFlag[];
  origin: BlockOrigin;
};

export type NamesBlock = BlockCommon & { kind: "names" };
export type GroupBlock = BlockCommon & { kind: "group" };
export type ParagraphBlock = BlockCommon & { kind: "paragraph"; text: string };
export type SongBlock = BlockCommon & {
  kind: "song";
  title: string;
  performedBy: string | null;
  writtenBy: string | null;
  courtesyOf: string | null;
};
export type LogoBlock = BlockCommon & {
  kind: "logo";
  assetId: string;
  /** Text alternative, also what the text exports print in place of the image. */
  alt: string;
  /** Intrinsic size in pixels, positive integers. */
  width: number;
  height: number;
};

export type CreditBlock = NamesBlock | GroupBlock | ParagraphBlock | SongBlock | LogoBlock;

export type CreditList = { schemaVersion: typeof CREDIT_LIST_SCHEMA_VERSION; blocks: CreditBlock[] };

/** Blocks whose content is a list of names (the ones with lines, columns and plural headings). */
export function hasNames(block: CreditBlock): block is NamesBlock | GroupBlock {
  return block.kind === "names" || block.kind === "group";
}

/** The name shown on screen for a line: its per-credit name when set, else the person's name. */
export function displayName(line: CreditLine): string {
  return line.asCredited ?? line.name;
}

/** Generated block ids are "cast" or start with one of these; a manual block id may not. */
export const GENERATED_ID_PREFIXES = ["main:", "crew:", "cast:"] as const;

/** True for the ids `buildCreditList` generates (and reserves): "cast", "main:…", "crew:…", "cast:…". */
export function isGeneratedId(id: string): boolean {
  return id === "cast" || GENERATED_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
