import { joinedRows, songRows, visibleBlocks } from "@/lib/end-credits/render";
import { displayName, hasNames, type CreditBlock, type CreditList, type CreditSection } from "@/lib/end-credits/types";
import { parseFrameRate } from "@/lib/end-credits/crawl";
import { toXlsx } from "./xlsx";
import { zipFiles } from "./zip";

/**
 * A Cinecred project (cinecred.com/guide): a folder holding `Credits.xlsx` — the credits
 * spreadsheet — and `Styling.toml` — its page, content and letter styles. Cinecred opens a
 * folder as a project when it finds Styling.toml there (projectio/ProjectIntake.kt), and reads
 * the spreadsheet's table from the first row with a cell starting with "@" (the header);
 * columns are found by name.
 *
 * The spreadsheet follows Cinecred's credits-spreadsheet guide:
 * - head-body-tail blocks: a row with a @Head starts a block; the @Body cells below it, one a
 *   row, are its body (a role and its names; a character and the actor; a song's title and
 *   its credit lines);
 * - an empty row ends a block and adds one unit of vertical gap; @Vertical Gap adds more
 *   (two more units between sections of the list);
 * - @Content Style names the content style (in Styling.toml) of the block it starts;
 * - @Page Style starts a page: with main titles as cards, each main title is a "Card" page,
 *   and the crawl one "Scroll" page (at the list's speed);
 * - @Spine Position 0 puts the crawl's spine at the centre (where role | name meet);
 * - a logo is a {{Pic …}} tag to its file, written into the project's Logos folder.
 * @Break Harmonization, @Page Runtime and @Page Gap are present and left empty (Cinecred's
 * styles decide). Text that looks like a Cinecred tag ("{{…}}") is defused so names print as
 * typed.
 */
export const CINECRED_COLUMNS = ["@Head", "@Body", "@Tail", "@Vertical Gap", "@Content Style", "@Break Harmonization", "@Spine Position", "@Page Style", "@Page Runtime", "@Page Gap"] as const;

