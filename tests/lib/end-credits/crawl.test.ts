import { describe, expect, it } from "vitest";
import { crawlDuration, fitToTarget, formatSeconds, layoutHeight, layoutModel, parseFrameRate, type CrawlMetrics, type FitInput } from "@/lib/end-credits/crawl";
import { addManualBlock, setColumns, setHidden, setJoiner } from "@/lib/end-credits/edit";
import { CreditListError } from "@/lib/end-credits/errors";
import type { CreditList } from "@/lib/end-credits/types";
import { FRAME_RATES } from "@/lib/projects/catalog";

const empty: CreditList = { schemaVersion: 2, blocks: [] };
const metrics: CrawlMetrics = { headingRowPx: 40, nameRowPx: 40, lineSpacing: 1, blockGapPx: 80 };

/** One group block: a heading and `n` names. */
function group(n: number, id = "crew-list"): CreditList {
  return addManualBlock(empty, "group", { id, heading: "Crew", names: Array.from({ length: n }, (_, i) => `Person ${i + 1}`) });
}

describe("parseFrameRate", () => {
  it("knows the exact NTSC fractions", () => {
    expect(parseFrameRate("23.976")).toEqual({ label: "23.976", num: 24000, den: 1001, value: 24000 / 1001 });
    expect(parseFrameRate(29.97)).toMatchObject({ num: 30000, den: 1001 });
    expect(parseFrameRate("59.94")).toMatchObject({ num: 60000, den: 1001 });
    expect(parseFrameRate(24000 / 1001).label).toBe("23.976");
    expect(parseFrameRate("23.98").label).toBe("23.976");
    expect(parseFrameRate(" 25 ").label).toBe("25");
  });

  it("accepts every project frame rate and 48, 50, 60", () => {
    for (const rate of [...FRAME_RATES, "48", "50", "60"]) expect(parseFrameRate(rate).label).toBe(rate);
  });

  it("refuses unknown rates with a readable message", () => {
    for (const bad of ["12", 0, -24, Number.NaN, "", "fast", 23.9]) expect(() => parseFrameRate(bad)).toThrow(CreditListError);
    expect(() => parseFrameRate("12")).toThrow("12 fps is not a frame rate Hatrack knows; use 23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60.");
  });
});

describe("crawlDuration", () => {
  it("runs an 8,043-pixel crawl at 23.976 fps and 7 px/frame for exactly 54.357875 s", () => {
    // (8043 + 1080) px / (7 px/frame × 24000/1001 frames/s) = 9123 × 1001 / 168000 s
    expect(crawlDuration({ crawlHeightPx: 8043, pxPerFrame: 7, fps: "23.976" })).toBe(54.357875);
    expect(crawlDuration({ crawlHeightPx: 8043, frameHeightPx: 1080, pxPerFrame: 7, fps: 23.976 })).toBe(54.357875);
  });

  it("follows (height + frame) / (px per frame × fps)", () => {
    expect(crawlDuration({ crawlHeightPx: 0, pxPerFrame: 1, fps: 24 })).toBe(45);
    expect(crawlDuration({ crawlHeightPx: 3720, frameHeightPx: 1080, pxPerFrame: 4, fps: "25" })).toBe(48);
    expect(crawlDuration({ crawlHeightPx: 2160, frameHeightPx: 2160, pxPerFrame: 6, fps: "30" })).toBe(24);
    expect(crawlDuration({ crawlHeightPx: 8920, pxPerFrame: 5, fps: "29.97" })).toBeCloseTo(66.733, 3);
  });

  it("refuses speeds that would judder and impossible sizes", () => {
    for (const pxPerFrame of [0, -1, 2.5, Number.NaN]) expect(() => crawlDuration({ crawlHeightPx: 100, pxPerFrame, fps: 24 })).toThrow(/whole number/);
    expect(() => crawlDuration({ crawlHeightPx: -1, pxPerFrame: 2, fps: 24 })).toThrow(CreditListError);
    expect(() => crawlDuration({ crawlHeightPx: 10, frameHeightPx: 0, pxPerFrame: 2, fps: 24 })).toThrow(CreditListError);
  });
});

