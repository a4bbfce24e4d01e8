import { CRAWL_METRICS, rowHeight, type CrawlRow } from "@/lib/end-credits/crawl";
import type { CrawlPlan } from "@/lib/end-credits/crawl-plan";
import { nameRows } from "@/lib/end-credits/render";
import { hasNames, type CreditBlock } from "@/lib/end-credits/types";
import { frameScale, scaledSpeed, type FrameSize } from "./formats";

/**
 * Where every line of the crawl is drawn, in the frame's pixels: the layout of the preview
 * (components/credits/crawl-preview.tsx) on a 1920-wide, 1080-line frame, scaled to the frame
 * and centred across its width. The video renderer draws these boxes and nothing else, and a
 * test can look for a name's pixels exactly where its box says.
 *
 * The crawl is a tall "tape": a frame's height of black, the crawl's rows, then a frame's
 * height of black. Crawl frame t (0-based) is the tape's window [t × px, t × px + height):
 * the first frame is black with the first line about to enter at the foot, the last one shows
 * the last line leaving at the top, and each frame is the one before moved up by exactly the
 * whole px per frame.
 */

export type TextStyle = "heading" | "name" | "card-heading" | "card-name";

/** The preview's type, in pixels on a 1080-line frame. */
export const TEXT_STYLES: Readonly<Record<TextStyle, { size: number; color: string; upper: boolean; trackingEm: number }>> = {
  heading: { size: 26, color: "#d4d4d8", upper: true, trackingEm: 0.2 },
  name: { size: 34, color: "#ffffff", upper: false, trackingEm: 0 },
  "card-heading": { size: 30, color: "#d4d4d8", upper: true, trackingEm: 0.2 },
  "card-name": { size: 56, color: "#ffffff", upper: false, trackingEm: 0 },
};

/** The preview's horizontal geometry on a 1920-wide frame. */
const GEOMETRY = {
  width: 1920,
  /** Headings and names: px-40. */
  textInset: 160,
  /** Pairs (two columns, cast): px-[420px] with a 48 px gap. */
  pairInset: 420,
  pairGap: 48,
  /** Cards: the heading's margin below it, and the line heights (1.5 × the size). */
  cardHeadingGap: 24,
  cardLineHeight: 1.5,
} as const;

export type TextBox = {
  text: string;
  style: TextStyle;
  /** Top and height of the line's box; the text sits centred in it, as CSS line-height does. */
  top: number;
  height: number;
  /** The font size in pixels on this frame. */
  size: number;
  /** Where the text anchors: its centre, or its right or left edge. */
  align: "center" | "right" | "left";
  x: number;
  /** The widest the text may be drawn; wider text is drawn smaller to fit. */
  maxWidth: number;
};

export type LogoBox = { assetId: string; alt: string; left: number; top: number; width: number; height: number };

export type TapeLayout = {
  /** Frame size and scale (1 at 1080 lines). */
  width: number;
  height: number;
  scale: number;
  /** Whole pixels the tape moves each crawl frame on this frame. */
  pxPerFrame: number;
  /** The rows' height on this frame (whole pixels): the tape is height + rowsHeight + height tall. */
  rowsHeight: number;
  /** Boxes in tape coordinates (0 = the tape's top, the first row starts at `height`). */
  texts: TextBox[];
  logos: LogoBox[];
};

