/**
 * The PDF layout kit shared by Hatrack's documents (the credit list, the PGA notice packet):
 * a Typesetter that measures, fits, wraps and draws lines of any script with the embedded
 * fonts (./fonts.ts, ./text.ts), rows with a height that keep with the next one or start a
 * new page, and the paginator that places them. Pure pdfkit; no React, Next or database.
 */
import PDFDocument from "pdfkit";
import type { FontSlice } from "./fonts";
import { FontPlanner, cleanText, paragraphDirection, shapeLine, type Segment } from "./text";

export type Doc = InstanceType<typeof PDFDocument>;

/** A text style, in points. */
export interface Style {
  size: number;
  lineHeight: number;
  color: string;
  tracking: number;
  upper: boolean;
}

/** Text shrinks to at most this fraction of its size to fit before it wraps. */
export const MIN_SHRINK = 0.7;

export const PAGE_SIZES = { A4: [595.28, 841.89], LETTER: [612, 792] } as const;

// ---------------------------------------------------------------------------------------
// Measured lines

export interface Line {
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

export class Typesetter {
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

  drawRight(line: Line, rightX: number, baseline: number): void {
    this.draw(line, rightX - line.width, baseline);
  }

  /** The text on one line (shrunk down to MIN_SHRINK if need be), or wrapped into lines when even that is too wide. */
  lines(text: string, style: Style, max: number): Line[] {
    const line = this.fit(text, style, max);
    return line.width <= max + 0.01 ? [line] : this.wrap(text, style, max);
  }

  /** Greedy wrapping; break opportunities at spaces and between CJK characters. */
  wrap(text: string, style: Style, maxWidth: number): Line[] {
    const out: Line[] = [];
    for (const hard of text.split(/\r?\n/)) {
      const para = cleanText(hard);
      if (!para) continue;
      const dir = paragraphDirection(para);
      const tokens = tokenize(para);
      // A space alone shapes to nothing; what one costs between two words (with their tracking) is this.
      const space = this.measure("a a", style).width - 2 * this.measure("a", style).width;
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
  /** Starts a new page (a section that opens on its own page). */
  pageBreak?: boolean;
  draw: (top: number) => void;
}

/** The baseline of a line of `style` in a row whose top is `top`. */
export function baselineIn(top: number, style: Style, size = style.size): number {
  return top + (style.lineHeight + size * 0.72) / 2;
}

export interface Geometry {
  width: number;
  height: number;
  center: number;
  contentWidth: number;
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
    if (rows[i]!.pageBreak && page.length) newPage();
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

/** A new document with no base-14 font (every font is embedded), and its bytes once ended. */
export function openPdf(info: { title: string; subject?: string; size: readonly [number, number]; margins: { top: number; bottom: number; left: number; right: number } }): { doc: Doc; bytes: () => Promise<Buffer> } {
  const doc = new PDFDocument({
    size: [info.size[0], info.size[1]],
    margins: info.margins,
    autoFirstPage: false,
    // No default Helvetica: pdfkit would otherwise load a non-embedded base-14 font.
    font: null as unknown as string,
    compress: true,
    pdfVersion: "1.7",
    displayTitle: true,
    info: { Title: info.title, Creator: "Hatrack", Producer: "Hatrack (PDFKit)", ...(info.subject ? { Subject: info.subject } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  return {
    doc,
    bytes: async () => {
      doc.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}
