/**
 * Print-ready PDF of an end-credit list (server-side, pure Node: pdfkit + fontkit).
 *
 * Every name is drawn with embedded Noto Sans fonts (Latin/Greek/Cyrillic, Arabic, Hebrew,
 * Japanese, Simplified Chinese, Korean), chosen per character run (see ./text.ts and
 * ./fonts.ts); no PDF base-14 font is ever used. Right-to-left names are reordered with the
 * Unicode Bidirectional Algorithm and Arabic is shaped by fontkit's OpenType engine.
 *
 * Layout, as title houses read a credit list:
 * - an optional title page (project, version, dates, running time, status) and, on a list not
 *   locked as sent to post, a DRAFT mark on every page (a large light diagonal word, and
 *   "DRAFT" in the running header);
 * - "centred" blocks (main titles, thanks, music, legal): a centred heading (small, tracked
 *   capitals in grey) over centred names, one column or two;
 * - "side-by-side" blocks (the crew): the role right-aligned left of a centre gutter, the
 *   names left-aligned right of it, the first name level with the role;
 * - the cast (names with a character): character | actor across the same gutter, under a
 *   centred heading;
 * - paragraphs wrapped and centred; songs as a title over wrapped lines; logos as centred
 *   images.
 * Every text wraps to its column (a name too long even at 70 % size, or an unbroken
 * 10,000-character heading, breaks into lines, never past the margin). Page breaks never
 * separate a heading from what follows it; every page carries a running header (when given)
 * and "n / N" at the foot.
 *
 * In Next.js, keep pdfkit/fontkit/subset-font out of the server bundle
 * (`serverExternalPackages`): see lib/pdf/README.md.
 */
import SVGtoPDF from "svg-to-pdfkit";
import { baselineIn, openPdf, paginate, PAGE_SIZES, Typesetter, type Doc, type Geometry, type Line, type Row, type Style } from "./layout";
import { cleanText, loadFontsFor } from "./text";

export type PdfBlock = {
  heading: string;
  names: { name: string; character?: string | null }[];
  columns: 1 | 2;
  kind: "names" | "group" | "paragraph" | "song" | "logo";
  /** "side-by-side": role | names across the centre gutter (a one-column block of names); default "centred". */
  layout?: "centred" | "side-by-side";
  text?: string;
  /** A logo's file: PNG bytes or SVG markup (cleaned on upload), with its size in pixels. */
  logo?: { png?: Buffer; svg?: string; width: number; height: number };
};

/** The first page: the project's title, then labelled facts ("Version", "Date", "Running time", "Status"). */
export type PdfTitlePage = { title: string; subtitle?: string; facts: { label: string; value: string }[] };

export type CreditsPdfInput = {
  title: string;
  subtitle?: string;
  blocks: PdfBlock[];
  pageSize?: "A4" | "LETTER";
  /** A title page before the credits (then the credits start without their title lines). */
  titlePage?: PdfTitlePage;
  /** Marks every page DRAFT (anything not locked as sent to post). */
  draft?: boolean;
  /** The running header's text, top left of every page after the title page. */
  header?: string;
};

// ---------------------------------------------------------------------------------------
// Typography (points)