describe("layoutHeight", () => {
  it("is zero for an empty list", () => {
    expect(layoutHeight(empty, metrics)).toBe(0);
  });

  it("counts a heading row, one row a name and the gaps between blocks", () => {
    const list = addManualBlock(group(3), "group", { id: "b", heading: "Thanks", names: ["A"] });
    expect(layoutHeight(list, metrics)).toBe(4 * 40 + 80 + 2 * 40);
    expect(layoutModel(list, metrics)).toEqual({ fixedPx: 80, textPx: 6 * 40 });
  });

  it("scales text rows with the line spacing but not gaps or logos, and rounds up", () => {
    let list = addManualBlock(group(3), "logo", { id: "logo", assetId: "a", alt: "Logo", width: 1000, height: 300 });
    expect(layoutHeight(list, { ...metrics, lineSpacing: 1.5 })).toBe(4 * 60 + 80 + 300);
    expect(layoutHeight(list, { ...metrics, lineSpacing: 1.5, logoMaxWidthPx: 500 })).toBe(4 * 60 + 80 + 150);
    list = group(1);
    expect(layoutHeight(list, { ...metrics, nameRowPx: 33.3, headingRowPx: 0, lineSpacing: 1 })).toBe(34);
  });

  it("sets two-column blocks in ceil(n / 2) rows", () => {
    expect(layoutHeight(setColumns(group(5), "crew-list", 2), metrics)).toBe((1 + 3) * 40);
    expect(layoutHeight(setColumns(group(4), "crew-list", 2), metrics)).toBe((1 + 2) * 40);
  });

  it("leaves out hidden blocks and lines, and blocks with every name hidden", () => {
    let list = addManualBlock(group(3), "group", { id: "b", heading: "Thanks", names: ["A"] });
    list = setHidden(list, { blockId: "crew-list", lineKey: "name:person-1" }, true);
    expect(layoutHeight(list, metrics)).toBe(3 * 40 + 80 + 2 * 40);
    list = setHidden(list, { blockId: "b", lineKey: "name:a" }, true);
    expect(layoutHeight(list, metrics)).toBe(3 * 40);
    expect(layoutHeight(setHidden(list, { blockId: "crew-list" }, true), metrics)).toBe(0);
  });

  it("sets writing teams as title cards do: 'A & B', 'and', 'C'", () => {
    let list = addManualBlock(empty, "names", { id: "w", heading: "Written by", names: ["A", "B", "C"] });
    expect(layoutHeight(list, metrics)).toBe(4 * 40);
    list = { ...list, blocks: list.blocks.map((b) => ({ ...b, lines: b.lines.map((l) => ({ ...l, joiner: "and" as const })) })) };
    expect(layoutHeight(list, metrics)).toBe((1 + 5) * 40);
    expect(layoutHeight(setJoiner(list, "w", "name:b", "&"), metrics)).toBe((1 + 3) * 40);
  });

  it("wraps paragraphs and counts song lines", () => {
    let list = addManualBlock(empty, "paragraph", { id: "p", text: `${"x".repeat(61)}\n\nshort` });
    expect(layoutHeight(list, metrics)).toBe((2 + 1 + 1) * 40);
    expect(layoutHeight(list, { ...metrics, paragraphCharsPerRow: 100 })).toBe(3 * 40);
    list = addManualBlock(empty, "song", { id: "s", heading: "Songs", title: "Night Bus", performedBy: "The Okafors", courtesyOf: "Hatrack Records" });
    expect(layoutHeight(list, metrics)).toBe((1 + 3) * 40);
  });

  it("refuses negative or missing metrics", () => {
    expect(() => layoutHeight(empty, { ...metrics, nameRowPx: -1 })).toThrow(CreditListError);
    expect(() => layoutHeight(empty, { ...metrics, lineSpacing: 0 })).toThrow(CreditListError);
    expect(() => layoutHeight(empty, { ...metrics, paragraphCharsPerRow: 0 })).toThrow(CreditListError);
  });
});

