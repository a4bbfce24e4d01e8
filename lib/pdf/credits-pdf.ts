/**
 * Print-ready PDF of an end-credit list (server-side, pure Node: pdfkit + fontkit).
 *
 * Every name is drawn with embedded Noto Sans fonts (Latin/Greek/Cyrillic, Arabic, Hebrew,
 * Japanese, Simplified Chinese, Korean), chosen per character run (see ./text.ts and
 * ./fonts.ts); no PDF base-14 font is ever used. Right-to-left names are reordered with the
 * Unicode Bidirectional Algorithm and Arabic is shaped by fontkit's OpenType engine.
 *
 * Layout: a centred title, then per block a centred heading (small, tracked capitals in grey)
 * over centred names; two-column blocks as two centred columns; cast (names with a
 * character) as "character ······ actor" rows; paragraphs wrapped and centred; songs as a
 * title over wrapped lines; logos as centred images. Page breaks never separate a heading
 * from what follows it; every page carries "n / N" at the foot.
 *
 * In Next.js, keep pdfkit/fontkit/subset-font out of the server bundle
 * (`serverExternalPackages`): see lib/pdf/README.md.
 */
import PDFDocument from "pdfkit";
import { baseSlice, loadSlices, type FontSlice } from "./fonts";
import SVGtoPDF from "svg-to-pdfkit";
import { FontPlanner, cleanText, collectCharacters, paragraphDirection, planCharacters, shapeLine, type CjkPref, type Segment } from "./text";

export type PdfBlock = {
  heading: string;
  names: { name: string; character?: string | null }[];
  columns: 1 | 2;
  kind: "names" | "group" | "paragraph" | "song" | "logo";
  text?: string;
  /** A logo's file: PNG bytes or SVG markup (cleaned on upload), with its size in pixels. */
  logo?: { png?: Buffer; svg?: string; width: number; height: number };
};

export type CreditsPdfInput = {
  title: string;
  subtitle?: string;
  blocks: PdfBlock[];
  pageSize?: "A4" | "LETTER";
};

type Doc = InstanceType<typeof PDFDocument>;

// ---------------------------------------------------------------------------------------
// Typography (points)

interface Style {
  size: number;
  lineHeight: number;
  color: string;
  tracking: number;
  upper: boolean;
}

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
} satisfies Record<string, Style>;

const MARGIN = { top: 64, bottom: 66, left: 56, right: 56 };
const GAP_BLOCK = 20;
const GAP_GROUP = 34;
const GAP_AFTER_TITLE = 30;
const HEADING_TO_NAMES = 3;
const SINGLE_WIDTH = 440;
const COLUMN_WIDTH = 230;
const COLUMN_GAP = 24;
const CAST_WIDTH = 420;
const PARAGRAPH_WIDTH = 420;
const LEADER_MIN = 24;
const LEADER_STEP = 4.5;
const MIN_SHRINK = 0.7;
const LOGO_MAX = { width: 200, height: 90 };

/** A logo's printed size: within LOGO_MAX, proportions kept, never enlarged. */
function logoBox(width: number, height: number): { w: number; h: number } {
  const scale = Math.min(1, LOGO_MAX.width / width, LOGO_MAX.height / height);
  return { w: width * scale, h: height * scale };
}

const PAGE_SIZES = { A4: [595.28, 841.89], LETTER: [612, 792] } as const;

// ---------------------------------------------------------------------------------------
// Measured lines

interface Line {
  segments: Segment[];
  widths: number[];
  width: number;
  style: Style;
  size: number;
}

/**
 * Any `features` value makes pdfkit lay a string out as one fontkit run instead of word by
 * word; an empty list keeps fontkit's default features for the script.
 */
const WHOLE_RUN = { features: [] };

class Typesetter {
  private registered = new Set<string>();
  private shaped = new Map<string, Segment[]>();
  private readonly planner = new FontPlanner(true);

  constructor(private readonly doc: Doc) {}