const STYLE = {
  title: { size: 22, lineHeight: 30, color: "#000000", tracking: 0, upper: false },
  subtitle: { size: 12, lineHeight: 18, color: "#555555", tracking: 0, upper: false },
  // Tracking stays under 0.1 em: more and text extractors (pdf.js) read "D I R E C T E D".
  heading: { size: 8.5, lineHeight: 14, color: "#6b6b6b", tracking: 0.68, upper: true },
  group: { size: 11, lineHeight: 18, color: "#111111", tracking: 0.88, upper: true },
  name: { size: 11, lineHeight: 15.5, color: "#111111", tracking: 0, upper: false },
  character: { size: 11, lineHeight: 15.5, color: "#3a3a3a", tracking: 0, upper: false },
  paragraph: { size: 9.5, lineHeight: 13.5, color: "#333333", tracking: 0, upper: false },
  songTitle: { size: 11, lineHeight: 16, color: "#111111", tracking: 0, upper: false },
  songText: { size: 9, lineHeight: 13, color: "#555555", tracking: 0, upper: false },
  folio: { size: 8, lineHeight: 10, color: "#8a8a8a", tracking: 0.5, upper: false },
  // Side-by-side roles: the heading's small capitals, set level with the names.
  role: { size: 8.5, lineHeight: 15.5, color: "#6b6b6b", tracking: 0.68, upper: true },
  pageTitle: { size: 30, lineHeight: 38, color: "#000000", tracking: 0, upper: false },
  pageSubtitle: { size: 13, lineHeight: 20, color: "#555555", tracking: 0, upper: false },
  factLabel: { size: 8.5, lineHeight: 20, color: "#6b6b6b", tracking: 0.68, upper: true },
  factValue: { size: 11, lineHeight: 20, color: "#111111", tracking: 0, upper: false },
  draftMark: { size: 120, lineHeight: 120, color: "#ececec", tracking: 0, upper: false },
  draftLabel: { size: 8, lineHeight: 10, color: "#b42318", tracking: 0.8, upper: true },
} satisfies Record<string, Style>;

const MARGIN = { top: 64, bottom: 66, left: 56, right: 56 };
const GAP_BLOCK = 20;
const GAP_GROUP = 34;
const GAP_SIDE = 9;
const GAP_AFTER_TITLE = 30;
const HEADING_TO_NAMES = 3;
const SINGLE_WIDTH = 440;
const COLUMN_WIDTH = 230;
const COLUMN_GAP = 24;
/** Side-by-side blocks (crew roles | names, cast characters | actors): the gap at the centre and each column's width. */
const GUTTER = 18;
const SIDE_WIDTH = 220;
const PARAGRAPH_WIDTH = 420;
const LOGO_MAX = { width: 200, height: 90 };

/** A logo's printed size: within LOGO_MAX, proportions kept, never enlarged. */
function logoBox(width: number, height: number): { w: number; h: number } {
  const scale = Math.min(1, LOGO_MAX.width / width, LOGO_MAX.height / height);
  return { w: width * scale, h: height * scale };
}

// ---------------------------------------------------------------------------------------
// Rows and pagination

/**
 * One row of two columns of name lines (a cast line, a pair of names), as tall as the longer
 * side; `draw` places one line of a side at its baseline.
 */
function pairRow(left: readonly Line[], right: readonly Line[], draw: { left: (line: Line, baseline: number) => void; right: (line: Line, baseline: number) => void }): Row {
  const count = Math.max(left.length, right.length);
  return {
    before: 0,
    height: STYLE.name.lineHeight * count,
    keep: false,
    draw: (top) => {
      for (let i = 0; i < count; i++) {
        const rowTop = top + i * STYLE.name.lineHeight;
        const l = left[i];
        const r = right[i];
        if (l) draw.left(l, baselineIn(rowTop, STYLE.name, l.size));
        if (r) draw.right(r, baselineIn(rowTop, STYLE.name, r.size));
      }
    },
  };
}

/** Loads every font slice the document's characters need (the PGA packet loads its attachment's this way too). */
export async function prepareFonts(input: CreditsPdfInput): Promise<void> {
  const texts: (string | null | undefined)[] = [input.title, input.subtitle, input.header, "0123456789 /"];
  if (input.draft) texts.push("DRAFT");
  if (input.titlePage) {
    texts.push(input.titlePage.title, input.titlePage.subtitle);
    for (const f of input.titlePage.facts) texts.push(f.label.toUpperCase(), f.value);
  }
  for (const b of input.blocks) {
    texts.push(headingStyle(b.kind).upper ? b.heading.toUpperCase() : b.heading);
    for (const n of b.names) texts.push(n.name, n.character);
    texts.push(...(b.text ?? "").split(/\r?\n/));
  }
  await loadFontsFor(texts);
}

function headingStyle(kind: PdfBlock["kind"]): Style {
  if (kind === "group") return STYLE.group;
  if (kind === "song") return STYLE.songTitle;
  return STYLE.heading;
}