describe("formatSeconds", () => {
  it("prints m:ss.s", () => {
    expect(formatSeconds(0)).toBe("0:00.0");
    expect(formatSeconds(64.5)).toBe("1:04.5");
    expect(formatSeconds(59.96)).toBe("1:00.0");
    expect(formatSeconds(125.04)).toBe("2:05.0");
  });
});

describe("fitToTarget", () => {
  // One block: a heading and 99 names = 100 rows = 4,000 px at spacing 1.
  const list = group(99);
  const fit = (over: Partial<FitInput>) =>
    fitToTarget({ list, metrics: { ...metrics, lineSpacing: 1 }, targetSeconds: 60, fps: "24", pxPerFrame: { min: 1, max: 10 }, lineSpacing: { min: 0.9, max: 1.2 }, ...over });

  it("finds the whole speed and spacing that hit the target", () => {
    // (4000 + 1080) / (5 × 24) = 42.333… s at spacing 1
    expect(fit({ targetSeconds: 5080 / 120 })).toEqual({ possible: true, pxPerFrame: 5, lineSpacing: 1, crawlHeightPx: 4000, seconds: 5080 / 120, offBySeconds: 0 });
  });

  it("adjusts the spacing when no speed hits the target at the preferred spacing", () => {
    const result = fit({ targetSeconds: 40 });
    expect(result).toMatchObject({ possible: true, pxPerFrame: 5 });
    if (!result.possible) throw new Error("expected a fit");
    expect(result.lineSpacing).toBeCloseTo(0.93, 2);
    expect(Math.abs(result.offBySeconds)).toBeLessThanOrEqual(0.5);
    expect(crawlDuration({ crawlHeightPx: result.crawlHeightPx, pxPerFrame: result.pxPerFrame, fps: "24" })).toBe(result.seconds);
  });

  it("finds 7 px/frame for the 8,043-pixel crawl and its 54.357875 s at 23.976 fps", () => {
    // A heading of 83 px and 199 names of 40 px: 8,043 px at spacing 1.
    const tall = group(199);
    const tallMetrics = { ...metrics, headingRowPx: 83, lineSpacing: 1 };
    expect(layoutHeight(tall, tallMetrics)).toBe(8043);
    expect(fit({ fps: "23.976", targetSeconds: 54.357875, list: tall, metrics: tallMetrics })).toEqual({
      possible: true,
      pxPerFrame: 7,
      lineSpacing: 1,
      crawlHeightPx: 8043,
      seconds: 54.357875,
      offBySeconds: 0,
    });
  });

  it("says plainly when the credits are too long, with each fix that would work", () => {
    const result = fit({ targetSeconds: 30, pxPerFrame: { min: 1, max: 3 } });
    expect(result).toEqual({
      possible: false,
      reason: "The credits are too long for 0:30.0: at the fastest allowed speed (3 px/frame) and the tightest allowed spacing (0.9) they run 1:05.0.",
      shortestSeconds: 65,
      longestSeconds: (4800 + 1080) / 24,
      fixes: [
        { kind: "faster-speed", pxPerFrame: 7, message: "Scroll faster: at 7 px/frame the credits fit the target (the fastest allowed now is 3)." },
        { kind: "longer-target", targetSeconds: 64.5, message: "Make the target at least 1:04.5." },
      ],
    });
  });

  it("suggests two columns or a tighter spacing when they are enough", () => {
    const result = fit({ targetSeconds: 45, pxPerFrame: { min: 1, max: 3 } });
    if (result.possible) throw new Error("expected no fit");
    // Spacing alone would need 0.54: too tight to read, so not suggested.
    expect(result.fixes.map((f) => f.kind)).toEqual(["faster-speed", "two-columns", "longer-target"]);
    expect(result.fixes[0]).toMatchObject({ pxPerFrame: 5 });
    expect(result.fixes[1]).toEqual({ kind: "two-columns", blockIds: ["crew-list"], message: 'Set "Crew" in two columns.' });

    const tight = fit({ targetSeconds: 60, pxPerFrame: { min: 1, max: 3 } });
    if (tight.possible) throw new Error("expected no fit");
    expect(tight.fixes.find((f) => f.kind === "tighter-spacing")).toEqual({
      kind: "tighter-spacing",
      lineSpacing: 0.81,
      message: "Tighten the line spacing to 0.81 (the tightest allowed now is 0.9).",
    });
  });

  it("says plainly when the credits are too short", () => {
    const result = fit({ targetSeconds: 200, pxPerFrame: { min: 3, max: 5 } });
    expect(result).toMatchObject({
      possible: false,
      reason: "The credits are too short for 3:20.0: at the slowest allowed speed (3 px/frame) and the loosest allowed spacing (1.2) they run 1:21.7.",
    });
    if (result.possible) throw new Error("expected no fit");
    expect(result.fixes).toEqual([
      { kind: "slower-speed", pxPerFrame: 1, message: "Scroll slower: at 1 px/frame the credits fill the target (the slowest allowed now is 3)." },
      { kind: "looser-spacing", lineSpacing: 3.33, message: "Loosen the line spacing to 3.33 (the loosest allowed now is 1.2)." },
      { kind: "shorter-target", targetSeconds: 82.1, message: "Make the target at most 1:22.1." },
    ]);
  });

  it("explains a target that falls between two speeds", () => {
    const result = fit({ targetSeconds: 39, lineSpacing: { min: 1, max: 1 } });
    if (result.possible) throw new Error("expected no fit");
    expect(result.reason).toBe("0:39.0 falls between two speeds: no whole number of pixels per frame reaches it with a line spacing from 1 to 1.");
    expect(result.fixes).toEqual([
      { kind: "tighter-spacing", lineSpacing: 0.9, message: "Tighten the line spacing to 0.9 (the tightest allowed now is 1)." },
      { kind: "looser-spacing", lineSpacing: 1.134, message: "Loosen the line spacing to 1.134 (the loosest allowed now is 1)." },
      { kind: "longer-target", targetSeconds: 41.9, message: "Make the target at least 0:41.9." },
      { kind: "shorter-target", targetSeconds: 35.7, message: "Make the target at most 0:35.7." },
    ]);
  });

  it("explains a spacing step too coarse for a long crawl, and offers the nearest targets", () => {
    const result = fitToTarget({
      list: group(229),
      metrics: { headingRowPx: 60, nameRowPx: 44, blockGapPx: 90 },
      targetSeconds: 290,
      fps: "23.976",
      pxPerFrame: { min: 2, max: 2 },
      lineSpacing: { min: 0.87, max: 1.27, step: 0.01 },
    });
    if (result.possible) throw new Error("expected no fit");
    expect(result.reason).toBe("Line spacing in steps of 0.01 can't reach 4:50.0: the nearest running times are 4:48.9 and 4:51.0.");
    expect(result.fixes.map((f) => [f.kind, f.targetSeconds])).toEqual([
      ["longer-target", 290.5],
      ["shorter-target", 289.3],
    ]);
    expect(fitToTarget({ ...{ list: group(229), metrics: { headingRowPx: 60, nameRowPx: 44, blockGapPx: 90 } }, targetSeconds: 290, fps: "23.976", pxPerFrame: { min: 2, max: 2 }, lineSpacing: { min: 0.87, max: 1.27 } }).possible).toBe(true);
  });

  it("fits an empty list by speed alone", () => {
    expect(fitToTarget({ list: empty, metrics, targetSeconds: 45, fps: 24, pxPerFrame: { min: 1, max: 4 }, lineSpacing: { min: 1, max: 1 } })).toMatchObject({ possible: true, pxPerFrame: 1, crawlHeightPx: 0 });
  });

  it("validates its ranges", () => {
    expect(() => fit({ pxPerFrame: { min: 3, max: 2 } })).toThrow(CreditListError);
    expect(() => fit({ pxPerFrame: { min: 0.5, max: 2 } })).toThrow(CreditListError);
    expect(() => fit({ pxPerFrame: { min: 1, max: 500 } })).toThrow(CreditListError);
    expect(() => fit({ lineSpacing: { min: 1.2, max: 1 } })).toThrow(CreditListError);
    expect(() => fit({ targetSeconds: 0 })).toThrow(CreditListError);
    expect(() => fit({ toleranceSeconds: -1 })).toThrow(CreditListError);
  });
});