  private use(slice: FontSlice, size: number): void {
    if (!this.registered.has(slice.key)) {
      if (!slice.font) throw new Error(`font slice ${slice.key} used before it was loaded`);
      // pdfkit 0.20 accepts a fontkit font object (it checks for .layout); the types don't say so.
      this.doc.registerFont(slice.key, slice.font as unknown as Buffer);
      this.registered.add(slice.key);
    }
    this.doc.font(slice.key, size);
  }

  shape(text: string, style: Style, dir?: "ltr" | "rtl"): Segment[] {
    const t = style.upper ? text.toUpperCase() : text;
    const key = `${dir ?? ""}\u0000${t}`;
    let segs = this.shaped.get(key);
    if (!segs) {
      segs = shapeLine(t, this.planner, dir);
      this.shaped.set(key, segs);
    }
    return segs;
  }

  private tracking(seg: Segment, style: Style, size: number): number {
    // Tracking would break Arabic joining; scale it with the size.
    return style.tracking && seg.slice.family !== "arabic" ? (style.tracking * size) / style.size : 0;
  }

  measure(text: string, style: Style, dir?: "ltr" | "rtl", size = style.size): Line {
    const segments = this.shape(text, style, dir);
    const widths: number[] = [];
    let width = 0;
    for (const seg of segments) {
      this.use(seg.slice, size);
      const tr = this.tracking(seg, style, size);
      const w = this.doc.widthOfString(seg.text, seg.wholeRun ? WHOLE_RUN : undefined) + (tr ? tr * Array.from(seg.text).length : 0);
      widths.push(w);
      width += w;
    }
    const last = segments[segments.length - 1];
    if (last) width -= this.tracking(last, style, size); // no tracking after the last glyph
    return { segments, widths, width, style, size };
  }

  /** The line at its style's size, or smaller (down to MIN_SHRINK) so it fits `max`. */
  fit(text: string, style: Style, max: number, dir?: "ltr" | "rtl"): Line {
    const line = this.measure(text, style, dir);
    if (line.width <= max || line.width === 0) return line;
    const scale = Math.max(MIN_SHRINK, max / line.width);
    return this.measure(text, style, dir, Math.floor(style.size * scale * 10) / 10);
  }

  draw(line: Line, x: number, baseline: number): void {
    const { doc } = this;
    doc.fillColor(line.style.color);
    let cx = x;
    for (let i = 0; i < line.segments.length; i++) {
      const seg = line.segments[i]!;
      this.use(seg.slice, line.size);
      const tr = this.tracking(seg, line.style, line.size);
      doc.text(seg.text, cx, baseline, {
        lineBreak: false,
        baseline: "alphabetic",
        ...(tr ? { characterSpacing: tr } : {}),
        ...(seg.wholeRun ? WHOLE_RUN : {}),
      });
      cx += line.widths[i]!;
    }
  }

  drawCentered(line: Line, centerX: number, baseline: number): void {
    this.draw(line, centerX - line.width / 2, baseline);
  }

  /** Greedy wrapping; break opportunities at spaces and between CJK characters. */
  wrap(text: string, style: Style, maxWidth: number): Line[] {
    const out: Line[] = [];
    for (const hard of text.split(/\r?\n/)) {
      const para = cleanText(hard);
      if (!para) continue;
      const dir = paragraphDirection(para);
      const tokens = tokenize(para);
      const space = this.measure(" ", style).width;
      let current: string[] = [];
      let width = 0;
      const flush = () => {
        const s = current.join("").trim();
        if (s) out.push(this.fit(s, style, maxWidth, dir));
        current = [];
        width = 0;
      };
      for (const tok of tokens) {
        if (tok === " ") {
          if (current.length) {
            current.push(" ");
            width += space;
          }
          continue;
        }
        const w = this.measure(tok, style, dir).width;
        if (width + w > maxWidth && current.length) flush();
        if (w > maxWidth) {
          // A single token wider than the line: break it by characters.
          let piece = "";
          for (const ch of Array.from(tok)) {
            if (piece && this.measure(piece + ch, style, dir).width > maxWidth) {
              current = [piece];
              flush();
              piece = "";
            }
            piece += ch;
          }
          current = [piece];
          width = this.measure(piece, style, dir).width;
          continue;
        }
        current.push(tok);
        width += w;
      }
      flush();
    }
    return out;
  }
}

