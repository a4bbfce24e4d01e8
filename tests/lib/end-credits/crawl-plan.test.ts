import { describe, expect, it } from "vitest";
import { buildCreditList } from "@/lib/end-credits/build";
import { crawlFrames, layoutHeight, CRAWL_METRICS, runningTime } from "@/lib/end-credits/crawl";
import { planCrawl } from "@/lib/end-credits/crawl-plan";
import { visibleBlocks } from "@/lib/end-credits/render";
import { indieInput, indieList } from "./fixtures";

const list = indieList();

describe("planCrawl", () => {
  it("runs the list at the given speed, frame-exact, without cards or padding", () => {
    const plan = planCrawl({ list, fps: "24", cards: null, speed: { mode: "speed", pxPerFrame: 3, lineSpacing: 1 } });
    const height = layoutHeight(list, { ...CRAWL_METRICS, lineSpacing: 1 });
    expect(plan).toMatchObject({ cardFrames: 0, crawlHeightPx: height, crawlFrames: crawlFrames(height, 3), padFrames: 0, overFrames: 0, targetFrames: null });
    expect(plan.totalFrames).toBe(plan.crawlFrames);
    expect(plan.seconds).toBe(plan.totalFrames / 24);
    // The PDF's running time (no target) is the same crawl.
    expect(runningTime(list, "24", null).frames).toBe(plan.crawlFrames);
  });

  it("holds each main title as a card of whole frames and crawls the rest", () => {
    const main = visibleBlocks(list).filter((b) => b.section === "main");
    const plan = planCrawl({ list, fps: "23.976", cards: { seconds: 2.5 }, speed: { mode: "speed", pxPerFrame: 4, lineSpacing: 1.2 } });
    expect(plan.cardBlocks.map((b) => b.id)).toEqual(main.map((b) => b.id));
    expect(plan.framesPerCard).toBe(60); // round(2.5 × 23.976)
    expect(plan.cardFrames).toBe(60 * main.length);
    expect(plan.crawlList.blocks.some((b) => b.section === "main")).toBe(false);
    expect(plan.totalFrames).toBe(plan.cardFrames + plan.crawlFrames);
    expect(plan.seconds).toBeCloseTo((plan.totalFrames * 1001) / 24000, 12);
  });

  it("fits a target to the exact frame: never over it, padded with black frames when short", () => {
    const small = buildCreditList(indieInput());
    const plans = Array.from({ length: 100 }, (_, i) => planCrawl({ list: small, fps: "24", cards: null, speed: { mode: "fit", targetSeconds: 15 + i } })).filter((p) => p.fit?.possible);
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) {
      expect(p.totalFrames - p.padFrames).toBe(p.cardFrames + p.crawlFrames);
      expect(p.totalFrames - p.overFrames).toBe(p.targetFrames);
      expect(p.overFrames).toBe(0);
      expect(p.totalFrames).toBe(p.targetFrames);
    }
    expect(plans.some((p) => p.padFrames > 0)).toBe(true);
  });

  it("keeps an impossible fit's reason and runs at the speed given for that case", () => {
    const plan = planCrawl({ list, fps: "24", cards: null, speed: { mode: "fit", targetSeconds: 2, otherwise: { pxPerFrame: 5, lineSpacing: 1.1 } } });
    expect(plan.fit).toMatchObject({ possible: false });
    expect(plan).toMatchObject({ pxPerFrame: 5, lineSpacing: 1.1, padFrames: 0, targetFrames: null });
  });

  it("refuses a card held outside 1 to 10 seconds", () => {
    expect(() => planCrawl({ list, fps: "24", cards: { seconds: 0.2 }, speed: { mode: "speed", pxPerFrame: 3, lineSpacing: 1 } })).toThrow(/1 to 10 seconds/);
  });
});
