import { CreditListError } from "./errors";
import { nameRows, songRows, visibleBlocks, wrapText } from "./render";
import { displayName, hasNames, type CreditList } from "./types";

/**
 * Crawl math (DOMAIN.md §4).
 *
 * A crawl scrolls a whole number of pixels per frame (anything else judders). It starts
 * with the first line entering at the bottom of the frame and ends when the last line
 * leaves at the top, so it travels the crawl height plus one frame height:
 *
 *   seconds = (crawl height + frame height) / (px per frame × fps)
 *
 * Frame rates are exact fractions: 23.976 is 24000/1001, 29.97 is 30000/1001, 59.94 is
 * 60000/1001. The project's frameRate strings ("23.976", "24", "25", "29.97", "30") and
 * 48, 50, 59.94 and 60 are accepted, as numbers or strings.
 */

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export type FrameRateInput = number | string;
export type FrameRate = { label: string; num: number; den: number; value: number };

const RATES: readonly (readonly [string, number, number, readonly string[]])[] = [
  ["23.976", 24000, 1001, ["23.98", "24000/1001"]],
  ["24", 24, 1, []],
  ["25", 25, 1, []],
  ["29.97", 30000, 1001, ["30000/1001"]],
  ["30", 30, 1, []],
  ["48", 48, 1, []],
  ["50", 50, 1, []],
  ["59.94", 60000, 1001, ["60000/1001"]],
  ["60", 60, 1, []],
];

export const SUPPORTED_FRAME_RATES: readonly string[] = RATES.map((r) => r[0]);

/** The exact frame rate for "23.976", 23.976, 23.98, "24000/1001", 24…; throws for anything else. */
export function parseFrameRate(fps: FrameRateInput): FrameRate {
  for (const [label, num, den, aliases] of RATES) {
    const value = num / den;
    const matches =
      typeof fps === "number"
        ? Number.isFinite(fps) && Math.abs(fps - value) < 0.005
        : typeof fps === "string" && (fps.trim() === label || aliases.includes(fps.trim()) || (fps.trim() !== "" && Math.abs(Number(fps.trim()) - value) < 0.0005));
    if (matches) return { label, num, den, value };
  }
  throw new CreditListError("invalid-crawl", `${String(fps)} fps is not a frame rate Hatrack knows; use ${SUPPORTED_FRAME_RATES.join(", ")}.`);
}

function finite(value: unknown, field: string, min: number, options: { integer?: boolean; exclusive?: boolean } = {}): number {
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (options.exclusive ? value > min : value >= min) &&
    (!options.integer || Number.isInteger(value));
  if (!ok) {
    const bound = options.exclusive ? `above ${min}` : `at least ${min}`;
    throw new CreditListError("invalid-crawl", `The ${field} must be ${options.integer ? "a whole number" : "a number"} ${bound} (got ${String(value)}).`);
  }
  return value as number;
}

/**
 * The type metrics of the crawl on a 1920×1080 frame, shared by the preview, the fit and the
 * running time printed on the PDF's title page: a heading row 40 px, a name row 52 px, 72 px
 * between blocks, 60 characters a row before text wraps, logos at most 600 px wide.
 */
export const CRAWL_METRICS = { headingRowPx: 40, nameRowPx: 52, blockGapPx: 72, paragraphCharsPerRow: 60, logoMaxWidthPx: 600 } as const;

/** The speeds and spacings the preview's "fit a target running time" may choose from (within the readable speeds). */
export const FIT_RANGES = { pxPerFrame: { min: 1, max: 20 }, lineSpacing: { min: 0.8, max: 2 } } as const;

/**
 * How long a line may take to cross the frame and still read well: under 6 s the eye chases
 * the names, over 24 s a crawl reads as stalled (at 24 fps on a 1080-line frame: 2 to 7
 * px/frame; 3 px/frame is the common default, 15 s a line).
 */
export const READABLE_SECONDS_ON_SCREEN = { min: 6, max: 24 } as const;

export type ReadableLimits = { min: number; max: number };

/** Seconds a line takes to cross a frame `frameHeightPx` tall at `pxPerFrame` (its time on screen). */
export function secondsOnScreen(pxPerFrame: number, fps: FrameRateInput, frameHeightPx = 1080): number {
  const { num, den } = parseFrameRate(fps);
  return (frameHeightPx * den) / (pxPerFrame * num);
}