const RE_CJK_BREAK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = "";
  for (const ch of text) {
    if (ch === " ") {
      if (word) tokens.push(word);
      tokens.push(" ");
      word = "";
    } else if (RE_CJK_BREAK.test(ch)) {
      if (word) tokens.push(word);
      tokens.push(ch);
      word = "";
    } else {
      word += ch;
    }
  }
  if (word) tokens.push(word);
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Rows and pagination

export interface Row {
  /** Space above the row, dropped at the top of a page. */
  before: number;
  height: number;
  /** Must stay on the same page as the next row (a heading and its first name). */
  keep: boolean;
  draw: (top: number) => void;
}

function baselineIn(top: number, style: Style, size = style.size): number {
  return top + (style.lineHeight + size * 0.72) / 2;
}

interface Geometry {
  width: number;
  height: number;
  center: number;
  contentWidth: number;
}

/** Loads every font slice the document's characters need. */
async function prepareFonts(input: CreditsPdfInput): Promise<void> {
  const chars = new Map<CjkPref, Set<number>>();
  const add = (text: string | null | undefined, upper = false) => {
    if (text) collectCharacters(upper ? text.toUpperCase() : text, chars);
  };
  add(input.title);
  add(input.subtitle);
  add("0123456789 /");
  for (const b of input.blocks) {
    add(b.heading, headingStyle(b.kind).upper);
    for (const n of b.names) {
      add(n.name);
      add(n.character);
    }
    for (const hard of (b.text ?? "").split(/\r?\n/)) add(hard);
  }
  await loadSlices([baseSlice()]);
  // Pass 1 picks slices by unicode-range; once loaded, pass 2 checks their real cmaps and
  // may send a character on down its fallback chain.
  for (let pass = 0; pass < 4; pass++) {
    const planner = new FontPlanner(false);
    planCharacters(chars, planner);
    if (planner.need.size === 0) return;
    await loadSlices(planner.need);
  }
}

function headingStyle(kind: PdfBlock["kind"]): Style {
  if (kind === "group") return STYLE.group;
  if (kind === "song") return STYLE.songTitle;
  return STYLE.heading;
}

