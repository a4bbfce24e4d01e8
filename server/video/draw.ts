import { createCanvas, loadImage, Path2D, type Image, type SKRSContext2D } from "@napi-rs/canvas";
import type * as fontkit from "fontkit";
import { baseSlice } from "@/lib/pdf/fonts";
import { FontPlanner, loadFontsFor, shapeLine } from "@/lib/pdf/text";
import { TEXT_STYLES, type LogoBox, type TextBox } from "@/lib/video/layout";

/**
 * Draws the crawl's text and logos with @napi-rs/canvas (Skia). Text is set exactly as the
 * PDF sets it: the same font files (lib/pdf/fonts.ts: Noto Sans, Noto Sans Hebrew/JP/SC/KR,
 * IBM Plex Sans Arabic, pinned to weight 400), the same run splitting and bidi
 * (lib/pdf/text.ts) and fontkit's OpenType shaping (Arabic joining, lam-alef, marks), so a
 * name reads the same in the PDF, the crawl and the video. Each glyph's outline is filled as
 * a Skia path (cached per font and glyph), antialiased by Skia: no font is registered with
 * Skia at all, so no fallback font of the machine can slip in.
 */

type Run = { font: fontkit.Font; key: string; glyphs: fontkit.Glyph[]; positions: fontkit.GlyphPosition[]; tracked: boolean };
type Shaped = { runs: Run[]; /** advance in ems at size 1, without tracking */ ems: number; glyphCount: number; trackedCount: number };

export class TextPainter {
  private readonly planner = new FontPlanner(true);
  private readonly shaped = new Map<string, Shaped>();
  private readonly paths = new Map<string, Path2D | null>();
  /** The Latin font's line box, in ems: where a baseline sits in a CSS line box. */
  private readonly ascent: number;
  private readonly descent: number;

  private constructor() {
    const font = baseSlice().font!;
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = -font.descent / font.unitsPerEm;
  }

  /** A painter for these boxes, with every font slice their text needs loaded. */
  static async for(boxes: Iterable<TextBox>): Promise<TextPainter> {
    const texts: string[] = [];
    for (const box of boxes) texts.push(displayText(box));
    await loadFontsFor(texts);
    return new TextPainter();
  }

  private shape(text: string): Shaped {
    let hit = this.shaped.get(text);
    if (hit) return hit;
    const runs: Run[] = [];
    let units = 0;
    let glyphCount = 0;
    let trackedCount = 0;
    for (const seg of shapeLine(text, this.planner)) {
      const font = seg.slice.font!;
      const layout = font.layout(seg.text);
      // Tracking would break Arabic joining (as in the PDF).
      const tracked = seg.slice.family !== "arabic";
      runs.push({ font, key: seg.slice.key, glyphs: layout.glyphs, positions: layout.positions, tracked });
      for (const p of layout.positions) units += p.xAdvance / font.unitsPerEm;
      glyphCount += layout.glyphs.length;
      if (tracked) trackedCount += layout.glyphs.length;
    }
    hit = { runs, ems: units, glyphCount, trackedCount };
    this.shaped.set(text, hit);
    return hit;
  }

  /** The font families a text is drawn with, in drawing order ("arabic", "jp", "latin"…). */
  families(text: string): string[] {
    return this.shape(text).runs.map((r) => r.key.slice(0, r.key.indexOf(":")));
  }

  private path(slice: string, glyph: fontkit.Glyph): Path2D | null {
    const key = `${slice}#${glyph.id}`;
    let path = this.paths.get(key);
    if (path === undefined) {
      const svg = glyph.path.toSVG();
      path = svg ? new Path2D(svg) : null;
      this.paths.set(key, path);
    }
    return path;
  }

  /**
   * Draws one box, `dy` pixels higher (a band of the tape starts at tape row dy). The text sits
   * in its box as CSS centres a line in its line-height; text wider than the box's maxWidth is
   * drawn smaller to fit, never cut.
   */
  draw(ctx: SKRSContext2D, box: TextBox, dy = 0): void {
    const style = TEXT_STYLES[box.style];
    const shaped = this.shape(displayText(box));
    if (shaped.glyphCount === 0) return;
    const tracking = style.trackingEm * box.size;
    const natural = shaped.ems * box.size + tracking * Math.max(0, shaped.trackedCount - 1);
    const fit = natural > box.maxWidth && natural > 0 ? box.maxWidth / natural : 1;
    const size = box.size * fit;
    const width = natural * fit;
    let x = box.align === "center" ? box.x - width / 2 : box.align === "right" ? box.x - width : box.x;
    const baseline = box.top - dy + (box.height - (this.ascent + this.descent) * size) / 2 + this.ascent * size;
    ctx.fillStyle = style.color;
    for (const run of shaped.runs) {
      const k = size / run.font.unitsPerEm;
      run.glyphs.forEach((glyph, i) => {
        const pos = run.positions[i]!;
        const path = this.path(run.key, glyph);
        if (path) {
          ctx.setTransform(k, 0, 0, -k, x + pos.xOffset * k, baseline - pos.yOffset * k);
          ctx.fill(path);
        }
        x += pos.xAdvance * k + (run.tracked ? tracking * fit : 0);
      });
    }
    ctx.resetTransform();
  }
}

/** The text as drawn (headings in capitals). */
export function displayText(box: Pick<TextBox, "text" | "style">): string {
  return TEXT_STYLES[box.style].upper ? box.text.toUpperCase() : box.text;
}

export type LogoFile = { mime: "image/png" | "image/svg+xml"; data: Buffer };

/** The logos' images, decoded once; a file that won't decode is left out (its row stays empty). */
export async function loadLogos(boxes: readonly LogoBox[], files: ReadonlyMap<string, LogoFile>): Promise<Map<string, Image>> {
  const images = new Map<string, Image>();
  for (const box of boxes) {
    const file = files.get(box.assetId);
    if (!file || images.has(box.assetId)) continue;
    try {
      images.set(box.assetId, await loadImage(file.data));
    } catch {
      // Not decodable here: drawn as nothing, as the preview would show a broken image.
    }
  }
  return images;
}

/**
 * A canvas the size of a band of frames, cleared to the crawl's background (black, or
 * transparent for a render with alpha) before each use.
 */
export class Band {
  readonly canvas;
  readonly ctx: SKRSContext2D;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly alpha: boolean,
  ) {
    this.canvas = createCanvas(width, height);
    this.ctx = this.canvas.getContext("2d");
  }

  clear(): void {
    this.ctx.resetTransform();
    this.ctx.clearRect(0, 0, this.width, this.height);
    if (!this.alpha) {
      this.ctx.fillStyle = "#000000";
      this.ctx.fillRect(0, 0, this.width, this.height);
    }
  }

  /**
   * The band's pixels as straight (not premultiplied) RGBA, what ffmpeg's `rgba` means. Skia
   * keeps premultiplied pixels; on an opaque background they are the same, so only a render
   * with alpha pays for the division.
   */
  pixels(): Buffer {
    const data = this.canvas.data();
    if (this.alpha) unpremultiply(data);
    return data;
  }
}

/** Premultiplied RGBA to straight RGBA, in place. */
export function unpremultiply(rgba: Uint8Array): void {
  for (let i = 0; i < rgba.length; i += 4) {
    const a = rgba[i + 3]!;
    if (a === 0 || a === 255) continue;
    rgba[i] = Math.min(255, Math.round((rgba[i]! * 255) / a));
    rgba[i + 1] = Math.min(255, Math.round((rgba[i + 1]! * 255) / a));
    rgba[i + 2] = Math.min(255, Math.round((rgba[i + 2]! * 255) / a));
  }
}