/** The whole speeds (px/frame) that keep a line on screen within `limits`; min > max when none does. */
export function readableSpeeds(fps: FrameRateInput, frameHeightPx = 1080, limits: ReadableLimits = READABLE_SECONDS_ON_SCREEN): { min: number; max: number } {
  const { num, den } = parseFrameRate(fps);
  return {
    min: Math.max(1, Math.ceil(round6((frameHeightPx * den) / (limits.max * num)))),
    max: Math.floor(round6((frameHeightPx * den) / (limits.min * num))),
  };
}

/** Frames a crawl runs: from the first line entering at the foot of the frame to the last one leaving at the top. */
export function crawlFrames(crawlHeightPx: number, pxPerFrame: number, frameHeightPx = 1080): number {
  return Math.ceil(round6((crawlHeightPx + frameHeightPx) / pxPerFrame));
}

/**
 * The first frame on which the crawl's first `px` pixels are whole on screen (a crawl enters
 * at the foot of the frame, `pxPerFrame` a frame).
 */
export function firstFullFrame(px: number, pxPerFrame: number): number {
  return Math.max(0, Math.ceil(round6(px / pxPerFrame)));
}

export type CrawlDurationInput = {
  crawlHeightPx: number;
  /** Default 1080 (HD and 2K DCI flat height). */
  frameHeightPx?: number;
  /** A positive whole number. */
  pxPerFrame: number;
  fps: FrameRateInput;
};

/** Running time of a crawl in seconds (see the file comment). */
export function crawlDuration(input: CrawlDurationInput): number {
  const height = finite(input.crawlHeightPx, "crawl height", 0);
  const frame = finite(input.frameHeightPx ?? 1080, "frame height", 0, { exclusive: true });
  const speed = finite(input.pxPerFrame, "speed in pixels per frame", 1, { integer: true });
  const { num, den } = parseFrameRate(input.fps);
  return ((height + frame) * den) / (speed * num);
}

/**
 * A simple typographic model of the crawl, shared by the preview (which draws its rows), the
 * fit and the PDF's running time:
 * - a heading row is `headingRowPx` tall, a row of names `nameRowPx`, both at line
 *   spacing 1; `lineSpacing` multiplies every row of text;
 * - text wraps at `paragraphCharsPerRow` characters (default 60) at spaces, and a word longer
 *   than that is cut (a 10,000-character heading is many rows, never one wide one); each
 *   wrapped line is a row;
 * - a block of names has one row per name (writing credits are set as title cards set them:
 *   "A & B", "and", "C" is three rows); a two-column block, or a cast list (character →
 *   actor), sets two names side by side, each side wrapping at half the width less two;
 * - a paragraph keeps its line breaks (an empty line is a row); a song has one row per credit
 *   line (title, performed by, written by, courtesy of);
 * - a logo is drawn at its intrinsic height, scaled down to `logoMaxWidthPx` when wider;
 *   logos and the `blockGapPx` between consecutive blocks don't follow the line spacing.
 * Hidden blocks and lines take no room.
 */
export type CrawlMetrics = {
  headingRowPx: number;
  nameRowPx: number;
  lineSpacing: number;
  blockGapPx: number;
  paragraphCharsPerRow?: number;
  logoMaxWidthPx?: number;
};

/** Height as a function of the line spacing: fixedPx + lineSpacing × textPx. */
export type LayoutModel = { fixedPx: number; textPx: number };

/** One row of the crawl, its text already wrapped into the lines it is drawn on. */
export type CrawlRow =
  | { kind: "gap"; px: number }
  | { kind: "heading"; lines: string[] }
  | { kind: "name"; lines: string[] }
  | { kind: "pair"; left: string[]; right: string[] }
  | { kind: "logo"; assetId: string; alt: string; widthPx: number; px: number };

/** Lines of text a row takes, and whether they are heading lines. */
function textLines(row: CrawlRow): number {
  switch (row.kind) {
    case "heading":
    case "name":
      return row.lines.length;
    case "pair":
      return Math.max(row.left.length, row.right.length);
    default:
      return 0;
  }
}

/** The height of a row at a line spacing, in (fractional) pixels. */
export function rowHeight(row: CrawlRow, metrics: Omit<CrawlMetrics, "lineSpacing">, lineSpacing: number): number {
  if (row.kind === "gap" || row.kind === "logo") return row.px;
  return textLines(row) * (row.kind === "heading" ? metrics.headingRowPx : metrics.nameRowPx) * lineSpacing;
}