function buildRows(input: CreditsPdfInput, ts: Typesetter, doc: Doc, g: Geometry): Row[] {
  const rows: Row[] = [];
  const singleWidth = Math.min(SINGLE_WIDTH, g.contentWidth);

  // Title and subtitle.
  const title = cleanText(input.title);
  if (title) {
    for (const line of ts.wrap(title, STYLE.title, g.contentWidth)) {
      rows.push({ before: 0, height: STYLE.title.lineHeight, keep: true, draw: (top) => ts.drawCentered(line, g.center, baselineIn(top, STYLE.title, line.size)) });
    }
  }
  if (input.subtitle && cleanText(input.subtitle)) {
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

  for (const block of input.blocks) {
    const blockStart = rows.length;
    const gapBefore = block.kind === "group" ? GAP_GROUP : GAP_BLOCK;
    pendingGap = Math.max(pendingGap, blockStart === 0 ? 0 : gapBefore);

    // Heading.
    const hStyle = headingStyle(block.kind);
    if (cleanText(block.heading)) {
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
    const names = block.names
      .map((n) => ({ name: cleanText(n.name), character: n.character ? cleanText(n.character) : "" }))
      .filter((n) => n.name || n.character);
    const isCast = names.some((n) => n.character);
    if (isCast) {
      const castWidth = Math.min(CAST_WIDTH, g.contentWidth);
      const left = g.center - castWidth / 2;
      const right = g.center + castWidth / 2;
      for (const n of names) {
        if (!n.character) {
          const line = ts.fit(n.name, STYLE.name, castWidth);
          push({ before: 0, height: STYLE.name.lineHeight, keep: false, draw: (top) => ts.drawCentered(line, g.center, baselineIn(top, STYLE.name, line.size)) });
          continue;
        }
        let ch = ts.measure(n.character, STYLE.character);
        let actor = ts.measure(n.name, STYLE.name);
        let total = ch.width + actor.width + LEADER_MIN;
        if (total > castWidth && (castWidth - LEADER_MIN) / (ch.width + actor.width) >= MIN_SHRINK) {
          const scale = (castWidth - LEADER_MIN) / (ch.width + actor.width);
          ch = ts.measure(n.character, STYLE.character, undefined, Math.floor(STYLE.character.size * scale * 10) / 10);
          actor = ts.measure(n.name, STYLE.name, undefined, Math.floor(STYLE.name.size * scale * 10) / 10);
          total = ch.width + actor.width + LEADER_MIN;
        }
        if (total <= castWidth + 0.01) {
          const c = ch;
          const a = actor;
          push({
            before: 0,
            height: STYLE.name.lineHeight,
            keep: false,
            draw: (top) => {
              const base = baselineIn(top, STYLE.name);
              ts.draw(c, left, base);
              ts.draw(a, right - a.width, base);
              leaders(doc, left, left + c.width + 6, right - a.width - 6, base);
            },
          });
        } else {
          // Too long for one row: character on the first line, actor right-aligned below.
          const c = ts.fit(n.character, STYLE.character, castWidth);
          const a = ts.fit(n.name, STYLE.name, castWidth - LEADER_MIN);
          push({
            before: 0,
            height: STYLE.name.lineHeight * 2,
            keep: false,
            draw: (top) => {
              ts.draw(c, left, baselineIn(top, STYLE.character, c.size));
              const base = baselineIn(top + STYLE.name.lineHeight, STYLE.name, a.size);
              ts.draw(a, right - a.width, base);
              leaders(doc, left, left + 12, right - a.width - 6, base);
            },
          });
        }
      }
    } else if (block.columns === 2 && names.length > 1) {
      const colWidth = Math.min(COLUMN_WIDTH, (g.contentWidth - COLUMN_GAP) / 2);
      const leftCenter = g.center - (colWidth + COLUMN_GAP) / 2;
      const rightCenter = g.center + (colWidth + COLUMN_GAP) / 2;
      for (let i = 0; i < names.length; i += 2) {
        const a = ts.fit(names[i]!.name, STYLE.name, colWidth);
        const bName = names[i + 1];
        if (!bName) {
          push({ before: 0, height: STYLE.name.lineHeight, keep: false, draw: (top) => ts.drawCentered(a, g.center, baselineIn(top, STYLE.name, a.size)) });
          break;
        }
        const b = ts.fit(bName.name, STYLE.name, colWidth);
        push({
          before: 0,
          height: STYLE.name.lineHeight,
          keep: false,
          draw: (top) => {
            ts.drawCentered(a, leftCenter, baselineIn(top, STYLE.name, a.size));
            ts.drawCentered(b, rightCenter, baselineIn(top, STYLE.name, b.size));
          },
        });
      }
    } else {
      // A song's rows (title, written by, performed by, courtesy of) stay on one page.
      const keepSong = block.kind === "song" && names.length <= 8;
      for (const [i, n] of names.entries()) {
        const line = ts.fit(n.name, STYLE.name, singleWidth);
        push({ before: 0, height: STYLE.name.lineHeight, keep: keepSong && i < names.length - 1, draw: (top) => ts.drawCentered(line, g.center, baselineIn(top, STYLE.name, line.size)) });
      }
    }

    // A block that is only a heading (a group title, say) keeps it with the next block:
    // its heading rows still carry keep = true into the next block's first row.
  }
  return rows;
}

/** Dot leaders on a fixed grid (so dots line up from row to row): one dashed stroke. */
function leaders(doc: Doc, origin: number, from: number, to: number, baseline: number): void {
  const start = origin + Math.ceil((from - origin) / LEADER_STEP) * LEADER_STEP;
  const end = origin + Math.floor((to - origin) / LEADER_STEP) * LEADER_STEP;
  if (end - start < LEADER_STEP) return;
  doc.save();
  doc
    .moveTo(start, baseline - 0.7)
    .lineTo(end + 0.01, baseline - 0.7)
    .lineWidth(1.1)
    .lineCap("round")
    .dash(0.01, { space: LEADER_STEP - 0.01 })
    .strokeColor("#9a9a9a")
    .stroke();
  doc.restore();
}

export interface Placed {
  row: Row;
  top: number;
}

export function paginate(rows: readonly Row[], top: number, bottom: number): Placed[][] {
  const pages: Placed[][] = [];
  let page: Placed[] = [];
  let y = top;
  const newPage = () => {
    if (page.length) pages.push(page);
    page = [];
    y = top;
  };
  const place = (row: Row) => {
    if (page.length) y += row.before;
    page.push({ row, top: y });
    y += row.height;
  };
  const fits = (unit: readonly Row[], atTop: boolean) => {
    let h = 0;
    unit.forEach((r, i) => (h += (i === 0 && atTop ? 0 : r.before) + r.height));
    return (atTop ? top : y) + h <= bottom + 0.01;
  };

  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length - 1 && rows[j]!.keep) j++;
    const unit = rows.slice(i, j + 1);
    i = j + 1;
    if (page.length && fits(unit, false)) {
      unit.forEach(place);
      continue;
    }
    if (fits(unit, true)) {
      if (page.length) newPage();
      unit.forEach(place);
      continue;
    }
    // Taller than a page: row by row, never leaving a kept row last on a page.
    for (let k = 0; k < unit.length; k++) {
      const need = k + 1 < unit.length && unit[k]!.keep ? unit.slice(k, k + 2) : unit.slice(k, k + 1);
      if (page.length && !fits(need, false)) newPage();
      place(unit[k]!);
    }
  }
  if (page.length) pages.push(page);
  if (pages.length === 0) pages.push([]);
  return pages;
}

