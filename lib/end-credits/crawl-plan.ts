import { CreditListError } from "./errors";
import { visibleBlocks } from "./render";
import { CRAWL_METRICS, crawlFrames, DEFAULT_PX_PER_FRAME, crawlRows, FIT_RANGES, fitToTarget, heightAt, layoutHeight, layoutModel, parseFrameRate, type CrawlRow, type FitResult, type FrameRate, type FrameRateInput } from "./crawl";
import type { CreditBlock, CreditList } from "./types";

/**
 * One timing plan for a crawl, shared by the preview (which plays it), the video renderer
 * (which renders it) and anything that states its running time, so all three agree to the
 * frame:
 *
 *   [main-title cards] [the crawl] [black pad frames]
 *
 * - cards: with `cards`, each visible main-title block is a card held `framesPerCard` whole
 *   frames (round(seconds × fps)); the crawl then carries the rest of the list. Without, the
 *   main titles crawl with everything else;
 * - the crawl: CRAWL_METRICS rows on a 1080-line frame at a whole number of pixels per frame
 *   (crawlFrames: from the first line entering at the foot to the last leaving at the top);
 * - speed: given (px/frame and line spacing), or fitted to a target running time (the
 *   target less the cards). A fit within its tolerance but a frame or two over the target
 *   tightens its spacing until the crawl ends on or before it; what is left short is padded
 *   with black frames to the exact frame (`padFrames`). Only a crawl that can't get under even
 *   at the tightest spacing runs over, and says by how many frames (`overFrames`).
 */
export type CrawlSpeed =
  | { mode: "speed"; pxPerFrame: number; lineSpacing: number }
  /** `otherwise`: the speed and spacing when the target can't be met (default DEFAULT_PX_PER_FRAME at spacing 1). */
  | { mode: "fit"; targetSeconds: number; otherwise?: { pxPerFrame: number; lineSpacing: number } };

export type CrawlPlanInput = {
  list: CreditList;
  fps: FrameRateInput;
  /** Main titles as cards, `seconds` each (1 to 10), before the crawl; null: no cards. */
  cards: { seconds: number } | null;
  speed: CrawlSpeed;
};

export type CrawlPlan = {
  fps: FrameRate;
  /** The main-title blocks shown as cards, in order (empty without cards). */
  cardBlocks: CreditBlock[];
  framesPerCard: number;
  cardFrames: number;
  /** What crawls: the list without the carded main titles. */
  crawlList: CreditList;
  rows: CrawlRow[];
  pxPerFrame: number;
  lineSpacing: number;
  /** The crawl's height in whole pixels on a 1080-line frame. */
  crawlHeightPx: number;
  crawlFrames: number;
  /** The target in whole frames (cards included), when fitting. */
  targetFrames: number | null;
  /** Black frames after the crawl to reach the target exactly. */
  padFrames: number;
  /** Frames the crawl runs over the target (it is not cut). */
  overFrames: number;
  /** Cards + crawl + pad, in whole frames, and their exact length in seconds. */
  totalFrames: number;
  seconds: number;
  /** The fit, when fitting (possible or not: an impossible fit says why and what would fix it). */
  fit: FitResult | null;
};

/** The fit's line-spacing grid (fitToTarget's default step). */
const SPACING_STEP = 0.001;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Frame height the crawl model is laid out on (CRAWL_METRICS). */
export const PLAN_FRAME_HEIGHT = 1080;
export const CARD_SECONDS = { min: 1, max: 10 } as const;

/** The plan (see the file comment). A fit that can't be met keeps `fit.possible` false (with why) and runs at the `otherwise` speed. */
export function planCrawl(input: CrawlPlanInput): CrawlPlan {
  const fps = parseFrameRate(input.fps);
  const main = input.cards ? visibleBlocks(input.list).filter((b) => b.section === "main") : [];
  const useCards = main.length > 0;
  if (input.cards && !(input.cards.seconds >= CARD_SECONDS.min && input.cards.seconds <= CARD_SECONDS.max)) {
    throw new CreditListError("invalid-crawl", `A card is held ${CARD_SECONDS.min} to ${CARD_SECONDS.max} seconds (got ${String(input.cards.seconds)}).`);
  }
  const crawlList = useCards ? { ...input.list, blocks: input.list.blocks.filter((b) => b.section !== "main") } : input.list;
  const framesPerCard = useCards ? Math.round(input.cards!.seconds * fps.value) : 0;
  const cardFrames = framesPerCard * main.length;
  const cardsSeconds = (cardFrames * fps.den) / fps.num;

  let fit: FitResult | null = null;
  let pxPerFrame = DEFAULT_PX_PER_FRAME;
  let lineSpacing = 1;
  if (input.speed.mode === "fit") {
    pxPerFrame = input.speed.otherwise?.pxPerFrame ?? DEFAULT_PX_PER_FRAME;
    lineSpacing = input.speed.otherwise?.lineSpacing ?? 1;
    fit = fitToTarget({ list: crawlList, metrics: { ...CRAWL_METRICS, lineSpacing: 1 }, targetSeconds: Math.max(1, input.speed.targetSeconds - cardsSeconds), fps: fps.label, frameHeightPx: PLAN_FRAME_HEIGHT, ...FIT_RANGES });
    if (fit.possible) {
      pxPerFrame = fit.pxPerFrame;
      lineSpacing = fit.lineSpacing;
    }
  } else {
    pxPerFrame = input.speed.pxPerFrame;
    lineSpacing = input.speed.lineSpacing;
  }
  let crawlHeightPx = layoutHeight(crawlList, { ...CRAWL_METRICS, lineSpacing });
  let frames = crawlFrames(crawlHeightPx, pxPerFrame, PLAN_FRAME_HEIGHT);
  const targetFrames = fit?.possible ? fit.targetFrames + cardFrames : null;
  if (fit?.possible && frames > fit.targetFrames) {
    // The fit lands within its tolerance but a frame or two long: tighten the spacing a step
    // at a time until the crawl ends on or before the target, then pad (never cut, never over).
    const model = layoutModel(crawlList, CRAWL_METRICS);
    for (let s = round6(lineSpacing - SPACING_STEP); s >= FIT_RANGES.lineSpacing.min; s = round6(s - SPACING_STEP)) {
      const height = heightAt(model, s);
      const f = crawlFrames(height, pxPerFrame, PLAN_FRAME_HEIGHT);
      if (f <= fit.targetFrames) {
        lineSpacing = s;
        crawlHeightPx = height;
        frames = f;
        break;
      }
    }
  }
  const unpadded = cardFrames + frames;
  const padFrames = targetFrames !== null ? Math.max(0, targetFrames - unpadded) : 0;
  const overFrames = targetFrames !== null ? Math.max(0, unpadded - targetFrames) : 0;
  const totalFrames = unpadded + padFrames;
  return {
    fps,
    cardBlocks: useCards ? main : [],
    framesPerCard,
    cardFrames,
    crawlList,
    rows: crawlRows(crawlList, CRAWL_METRICS),
    pxPerFrame,
    lineSpacing,
    crawlHeightPx,
    crawlFrames: frames,
    targetFrames,
    padFrames,
    overFrames,
    totalFrames,
    seconds: (totalFrames * fps.den) / fps.num,
    fit,
  };
}