function checkMetrics(metrics: Omit<CrawlMetrics, "lineSpacing">): { charsPerRow: number } {
  if (!metrics || typeof metrics !== "object") throw new CreditListError("invalid-crawl", "The crawl needs its type metrics.");
  finite(metrics.headingRowPx, "heading row height", 0);
  finite(metrics.nameRowPx, "name row height", 0);
  finite(metrics.blockGapPx, "gap between blocks", 0);
  if (metrics.logoMaxWidthPx !== undefined) finite(metrics.logoMaxWidthPx, "logo width", 0, { exclusive: true });
  const charsPerRow = metrics.paragraphCharsPerRow === undefined ? 60 : finite(metrics.paragraphCharsPerRow, "characters per paragraph row", 1, { integer: true });
  return { charsPerRow };
}

/** The crawl's rows, top to bottom (see CrawlMetrics for the model). */
export function crawlRows(list: CreditList, metrics: Omit<CrawlMetrics, "lineSpacing">): CrawlRow[] {
  const { charsPerRow } = checkMetrics(metrics);
  const half = Math.max(1, Math.floor(charsPerRow / 2) - 2);
  const rows: CrawlRow[] = [];
  visibleBlocks(list).forEach((block, i) => {
    if (i > 0) rows.push({ kind: "gap", px: metrics.blockGapPx });
    if (block.heading.trim()) rows.push({ kind: "heading", lines: wrapText(block.heading, charsPerRow) });
    if (hasNames(block)) {
      const cast = block.lines.some((l) => l.character !== undefined);
      if (block.columns === 2 && !cast) {
        for (let k = 0; k < block.lines.length; k += 2) {
          const right = block.lines[k + 1];
          rows.push({ kind: "pair", left: wrapText(displayName(block.lines[k]!), half), right: right ? wrapText(displayName(right), half) : [] });
        }
      } else if (cast) {
        for (const l of block.lines) rows.push({ kind: "pair", left: wrapText(l.character ?? "", half), right: wrapText(displayName(l), half) });
      } else {
        for (const text of nameRows(block.lines)) rows.push({ kind: "name", lines: wrapText(text, charsPerRow) });
      }
    } else if (block.kind === "paragraph") {
      for (const line of block.text.split("\n")) rows.push({ kind: "name", lines: wrapText(line, charsPerRow) });
    } else if (block.kind === "song") {
      for (const text of songRows(block)) rows.push({ kind: "name", lines: wrapText(text, charsPerRow) });
    } else if (block.kind === "logo") {
      const scale = metrics.logoMaxWidthPx !== undefined && block.width > metrics.logoMaxWidthPx ? metrics.logoMaxWidthPx / block.width : 1;
      rows.push({ kind: "logo", assetId: block.assetId, alt: block.alt, widthPx: block.width * scale, px: block.height * scale });
    }
  });
  return rows;
}

/**
 * The frame a preview opens on: the first on which the first block (its heading and names,
 * up to a frame's height) is whole on screen, rather than the empty frame before the first
 * line enters.
 */
export function openingFrame(rows: readonly CrawlRow[], metrics: Omit<CrawlMetrics, "lineSpacing">, lineSpacing: number, pxPerFrame: number, frameHeightPx = 1080): number {
  const end = rows.findIndex((r) => r.kind === "gap");
  const px = (end < 0 ? rows : rows.slice(0, end)).reduce((sum, r) => sum + rowHeight(r, metrics, lineSpacing), 0);
  return firstFullFrame(Math.min(px, frameHeightPx), pxPerFrame);
}

/** The crawl height as fixed pixels plus pixels that scale with the line spacing. */
export function layoutModel(list: CreditList, metrics: Omit<CrawlMetrics, "lineSpacing">): LayoutModel {
  let fixedPx = 0;
  let textPx = 0;
  for (const row of crawlRows(list, metrics)) {
    if (row.kind === "gap" || row.kind === "logo") fixedPx += row.px;
    else textPx += rowHeight(row, metrics, 1);
  }
  return { fixedPx, textPx };
}

/** The crawl height in whole pixels of a layout model at a line spacing. */
export function heightAt(model: LayoutModel, lineSpacing: number): number {
  // Rounded to a millionth first so 0.1 + 0.2-style noise never adds a pixel.
  return Math.ceil(Math.round((model.fixedPx + lineSpacing * model.textPx) * 1e6) / 1e6);
}