/** The rows of the credits, as the list PDF sets them (the PGA packet attaches them the same way). */
export function buildRows(input: CreditsPdfInput, ts: Typesetter, doc: Doc, g: Geometry): Row[] {
  const rows: Row[] = [];
  const singleWidth = Math.min(SINGLE_WIDTH, g.contentWidth);

  // Title and subtitle (on the title page instead, when there is one).
  const title = input.titlePage ? "" : cleanText(input.title);
  if (title) {
    for (const line of ts.wrap(title, STYLE.title, g.contentWidth)) {
      rows.push({ before: 0, height: STYLE.title.lineHeight, keep: true, draw: (top) => ts.drawCentered(line, g.center, baselineIn(top, STYLE.title, line.size)) });
    }
  }
  if (!input.titlePage && input.subtitle && cleanText(input.subtitle)) {
    for (const line of ts.wrap(input.subtitle, STYLE.subtitle, g.contentWidth)) {
      rows.push({ before: 2, height: STYLE.subtitle.lineHeight, keep: true, draw: (top) => ts.drawCentered(line, g.center, baselineIn(top, STYLE.subtitle, line.size)) });
    }
  }
  const last = rows[rows.length - 1];
  if (last) last.keep = false;
  let pendingGap = rows.length ? GAP_AFTER_TITLE : 0;

  const push = (row: Row) => {
    rows.push({ ...row, before: row.before + pendingGap });
    pendingGap = 0;
  };

  let previousSideBySide = false;
  for (const block of input.blocks) {
    const blockStart = rows.length;
    // Names, cleaned; a side-by-side block of names sets its heading beside them instead.
    const names = block.names
      .map((n) => ({ name: cleanText(n.name), character: n.character ? cleanText(n.character) : "" }))
      .filter((n) => n.name || n.character);
    const isCast = names.some((n) => n.character);
    const sideBySide = block.layout === "side-by-side" && !isCast && block.columns === 1 && names.length > 0 && (block.kind === "names" || block.kind === "group");

    // Roles set side by side follow one another closely, as on a crew list.
    const gapBefore = sideBySide && previousSideBySide ? GAP_SIDE : block.kind === "group" ? GAP_GROUP : GAP_BLOCK;
    pendingGap = Math.max(pendingGap, blockStart === 0 ? 0 : gapBefore);
    previousSideBySide = sideBySide;

    // Heading.
    const hStyle = headingStyle(block.kind);
    if (!sideBySide && cleanText(block.heading)) {
      for (const line of ts.wrap(block.heading, hStyle, g.contentWidth)) {
        push({ before: 0, height: hStyle.lineHeight, keep: true, draw: (top) => ts.drawCentered(line, g.center, baselineIn(top, hStyle, line.size)) });
      }
      pendingGap = HEADING_TO_NAMES;
    }

    // Logo: the image, centred, no larger than LOGO_MAX (and never scaled up).
    if (block.kind === "logo" && block.logo) {
      const logo = block.logo;
      try {
        if (logo.png) {
          // pdfkit's openImage (untyped in @types/pdfkit) parses the PNG once and gives its size.
          const img = (doc as unknown as { openImage(src: Buffer): { width: number; height: number } }).openImage(logo.png);
          const { w, h } = logoBox(img.width, img.height);
          push({ before: 4, height: h + 4, keep: false, draw: (top) => void doc.image(img as unknown as Buffer, g.center - w / 2, top + 2, { width: w, height: h }) });
        } else if (logo.svg && logo.width > 0 && logo.height > 0) {
          const svg = logo.svg;
          const { w, h } = logoBox(logo.width, logo.height);
          push({ before: 4, height: h + 4, keep: false, draw: (top) => SVGtoPDF(doc, svg, g.center - w / 2, top + 2, { width: w, height: h, preserveAspectRatio: "xMidYMid meet" }) });
        }
      } catch {
        // Not a readable image: the heading stays, the image is left out.
      }
    }

    // Text (paragraphs, song lines).
    if (block.text && cleanText(block.text)) {
      const tStyle = block.kind === "song" ? STYLE.songText : STYLE.paragraph;
      const lines = ts.wrap(block.text, tStyle, Math.min(PARAGRAPH_WIDTH, g.contentWidth));
      lines.forEach((line, i) => {
        // No orphan first line nor widowed last line; a song's lines stay together.
        const keep = block.kind === "song" ? lines.length <= 8 && i < lines.length - 1 : (i === 0 && lines.length > 1) || i === lines.length - 2;
        push({ before: 0, height: tStyle.lineHeight, keep, draw: (top) => ts.drawCentered(line, g.center, baselineIn(top, tStyle, line.size)) });
      });
      if (block.names.length) pendingGap = 6;
    }

    // Names.
    const side = Math.min(SIDE_WIDTH, (g.contentWidth - GUTTER) / 2);
    const leftEdge = g.center - GUTTER / 2;
    const rightEdge = g.center + GUTTER / 2;
    if (sideBySide) {
      // Role | names: the role's lines down the left, the names' lines down the right.
      const roleLines = cleanText(block.heading) ? ts.lines(block.heading, STYLE.role, side) : [];
      const nameLines = names.flatMap((n) => ts.lines(n.name, STYLE.name, side));
      const count = Math.max(roleLines.length, nameLines.length);
      // A short block stays together; a long one keeps its role with the first two names.
      const together = count <= 6;
      for (let i = 0; i < count; i++) {
        const role = roleLines[i];
        const name = nameLines[i];
        push({
          before: 0,
          height: STYLE.name.lineHeight,
          keep: i < count - 1 && (together || i < 1),
          draw: (top) => {
            const base = baselineIn(top, STYLE.name);
            if (role) ts.drawRight(role, leftEdge, base);
            if (name) ts.draw(name, rightEdge, base);
          },
        });
      }
    } else if (isCast) {
      // Character | actor across the centre gutter; a long one wraps in its column.
      for (const n of names) {
        const characterLines = n.character ? ts.lines(n.character, STYLE.character, side) : [];
        const actorLines = ts.lines(n.name, STYLE.name, n.character ? side : g.contentWidth);
        push(
          pairRow(characterLines, actorLines, {
            left: (line, base) => ts.drawRight(line, leftEdge, base),
            right: (line, base) => (n.character ? ts.draw(line, rightEdge, base) : ts.drawCentered(line, g.center, base)),
          }),
        );
      }
    } else if (block.columns === 2 && names.length > 1) {
      const colWidth = Math.min(COLUMN_WIDTH, (g.contentWidth - COLUMN_GAP) / 2);
      const leftCenter = g.center - (colWidth + COLUMN_GAP) / 2;
      const rightCenter = g.center + (colWidth + COLUMN_GAP) / 2;
      for (let i = 0; i < names.length; i += 2) {
        const bName = names[i + 1];
        const a = ts.lines(names[i]!.name, STYLE.name, bName ? colWidth : g.contentWidth);
        const b = bName ? ts.lines(bName.name, STYLE.name, colWidth) : [];
        push(
          pairRow(a, b, {
            left: (line, base) => ts.drawCentered(line, bName ? leftCenter : g.center, base),
            right: (line, base) => ts.drawCentered(line, rightCenter, base),
          }),
        );
      }
    } else {
      // A song's rows (title, written by, performed by, courtesy of) stay on one page.
      const keepSong = block.kind === "song" && names.length <= 8;
      for (const [i, n] of names.entries()) {
        const lines = ts.lines(n.name, STYLE.name, singleWidth);
        lines.forEach((line, k) => {
          const last = i === names.length - 1 && k === lines.length - 1;
          push({ before: 0, height: STYLE.name.lineHeight, keep: (keepSong && !last) || k < lines.length - 1, draw: (top) => ts.drawCentered(line, g.center, baselineIn(top, STYLE.name, line.size)) });
        });
      }
    }

    // A block that is only a heading (a group title, say) keeps it with the next block:
    // its heading rows still carry keep = true into the next block's first row.
  }
  return rows;
}