// ---------------------------------------------------------------------------------------

export async function renderCreditsPdf(
  input: { title: string; subtitle?: string; blocks: PdfBlock[]; pageSize?: "A4" | "LETTER" },
  onProgress?: (done: number, total: number) => void,
): Promise<Buffer> {
  await prepareFonts(input);

  const [pageWidth, pageHeight] = PAGE_SIZES[input.pageSize ?? "A4"];
  const title = cleanText(input.title) || "Credits";
  const doc = new PDFDocument({
    size: [pageWidth, pageHeight],
    margins: MARGIN,
    autoFirstPage: false,
    // No default Helvetica: pdfkit would otherwise load a non-embedded base-14 font.
    font: null as unknown as string,
    compress: true,
    pdfVersion: "1.7",
    displayTitle: true,
    info: {
      Title: title,
      Creator: "Hatrack",
      Producer: "Hatrack (PDFKit)",
      ...(input.subtitle ? { Subject: cleanText(input.subtitle) } : {}),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

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
  onProgress?.(0, total);

  let done = 0;
  for (let p = 0; p < pages.length; p++) {
    doc.addPage({ size: [pageWidth, pageHeight], margins: MARGIN });
    for (const { row, top } of pages[p]!) row.draw(top);
    const folio = ts.measure(`${p + 1} / ${pages.length}`, STYLE.folio);
    ts.drawCentered(folio, geometry.center, pageHeight - MARGIN.bottom / 2 + 4);
    done += pages[p]!.length;
    onProgress?.(done, total);
    // Let other requests breathe on long documents.
    if (p % 4 === 3) await new Promise<void>((r) => setImmediate(r));
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