/** The crawl height in whole pixels for the metrics' line spacing. */
export function layoutHeight(list: CreditList, metrics: CrawlMetrics): number {
  const spacing = finite(metrics?.lineSpacing, "line spacing", 0, { exclusive: true });
  return heightAt(layoutModel(list, metrics), spacing);
}

export type FitInput = {
  list: CreditList;
  /** `lineSpacing`, when given, is the preferred spacing (else the middle of the range). */
  metrics: Omit<CrawlMetrics, "lineSpacing"> & { lineSpacing?: number };
  targetSeconds: number;
  fps: FrameRateInput;
  frameHeightPx?: number;
  /** Allowed speeds, whole pixels per frame. */
  pxPerFrame: { min: number; max: number };
  /**
   * Allowed line spacing; spacing is chosen on a grid of `step` from `min` (default 0.001:
   * a coarse step can miss the target on a long crawl, since one step moves every row).
   */
  lineSpacing: { min: number; max: number; step?: number };
  /** How far from the target still counts as a fit, in seconds (default 0.5). */
  toleranceSeconds?: number;
  /**
   * Seconds a line may stay on screen (default READABLE_SECONDS_ON_SCREEN): speeds outside
   * them are refused, whatever `pxPerFrame` allows. null: no limit but `pxPerFrame`.
   */
  readable?: ReadableLimits | null;
};

export type FitFixKind = "faster-speed" | "slower-speed" | "tighter-spacing" | "looser-spacing" | "two-columns" | "longer-target" | "shorter-target" | "hold";

/** One change that would make the target reachable on its own, with the values to use. */
export type FitFix = {
  kind: FitFixKind;
  message: string;
  pxPerFrame?: number;
  lineSpacing?: number;
  targetSeconds?: number;
  blockIds?: string[];
  /** "hold": seconds of a closing card or black after the crawl, at `pxPerFrame` and `lineSpacing`. */
  holdSeconds?: number;
};

export type FitResult =
  | {
      possible: true;
      pxPerFrame: number;
      lineSpacing: number;
      crawlHeightPx: number;
      seconds: number;
      offBySeconds: number;
      /** How long each line is on screen at this speed. */
      secondsOnScreen: number;
      /** The crawl in whole frames (crawlFrames), and the target in whole frames. */
      frames: number;
      targetFrames: number;
      /** Frames of black to add to reach the target exactly (negative: frames over it). */
      padFrames: number;
    }
  | { possible: false; reason: string; shortestSeconds: number; longestSeconds: number; fixes: FitFix[] };

type Params = {
  model: LayoutModel;
  target: number;
  num: number;
  den: number;
  frame: number;
  pMin: number;
  pMax: number;
  sMin: number;
  sMax: number;
  step: number;
  tolerance: number;
  preferred: number;
};

type Solution = { pxPerFrame: number; lineSpacing: number; crawlHeightPx: number; seconds: number };

/** Longest scroll speed the fixes look at (pixels per frame). */
const MAX_SPEED = 200;
/** A block of names needs this many visible names to be worth two columns. */
export const TWO_COLUMN_MIN_NAMES = 4;
/** Without readability limits, a fix still never suggests a speed that shows a line for less than this (1080 px at 24 fps: 22 px/frame). */
export const MIN_SECONDS_ON_SCREEN = 2;
/** Tighter than this the rows would touch or overlap: no fix suggests it. */
export const MIN_SENSIBLE_SPACING = 0.75;
/** Looser than this each name floats alone on the screen: no fix suggests it. */
export const MAX_SENSIBLE_SPACING = 3.5;

function seconds(p: Params, height: number, speed: number): number {
  return ((height + p.frame) * p.den) / (speed * p.num);
}

/** Spacing candidates around `exact` on the grid min + k·step, within [min, max]. */
function spacingCandidates(p: Params, exact: number): number[] {
  if (!Number.isFinite(exact)) return [Math.min(p.sMax, Math.max(p.sMin, p.preferred))];
  const k = (exact - p.sMin) / p.step;
  const grid = [Math.floor(k), Math.ceil(k)].map((i) => round6(p.sMin + i * p.step));
  return [...new Set([...grid, p.sMin, p.sMax].map((s) => Math.min(p.sMax, Math.max(p.sMin, s))))];
}

/** The line spacing that makes `speed` hit the target exactly (NaN without text). */
function exactSpacing(p: Params, speed: number): number {
  if (p.model.textPx <= 0) return Number.NaN;
  return ((p.target * speed * p.num) / p.den - p.frame - p.model.fixedPx) / p.model.textPx;
}