type Column = (typeof CINECRED_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/** The content styles the spreadsheet uses (defined in Styling.toml). */
export const CINECRED_STYLES = { card: "Card", centred: "Centred", twoColumns: "Two Columns", gutter: "Gutter", heading: "Heading", paragraph: "Paragraph", song: "Song", logo: "Logo" } as const;

/** Sections set role | names across the spine, as the crawl and the PDF set the crew. */
const GUTTER_SECTIONS: ReadonlySet<CreditSection> = new Set(["opening", "crew", "post"]);

export type CinecredOptions = {
  /** The project's title (in Styling.toml's first comment). */
  title: string;
  fps: string;
  /** Whole pixels a frame on a 1080-line frame. */
  pxPerFrame: number;
  /** Main titles as cards (Card pages), `seconds` each; null: everything crawls. */
  cards: { seconds: number } | null;
  /** Asset id → the logo's file name in the project's Logos folder. */
  logoFiles?: ReadonlyMap<string, string>;
  exportedAt?: Date;
};

/** Cinecred's tags open with "{{": a zero-width space between the braces keeps text literal. */
function literal(text: string): string {
  return text.replace(/\{\{/g, "{\u200b{").replace(/\}\}/g, "}\u200b}");
}

/** The spreadsheet's rows: the header, then the blocks. */
export function cinecredRows(list: CreditList, options: CinecredOptions): string[][] {
  const rows: Row[] = [];
  const blocks = visibleBlocks(list);
  const cards = options.cards ? blocks.filter((b) => b.section === "main") : [];
  const crawl = options.cards ? blocks.filter((b) => b.section !== "main") : blocks;

  for (const block of cards) {
    if (rows.length) rows.push({});
    const start = rows.length;
    blockRows(block, CINECRED_STYLES.card, rows, options);
    rows[start] = { ...rows[start], "@Page Style": "Card" };
  }
  let section: CreditSection | null = null;
  crawl.forEach((block, i) => {
    if (i === 0) {
      if (rows.length) rows.push({});
    } else rows.push(block.section !== section ? { "@Vertical Gap": "2" } : {});
    section = block.section;
    const start = rows.length;
    blockRows(block, styleOf(block), rows, options);
    if (i === 0) rows[start] = { ...rows[start], "@Page Style": "Scroll", "@Spine Position": "0" };
  });

  return [[...CINECRED_COLUMNS], ...rows.map((r) => CINECRED_COLUMNS.map((c) => r[c] ?? ""))];
}

function styleOf(block: CreditBlock): string {
  if (block.kind === "paragraph") return CINECRED_STYLES.paragraph;
  if (block.kind === "song") return CINECRED_STYLES.song;
  if (block.kind === "logo") return CINECRED_STYLES.logo;
  if (!hasNames(block)) return CINECRED_STYLES.centred;
  if (block.lines.some((l) => l.character !== undefined)) return CINECRED_STYLES.gutter;
  if (block.columns === 2) return CINECRED_STYLES.twoColumns;
  return GUTTER_SECTIONS.has(block.section) ? CINECRED_STYLES.gutter : CINECRED_STYLES.centred;
}

/** One block's rows: its head and body cells, its content style on the first row. */
function blockRows(block: CreditBlock, style: string, rows: Row[], options: CinecredOptions): void {
  const start = rows.length;
  const body = (text: string, head = "") => rows.push({ ...(head ? { "@Head": literal(head) } : {}), "@Body": literal(text) });
  if (hasNames(block) && block.lines.some((l) => l.character !== undefined)) {
    // The cast: a heading block, then one Gutter block per part (character → actor).
    if (block.heading) {
      rows.push({ "@Body": literal(block.heading), "@Content Style": CINECRED_STYLES.heading }, {});
    }
    const castStart = rows.length;
    // A part without a character joins the part above it.
    for (const line of block.lines) body(displayName(line), line.character ?? "");
    rows[castStart] = { ...rows[castStart], "@Content Style": style };
    return;
  }
  if (hasNames(block)) {
    joinedRows(block.lines).forEach((row, k) => body(row.text, k === 0 ? block.heading : ""));
  } else if (block.kind === "paragraph") {
    block.text
      .split("\n")
      .filter((p) => p.trim())
      .forEach((p, k) => body(p, k === 0 ? block.heading : ""));
  } else if (block.kind === "song") {
    const [title, ...credits] = songRows(block);
    if (credits.length === 0) body(title!);
    credits.forEach((line, k) => body(line, k === 0 ? title! : ""));
  } else if (block.kind === "logo") {
    const file = options.logoFiles?.get(block.assetId);
    // The one tag Hatrack writes: the logo's picture.
    rows.push({ ...(block.heading ? { "@Head": literal(block.heading) } : {}), "@Body": file ? `{{Pic Logos/${file}}}` : literal(`[Logo: ${block.alt}]`) });
  }
  if (rows.length === start && block.heading) rows.push({ "@Body": literal(block.heading) });
  if (rows.length > start) rows[start] = { ...rows[start], "@Content Style": style };
}

/** Cinecred's frame rate notation: "24/1", "24000/1001". */
function fpsFraction(fps: string): string {
  const { num, den } = parseFrameRate(fps);
  return `${num}/${den}`;
}

const q = (s: string) => JSON.stringify(s);

/**
 * Styling.toml: 1920×1080 at the project's frame rate; a Card and a Scroll page style (the
 * crawl at the list's speed, whole pixels a frame); the content styles the spreadsheet names;
 * letter styles in Noto Sans (the font of Hatrack's PDF and video; Cinecred uses a
 * fallback, and says so, where it isn't installed). Settings Cinecred doesn't find take its
 * defaults, so the file stays readable by later versions.
 */
export function cinecredStyling(options: CinecredOptions): string {
  const fps = parseFrameRate(options.fps);
  const cardFrames = options.cards ? Math.round(options.cards.seconds * fps.value) : 96;
  const fade = Math.min(12, Math.floor(cardFrames / 4));
  const content = (name: string, fields: Record<string, string | number | boolean | string[]>) =>
    [`[[contentStyle]]`, `name = ${q(name)}`, ...Object.entries(fields).map(([k, v]) => `${k} = ${Array.isArray(v) ? `[${v.map(q).join(", ")}]` : typeof v === "string" ? q(v) : String(v)}`)].join("\n");
  const letter = (name: string, height: number, extra: Record<string, string | number | boolean> = {}) =>
    [`[[letterStyle]]`, `name = ${q(name)}`, `fontName = "Noto Sans"`, `heightPx = ${height}`, ...Object.entries(extra).map(([k, v]) => `${k} = ${typeof v === "string" ? q(v) : String(v)}`)].join("\n");
  return `${[
    `# Written by Hatrack for "${options.title.replace(/["\\\n]/g, " ")}". Edit it in Cinecred's styling window.`,
    [`[global]`, `fps = ${q(fpsFraction(options.fps))}`, `resolution = "1920x1080"`, `unitVGapPx = 36.0`].join("\n"),
    [`[[pageStyle]]`, `name = "Card"`, `behavior = "CARD"`, `cardRuntimeFrames = ${cardFrames}`, `cardFadeInFrames = ${fade}`, `cardFadeOutFrames = ${fade}`, `subsequentGapFrames = 0`].join("\n"),
    [`[[pageStyle]]`, `name = "Scroll"`, `behavior = "SCROLL"`, `scrollPxPerFrame = ${options.pxPerFrame.toFixed(1)}`, `subsequentGapFrames = 0`].join("\n"),
    content(CINECRED_STYLES.card, { blockOrientation: "VERTICAL", bodyLetterStyleName: "Card Name", bodyLayout: "GRID", gridCellHJustifyPerCol: ["CENTER"], hasHead: true, headLetterStyleName: "Card Heading", headHJustify: "CENTER", headGapPx: 24.0 }),
    content(CINECRED_STYLES.centred, { blockOrientation: "VERTICAL", bodyLetterStyleName: "Name", bodyLayout: "GRID", gridCellHJustifyPerCol: ["CENTER"], hasHead: true, headLetterStyleName: "Heading", headHJustify: "CENTER", headGapPx: 8.0 }),
    content(CINECRED_STYLES.twoColumns, { blockOrientation: "VERTICAL", bodyLetterStyleName: "Name", bodyLayout: "GRID", gridCols: 2, gridCellHJustifyPerCol: ["CENTER", "CENTER"], gridColGapPx: 48.0, hasHead: true, headLetterStyleName: "Heading", headHJustify: "CENTER", headGapPx: 8.0 }),
    content(CINECRED_STYLES.gutter, { blockOrientation: "HORIZONTAL", spineAttachment: "HEAD_GAP_CENTER", bodyLetterStyleName: "Name", bodyLayout: "GRID", gridCellHJustifyPerCol: ["LEFT"], hasHead: true, headLetterStyleName: "Heading", headHJustify: "RIGHT", headGapPx: 48.0 }),
    content(CINECRED_STYLES.heading, { blockOrientation: "VERTICAL", bodyLetterStyleName: "Heading", bodyLayout: "GRID", gridCellHJustifyPerCol: ["CENTER"] }),
    content(CINECRED_STYLES.paragraph, { blockOrientation: "VERTICAL", bodyLetterStyleName: "Small", bodyLayout: "PARAGRAPHS", paragraphsLineWidthPx: 1100.0, hasHead: true, headLetterStyleName: "Heading", headHJustify: "CENTER", headGapPx: 8.0 }),
    content(CINECRED_STYLES.song, { blockOrientation: "VERTICAL", bodyLetterStyleName: "Small", bodyLayout: "GRID", gridCellHJustifyPerCol: ["CENTER"], hasHead: true, headLetterStyleName: "Name", headHJustify: "CENTER", headGapPx: 4.0 }),
    content(CINECRED_STYLES.logo, { blockOrientation: "VERTICAL", bodyLetterStyleName: "Name", bodyLayout: "GRID", gridCellHJustifyPerCol: ["CENTER"], hasHead: true, headLetterStyleName: "Heading", headHJustify: "CENTER", headGapPx: 8.0 }),
    letter("Name", 34),
    letter("Heading", 26, { uppercase: true, trackingEm: 0.2 }),
    letter("Small", 26),
    letter("Card Name", 56),
    letter("Card Heading", 30, { uppercase: true, trackingEm: 0.2 }),
  ].join("\n\n")}\n`;
}

/** A logo for the project folder: its file name under Logos/ and its bytes. */
export type CinecredLogo = { assetId: string; fileName: string; data: Uint8Array };

/**
 * The project as a zip: "<folder>/Credits.xlsx", "<folder>/Styling.toml" and the logos under
 * "<folder>/Logos/". Unzip it and open the folder in Cinecred.
 */
export async function cinecredProject(list: CreditList, options: Omit<CinecredOptions, "logoFiles">, folder: string, logos: readonly CinecredLogo[] = []): Promise<Buffer> {
  const logoFiles = new Map(logos.map((l) => [l.assetId, l.fileName]));
  const withLogos = { ...options, logoFiles };
  const credits = await toXlsx("Credits", cinecredRows(list, withLogos));
  return zipFiles(
    [
      { path: `${folder}/Credits.xlsx`, data: credits },
      { path: `${folder}/Styling.toml`, data: new TextEncoder().encode(cinecredStyling(withLogos)) },
      ...logos.map((l) => ({ path: `${folder}/Logos/${l.fileName}`, data: l.data })),
    ],
    options.exportedAt,
  );
}