// ---------------------------------------------------------------------------------------

/** The title page: the title in the upper third, then the facts as label | value across the gutter. */
function drawTitlePage(ts: Typesetter, g: Geometry, page: PdfTitlePage): void {
  let y = g.height * 0.28;
  for (const line of ts.wrap(page.title, STYLE.pageTitle, g.contentWidth)) {
    ts.drawCentered(line, g.center, baselineIn(y, STYLE.pageTitle, line.size));
    y += STYLE.pageTitle.lineHeight;
  }
  if (page.subtitle) {
    y += 6;
    for (const line of ts.wrap(page.subtitle, STYLE.pageSubtitle, g.contentWidth)) {
      ts.drawCentered(line, g.center, baselineIn(y, STYLE.pageSubtitle, line.size));
      y += STYLE.pageSubtitle.lineHeight;
    }
  }
  y += 40;
  const side = Math.min(SIDE_WIDTH, (g.contentWidth - GUTTER) / 2);
  for (const fact of page.facts) {
    const labels = ts.lines(fact.label, STYLE.factLabel, side);
    const values = ts.lines(fact.value, STYLE.factValue, side);
    const count = Math.max(labels.length, values.length);
    for (let i = 0; i < count; i++) {
      const base = baselineIn(y, STYLE.factValue);
      if (labels[i]) ts.drawRight(labels[i]!, g.center - GUTTER / 2, base);
      if (values[i]) ts.draw(values[i]!, g.center + GUTTER / 2, base);
      y += STYLE.factValue.lineHeight;
    }
  }
}