/**
 * The best fit in the allowed ranges, or null. For each speed, the spacing on the grid that
 * comes closest to the target; among speeds, the spacing closest to the preferred one, then
 * the closest running time, then the slower speed.
 */
function solve(p: Params): Solution | null {
  let best: (Solution & { score: [number, number, number] }) | null = null;
  for (let speed = p.pMin; speed <= p.pMax; speed++) {
    let forSpeed: (Solution & { off: number }) | null = null;
    for (const spacing of spacingCandidates(p, exactSpacing(p, speed))) {
      const height = heightAt(p.model, spacing);
      const time = seconds(p, height, speed);
      const off = Math.abs(time - p.target);
      if (off > p.tolerance + 1e-9) continue;
      const closer = !forSpeed || off < forSpeed.off - 1e-9 || (Math.abs(off - forSpeed.off) <= 1e-9 && Math.abs(spacing - p.preferred) < Math.abs(forSpeed.lineSpacing - p.preferred));
      if (closer) forSpeed = { pxPerFrame: speed, lineSpacing: spacing, crawlHeightPx: height, seconds: time, off };
    }
    if (!forSpeed) continue;
    const score: [number, number, number] = [round6(Math.abs(forSpeed.lineSpacing - p.preferred)), round6(forSpeed.off), speed];
    if (!best || compareScore(score, best.score) < 0) {
      const { off: _off, ...solution } = forSpeed;
      best = { ...solution, score };
    }
  }
  if (!best) return null;
  const { score: _score, ...solution } = best;
  return solution;
}