/** Boxes of the crawl's rows (see the file comment), in tape coordinates. */
export function layoutTape(plan: Pick<CrawlPlan, "rows" | "lineSpacing" | "pxPerFrame" | "crawlHeightPx">, frame: FrameSize): TapeLayout {
  const s = frameScale(frame.height);
  const left = (frame.width - GEOMETRY.width * s) / 2;
  const center = frame.width / 2;
  const texts: TextBox[] = [];
  const logos: LogoBox[] = [];
  const textWidth = (GEOMETRY.width - 2 * GEOMETRY.textInset) * s;
  const column1080 = (GEOMETRY.width - 2 * GEOMETRY.pairInset - GEOMETRY.pairGap) / 2;
  const column = column1080 * s;
  const leftEdge = left + (GEOMETRY.pairInset + column1080) * s;
  const rightEdge = leftEdge + GEOMETRY.pairGap * s;
  let y = frame.height;
  const line = (text: string, style: TextStyle, top: number, height: number, align: TextBox["align"], x: number, maxWidth: number) => {
    if (text.trim()) texts.push({ text, style, top, height, size: TEXT_STYLES[style].size * s, align, x, maxWidth });
  };
  for (const row of plan.rows) {
    const rowPx = rowHeight(row, CRAWL_METRICS, plan.lineSpacing) * s;
    placeRow(row, y, rowPx, plan.lineSpacing * s, { line, logos, center, textWidth, column, leftEdge, rightEdge });
    y += rowPx;
  }
  // In tape order (a pair's wrapped lines are placed left side first).
  texts.sort((a, b) => a.top - b.top);
  return { width: frame.width, height: frame.height, scale: s, pxPerFrame: scaledSpeed(plan.pxPerFrame, frame.height), rowsHeight: Math.round(plan.crawlHeightPx * s), texts, logos };
}

type Place = {
  line: (text: string, style: TextStyle, top: number, height: number, align: TextBox["align"], x: number, maxWidth: number) => void;
  logos: LogoBox[];
  center: number;
  textWidth: number;
  column: number;
  leftEdge: number;
  rightEdge: number;
};

function placeRow(row: CrawlRow, top: number, rowPx: number, spacing: number, p: Place): void {
  switch (row.kind) {
    case "gap":
      return;
    case "heading":
    case "name": {
      const h = (row.kind === "heading" ? CRAWL_METRICS.headingRowPx : CRAWL_METRICS.nameRowPx) * spacing;
      row.lines.forEach((text, i) => p.line(text, row.kind, top + i * h, h, "center", p.center, p.textWidth));
      return;
    }
    case "pair": {
      const h = CRAWL_METRICS.nameRowPx * spacing;
      row.left.forEach((text, i) => p.line(text, "name", top + i * h, h, "right", p.leftEdge, p.column));
      row.right.forEach((text, i) => p.line(text, "name", top + i * h, h, "left", p.rightEdge, p.column));
      return;
    }
    case "logo": {
      const scale = rowPx / row.px;
      const width = row.widthPx * scale;
      p.logos.push({ assetId: row.assetId, alt: row.alt, left: p.center - width / 2, top, width, height: rowPx });
      return;
    }
  }
}

/**
 * A main-title card, as the preview sets it: the heading (tracked capitals) over the names,
 * one a row, the whole centred on the frame.
 */
export function layoutCard(block: CreditBlock, frame: FrameSize): TextBox[] {
  const s = frameScale(frame.height);
  const center = frame.width / 2;
  const maxWidth = (GEOMETRY.width - 2 * GEOMETRY.textInset) * s;
  const headingH = TEXT_STYLES["card-heading"].size * GEOMETRY.cardLineHeight * s;
  const nameH = TEXT_STYLES["card-name"].size * GEOMETRY.cardLineHeight * s;
  const names = hasNames(block) ? nameRows(block.lines) : [];
  const heading = block.heading.trim();
  const total = (heading ? headingH + GEOMETRY.cardHeadingGap * s : 0) + names.length * nameH;
  let y = (frame.height - total) / 2;
  const boxes: TextBox[] = [];
  if (heading) {
    boxes.push({ text: block.heading, style: "card-heading", top: y, height: headingH, size: TEXT_STYLES["card-heading"].size * s, align: "center", x: center, maxWidth });
    y += headingH + GEOMETRY.cardHeadingGap * s;
  }
  for (const name of names) {
    if (name.trim()) boxes.push({ text: name, style: "card-name", top: y, height: nameH, size: TEXT_STYLES["card-name"].size * s, align: "center", x: center, maxWidth });
    y += nameH;
  }
  return boxes;
}

/** Where crawl frame `t` starts on the tape (its top row). */
export function tapeOffset(t: number, pxPerFrame: number): number {
  return t * pxPerFrame;
}