/** The large, light, diagonal DRAFT behind a page's content. */
function drawDraftMark(ts: Typesetter, doc: Doc, g: Geometry): void {
  const mark = ts.measure("DRAFT", STYLE.draftMark);
  doc.save();
  doc.rotate(-35, { origin: [g.center, g.height / 2] });
  ts.drawCentered(mark, g.center, g.height / 2 + mark.size * 0.35);
  doc.restore();
}

export async function renderCreditsPdf(input: CreditsPdfInput, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  await prepareFonts(input);

  const [pageWidth, pageHeight] = PAGE_SIZES[input.pageSize ?? "A4"];
  const title = cleanText(input.titlePage?.title ?? input.title) || "Credits";
  const { doc, bytes } = openPdf({ title, subject: input.subtitle ? cleanText(input.subtitle) : undefined, size: [pageWidth, pageHeight], margins: MARGIN });

  const geometry: Geometry = {
    width: pageWidth,
    height: pageHeight,
    center: pageWidth / 2,
    contentWidth: pageWidth - MARGIN.left - MARGIN.right,
  };
  const ts = new Typesetter(doc);
  const rows = buildRows(input, ts, doc, geometry);
  const pages = paginate(rows, MARGIN.top, pageHeight - MARGIN.bottom);
  const total = rows.length;
  const first = input.titlePage ? 1 : 0;
  const pageCount = pages.length + first;
  onProgress?.(0, total);

  const furniture = (n: number) => {
    // The running header (from the second page on when there is a title page) and the folio.
    if (input.draft) drawDraftMark(ts, doc, geometry);
    const top = MARGIN.top / 2 - 4;
    if (input.header && (n > 1 || !input.titlePage)) {
      const header = ts.fit(input.header, STYLE.folio, geometry.contentWidth - 60);
      ts.draw(header, MARGIN.left, top);
    }
    if (input.draft) ts.drawRight(ts.measure("DRAFT", STYLE.draftLabel), pageWidth - MARGIN.right, top);
    const folio = ts.measure(`${n} / ${pageCount}`, STYLE.folio);
    ts.drawCentered(folio, geometry.center, pageHeight - MARGIN.bottom / 2 + 4);
  };

  if (input.titlePage) {
    doc.addPage({ size: [pageWidth, pageHeight], margins: MARGIN });
    furniture(1);
    drawTitlePage(ts, geometry, input.titlePage);
  }
  let done = 0;
  for (let p = 0; p < pages.length; p++) {
    doc.addPage({ size: [pageWidth, pageHeight], margins: MARGIN });
    furniture(p + 1 + first);
    for (const { row, top } of pages[p]!) row.draw(top);
    done += pages[p]!.length;
    onProgress?.(done, total);
    // Let other requests breathe on long documents.
    if (p % 4 === 3) await new Promise<void>((r) => setImmediate(r));
  }
  return bytes();
}