function compareScore(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** "1:05.3" */
export function formatSeconds(total: number): string {
  const tenths = Math.round(total * 10);
  const minutes = Math.floor(tenths / 600);
  const rest = (tenths - minutes * 600) / 10;
  return `${minutes}:${rest < 10 ? "0" : ""}${rest.toFixed(1)}`;
}

/** "times are 4:48.9 and 4:51.0", or "time is 4:51.0" when only one side is reachable. */
function nearestText(nearest: { above: number; below: number }): string {
  const times = [nearest.below, nearest.above].filter(Number.isFinite).map(formatSeconds);
  return times.length === 2 ? `times are ${times[0]} and ${times[1]}` : `time is ${times[0] ?? "unknown"}`;
}

function spacingText(s: number): string {
  return String(round6(s));
}

/** Blocks of names that would save the most rows in two columns, most first. */
function twoColumnCandidates(list: CreditList): { id: string; heading: string; saved: number }[] {
  return visibleBlocks(list)
    .filter((b) => hasNames(b) && b.columns === 1 && b.lines.length >= TWO_COLUMN_MIN_NAMES && b.lines.every((l) => l.character === undefined))
    .map((b) => ({ id: b.id, heading: b.heading || b.id, saved: nameRows(b.lines).length - Math.ceil(b.lines.length / 2) }))
    .filter((c) => c.saved > 0)
    .sort((a, b) => b.saved - a.saved);
}

/**
 * The running times the allowed ranges reach nearest to the target, above and below it:
 * for each speed, the spacings on the grid around the exact one and at both ends of the
 * range.
 */
function nearestReachable(p: Params): { above: number; below: number } {
  let above = Infinity;
  let below = -Infinity;
  for (let speed = p.pMin; speed <= p.pMax; speed++) {
    for (const spacing of spacingCandidates(p, exactSpacing(p, speed))) {
      const time = seconds(p, heightAt(p.model, spacing), speed);
      if (time > p.target) above = Math.min(above, time);
      if (time < p.target) below = Math.max(below, time);
    }
  }
  return { above, below };
}

/** The nearest targets the allowed ranges can reach, above and below the current one. */
function targetFixes(p: Params): FitFix[] {
  const { above, below } = nearestReachable(p);
  const result: FitFix[] = [];
  const works = (t: number) => solve({ ...p, target: t }) !== null;
  if (Number.isFinite(above)) {
    const first = Math.ceil(round6((above - p.tolerance) * 10)) / 10;
    const target = [0, 1, 2].map((i) => round6(first + i / 10)).find((t) => t > p.target && works(t));
    if (target !== undefined) result.push({ kind: "longer-target", targetSeconds: target, message: `Make the target at least ${formatSeconds(target)}.` });
  }
  if (Number.isFinite(below)) {
    const first = Math.floor(round6((below + p.tolerance) * 10)) / 10;
    const target = [0, 1, 2].map((i) => round6(first - i / 10)).find((t) => t > 0 && t < p.target && works(t));
    if (target !== undefined) result.push({ kind: "shorter-target", targetSeconds: target, message: `Make the target at most ${formatSeconds(target)}.` });
  }
  return result;
}

/**
 * The nearest spacings outside the allowed range that some allowed speed needs: the
 * loosest spacing below the range (tighter) and the tightest above it (looser).
 */
function spacingFixes(p: Params): FitFix[] {
  let tighter = -Infinity;
  let looser = Infinity;
  for (let speed = p.pMin; speed <= p.pMax; speed++) {
    const exact = exactSpacing(p, speed);
    if (!Number.isFinite(exact)) continue;
    if (exact < p.sMin && exact >= MIN_SENSIBLE_SPACING) tighter = Math.max(tighter, exact);
    if (exact > p.sMax && exact <= MAX_SENSIBLE_SPACING) looser = Math.min(looser, exact);
  }
  const result: FitFix[] = [];
  if (Number.isFinite(tighter)) {
    const first = round6(Math.floor(round6(tighter / p.step)) * p.step);
    const s = [first, round6(first - p.step)].find((x) => x >= MIN_SENSIBLE_SPACING && solve({ ...p, sMin: x, preferred: x }) !== null);
    if (s !== undefined) result.push({ kind: "tighter-spacing", lineSpacing: s, message: `Tighten the line spacing to ${spacingText(s)} (the tightest allowed now is ${spacingText(p.sMin)}).` });
  }
  if (Number.isFinite(looser)) {
    const first = round6(Math.ceil(round6(looser / p.step)) * p.step);
    const s = [first, round6(first + p.step)].find((x) => x <= MAX_SENSIBLE_SPACING && solve({ ...p, sMax: x, preferred: x }) !== null);
    if (s !== undefined) result.push({ kind: "looser-spacing", lineSpacing: s, message: `Loosen the line spacing to ${spacingText(s)} (the loosest allowed now is ${spacingText(p.sMax)}).` });
  }
  return result;
}

/** Changes that would each make the target reachable on their own (see fitToTarget). */
function fixes(p: Params, list: CreditList, nameRowPx: number, tooShort: boolean, speeds: { min: number; max: number }): FitFix[] {
  const result: FitFix[] = [];
  const works = (change: Partial<Params>) => solve({ ...p, ...change }) !== null;

  // Faster or slower only within the readable speeds.
  for (let speed = p.pMax + 1; speed <= speeds.max; speed++) {
    if (works({ pMin: speed, pMax: speed })) {
      result.push({ kind: "faster-speed", pxPerFrame: speed, message: `Scroll faster: at ${speed} px/frame the credits fit the target (the fastest allowed now is ${p.pMax}).` });
      break;
    }
  }
  for (let speed = p.pMin - 1; speed >= speeds.min; speed--) {
    if (works({ pMin: speed, pMax: speed })) {
      result.push({ kind: "slower-speed", pxPerFrame: speed, message: `Scroll slower: at ${speed} px/frame the credits fill the target (the slowest allowed now is ${p.pMin}).` });
      break;
    }
  }
  result.push(...spacingFixes(p));
  if (!tooShort) {
    // Two columns only removes rows of names, so the model shrinks by the rows each block saves.
    const candidates = twoColumnCandidates(list);
    let saved = 0;
    for (let n = 1; n <= candidates.length; n++) {
      saved += candidates[n - 1]!.saved;
      if (works({ model: { fixedPx: p.model.fixedPx, textPx: p.model.textPx - saved * nameRowPx } })) {
        const chosen = candidates.slice(0, n);
        const names = chosen.map((c) => `"${c.heading}"`).join(", ");
        result.push({
          kind: "two-columns",
          blockIds: chosen.map((c) => c.id),
          message: n === 1 ? `Set ${names} in two columns.` : `Set these ${n} blocks in two columns: ${names}.`,
        });
        break;
      }
    }
  }
  result.push(...targetFixes(p));
  if (tooShort) {
    // The slowest readable crawl, then a closing card (or black) for the rest of the target.
    const height = heightAt(p.model, p.sMax);
    const crawl = seconds(p, height, p.pMin);
    const hold = round6(p.target - crawl);
    if (hold > p.tolerance) {
      result.push({
        kind: "hold",
        pxPerFrame: p.pMin,
        lineSpacing: p.sMax,
        holdSeconds: hold,
        message: `Or run the crawl at ${p.pMin} px/frame (${formatSeconds(crawl)}) and hold a closing card or black for ${formatSeconds(hold)} after it.`,
      });
    }
  }
  return result;
}

function checkReadable(limits: ReadableLimits): ReadableLimits {
  const min = finite(limits?.min, "shortest time on screen", 0, { exclusive: true });
  const max = finite(limits?.max, "longest time on screen", min);
  return { min, max };
}

function fmt1(x: number): string {
  return (Math.round(x * 10) / 10).toFixed(1);
}

/**
 * Chooses a whole speed in px/frame and a line spacing that make the crawl run
 * `targetSeconds` (within `toleranceSeconds`). Each speed gets the spacing (on the grid)
 * that comes closest to the target; among the speeds that fit, it prefers the spacing
 * closest to the preferred one, then the closest running time, then the slower speed.
 *
 * Readability: only speeds that keep each line on screen within `readable` (default
 * READABLE_SECONDS_ON_SCREEN, 6 to 24 s) are used or suggested, so a short list is never
 * stretched to a crawl that stalls (34 names over 4:30 at 1 px/frame, 45 s a line) nor a long
 * one squeezed past reading; the answer says how long a line is on screen, and the crawl in
 * whole frames with the black frames to pad to the exact target.
 *
 * When nothing fits, it says why (naming the readable limit when that is what stops it) and
 * lists the changes that would each fix it on their own (never an unreadable speed, nor a
 * spacing under 0.75 or over 3.5): for credits too long for the target, a faster speed, a tighter
 * spacing, two columns for the longest lists of names, or a longer target; for credits too
 * short, a slower speed, a looser spacing, a shorter target, or the slowest readable crawl
 * followed by a closing card or black ("hold"). When the target falls between two speeds
 * (the spacing range is too narrow to bridge them), fixes of both kinds can apply.
 */
export function fitToTarget(input: FitInput): FitResult {
  const fps = parseFrameRate(input.fps);
  const target = finite(input.targetSeconds, "target running time", 0, { exclusive: true });
  const frame = finite(input.frameHeightPx ?? 1080, "frame height", 0, { exclusive: true });
  const askedMin = finite(input.pxPerFrame?.min, "slowest speed", 1, { integer: true });
  const askedMax = finite(input.pxPerFrame?.max, "fastest speed", askedMin, { integer: true });
  if (askedMax > MAX_SPEED) throw new CreditListError("invalid-crawl", `A crawl faster than ${MAX_SPEED} px/frame can't be read.`);
  const limits = input.readable === null ? null : checkReadable(input.readable ?? READABLE_SECONDS_ON_SCREEN);
  const speeds = limits
    ? readableSpeeds(fps.label, frame, limits)
    : { min: 1, max: Math.min(MAX_SPEED, Math.floor((frame * fps.den) / (MIN_SECONDS_ON_SCREEN * fps.num))) };
  // The speeds asked for, within the readable ones.
  const pMin = limits ? Math.max(askedMin, speeds.min) : askedMin;
  const pMax = limits ? Math.min(askedMax, speeds.max) : askedMax;
  if (pMin > pMax) {
    throw new CreditListError(
      "invalid-crawl",
      `No speed from ${askedMin} to ${askedMax} px/frame keeps a line on screen between ${limits!.min} and ${limits!.max} s at ${fps.label} fps (that takes ${speeds.min} to ${speeds.max} px/frame).`,
    );
  }
  const sMin = finite(input.lineSpacing?.min, "tightest line spacing", 0, { exclusive: true });
  const sMax = finite(input.lineSpacing?.max, "loosest line spacing", sMin);
  const step = finite(input.lineSpacing?.step ?? 0.001, "line spacing step", 0, { exclusive: true });
  const tolerance = finite(input.toleranceSeconds ?? 0.5, "tolerance", 0);
  const preferred = input.metrics?.lineSpacing === undefined ? (sMin + sMax) / 2 : finite(input.metrics.lineSpacing, "line spacing", 0, { exclusive: true });
  const model = layoutModel(input.list, input.metrics);
  const params: Params = { model, target, num: fps.num, den: fps.den, frame, pMin, pMax, sMin, sMax, step, tolerance, preferred };

  const solution = solve(params);
  if (solution) {
    const frames = crawlFrames(solution.crawlHeightPx, solution.pxPerFrame, frame);
    const targetFrames = Math.round(round6((target * fps.num) / fps.den));
    return {
      possible: true,
      ...solution,
      offBySeconds: round6(solution.seconds - target),
      secondsOnScreen: round6((frame * fps.den) / (solution.pxPerFrame * fps.num)),
      frames,
      targetFrames,
      padFrames: targetFrames - frames,
    };
  }

  const shortest = seconds(params, heightAt(model, sMin), pMax);
  const longest = seconds(params, heightAt(model, sMax), pMin);
  const tooLong = shortest > target + tolerance;
  const tooShort = longest < target - tolerance;
  const reachesContinuously = Array.from({ length: pMax - pMin + 1 }, (_, i) => exactSpacing(params, pMin + i)).some((x) => x >= sMin && x <= sMax);
  const nearest = nearestReachable(params);
  const onScreen = (speed: number) => fmt1((frame * fps.den) / (speed * fps.num));
  const reason = tooLong
    ? limits && pMax === speeds.max && pMax < askedMax
      ? `The credits are too long for ${formatSeconds(target)} at a readable speed: faster than ${pMax} px/frame a line would be on screen for less than ${fmt1(limits.min)} s (at ${pMax} px/frame it is ${onScreen(pMax)} s), and with the tightest allowed spacing (${spacingText(sMin)}) they run ${formatSeconds(shortest)}.`
      : `The credits are too long for ${formatSeconds(target)}: at the fastest allowed speed (${pMax} px/frame) and the tightest allowed spacing (${spacingText(sMin)}) they run ${formatSeconds(shortest)}.`
    : tooShort
      ? limits && pMin === speeds.min && pMin > askedMin
        ? `The credits are too short to fill ${formatSeconds(target)} at a readable speed: slower than ${pMin} px/frame a line would stay on screen for more than ${fmt1(limits.max)} s (at ${pMin} px/frame it is ${onScreen(pMin)} s; at ${pMin - 1} px/frame, ${onScreen(pMin - 1)} s), and with the loosest allowed spacing (${spacingText(sMax)}) they run ${formatSeconds(longest)}.`
        : `The credits are too short for ${formatSeconds(target)}: at the slowest allowed speed (${pMin} px/frame) and the loosest allowed spacing (${spacingText(sMax)}) they run ${formatSeconds(longest)}.`
      : reachesContinuously
        ? `Line spacing in steps of ${spacingText(step)} can't reach ${formatSeconds(target)}: the nearest running ${nearestText(nearest)}.`
        : `${formatSeconds(target)} falls between two speeds: no whole number of pixels per frame reaches it with a line spacing from ${spacingText(sMin)} to ${spacingText(sMax)}.`;
  return { possible: false, reason, shortestSeconds: shortest, longestSeconds: longest, fixes: fixes(params, input.list, input.metrics.nameRowPx, tooShort, speeds) };
}

/** The speed a crawl runs at when no target running time decides it: 15 s a line at 24 fps. */
export const DEFAULT_PX_PER_FRAME = 3;

export type RunningTime = { seconds: number; frames: number; pxPerFrame: number; lineSpacing: number; fps: string; fitted: boolean };

/**
 * How long the list runs as a crawl (CRAWL_METRICS, 1080-line frame): fitted to the target
 * when one is set and reachable at a readable speed, else at DEFAULT_PX_PER_FRAME and line
 * spacing 1. Frame-exact: `frames` whole frames, `seconds` their length.
 */
export function runningTime(list: CreditList, fps: FrameRateInput, targetSeconds: number | null): RunningTime {
  const rate = parseFrameRate(fps);
  const fit = targetSeconds && targetSeconds > 0 ? fitToTarget({ list, metrics: CRAWL_METRICS, targetSeconds, fps, ...FIT_RANGES }) : null;
  const pxPerFrame = fit?.possible ? fit.pxPerFrame : DEFAULT_PX_PER_FRAME;
  const lineSpacing = fit?.possible ? fit.lineSpacing : 1;
  const frames = fit?.possible ? fit.frames : crawlFrames(layoutHeight(list, { ...CRAWL_METRICS, lineSpacing }), pxPerFrame);
  return { seconds: (frames * rate.den) / rate.num, frames, pxPerFrame, lineSpacing, fps: rate.label, fitted: Boolean(fit?.possible) };
}
