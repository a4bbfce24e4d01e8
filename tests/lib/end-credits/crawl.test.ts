import { describe, expect, it } from "vitest";
import {
  CRAWL_METRICS,
  crawlDuration,
  crawlRows,
  crawlFrames,
  FIT_RANGES,
  firstFullFrame,
  fitToTarget,
  formatSeconds,
  layoutHeight,
  layoutModel,
  openingFrame,
  parseFrameRate,
  readableSpeeds,
  secondsOnScreen,
  type CrawlMetrics,
  type FitInput,
} from "@/lib/end-credits/crawl";
import { addManualBlock, setColumns, setHidden, setJoiner } from "@/lib/end-credits/edit";
import { CreditListError } from "@/lib/end-credits/errors";
import { wrapText } from "@/lib/end-credits/render";
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
    fitToTarget({ list, metrics: { ...metrics, lineSpacing: 1 }, targetSeconds: 60, fps: "24", pxPerFrame: { min: 1, max: 10 }, lineSpacing: { min: 0.9, max: 1.2 }, readable: null, ...over });

  it("finds the whole speed and spacing that hit the target", () => {
    // (4000 + 1080) / (5 × 24) = 42.333… s at spacing 1
    expect(fit({ targetSeconds: 5080 / 120 })).toEqual({
      possible: true,
      pxPerFrame: 5,
      lineSpacing: 1,
      crawlHeightPx: 4000,
      seconds: 5080 / 120,
      offBySeconds: 0,
      secondsOnScreen: 9,
      frames: 1016,
      targetFrames: 1016,
      padFrames: 0,
    });
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
      secondsOnScreen: 6.435,
      // 9,123 px at 7 px/frame: 1,303.3 frames, so 1,304 frames to clear the frame; 54.357875 s is 1,303.3 frames.
      frames: 1304,
      targetFrames: 1303,
      padFrames: -1,
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
      {
        kind: "hold",
        pxPerFrame: 3,
        lineSpacing: 1.2,
        holdSeconds: 118.333333,
        message: "Or run the crawl at 3 px/frame (1:21.7) and hold a closing card or black for 1:58.3 after it.",
      },
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
    expect(fitToTarget({ list: empty, metrics, targetSeconds: 45, fps: 24, pxPerFrame: { min: 1, max: 4 }, lineSpacing: { min: 1, max: 1 }, readable: null })).toMatchObject({ possible: true, pxPerFrame: 1, crawlHeightPx: 0 });
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

describe("readability", () => {
  it("says how long a line is on screen, and which whole speeds keep it readable", () => {
    expect(secondsOnScreen(1, "24")).toBe(45);
    expect(secondsOnScreen(3, "24")).toBe(15);
    expect(secondsOnScreen(4, "25", 2160)).toBe(21.6);
    expect(readableSpeeds("24")).toEqual({ min: 2, max: 7 });
    expect(readableSpeeds("23.976")).toEqual({ min: 2, max: 7 });
    expect(readableSpeeds("29.97")).toEqual({ min: 2, max: 6 });
    expect(readableSpeeds("24", 2160)).toEqual({ min: 4, max: 15 });
  });

  it("counts whole frames, and opens on the first frame that shows the first row whole", () => {
    expect(crawlFrames(0, 1)).toBe(1080);
    expect(crawlFrames(8043, 7)).toBe(1304);
    expect(crawlFrames(9, 3, 0)).toBe(3);
    expect(firstFullFrame(40, 3)).toBe(14);
    expect(firstFullFrame(0, 3)).toBe(0);
    // The preview opens when the first block (heading + 2 names: 40 + 2 × 52 px) is on screen.
    const list = addManualBlock(addManualBlock(empty, "group", { id: "a", heading: "Directed by", names: ["Ann", "Ben"] }), "group", { id: "b", heading: "Gaffer", names: ["Cy"] });
    expect(openingFrame(crawlRows(list, CRAWL_METRICS), CRAWL_METRICS, 1, 3)).toBe(48);
    expect(openingFrame(crawlRows(group(100), CRAWL_METRICS), CRAWL_METRICS, 1, 3)).toBe(360); // capped at a frame's height
    expect(openingFrame([], CRAWL_METRICS, 1, 3)).toBe(0);
  });

  // The demo's 34 names: a heading and two names in each of 17 blocks.
  const demo = Array.from({ length: 17 }, (_, i) => i).reduce(
    (l, i) => addManualBlock(l, "group", { id: `b${i}`, heading: `Role ${i}`, names: [`Person ${2 * i}`, `Person ${2 * i + 1}`] }),
    empty,
  );
  const fitDemo = (targetSeconds: number, fps = "24") => fitToTarget({ list: demo, metrics: CRAWL_METRICS, targetSeconds, fps, ...FIT_RANGES });

  it("refuses to stretch 34 names over 4:30 (45 s a line at 1 px/frame), with advice", () => {
    const result = fitDemo(270);
    if (result.possible) throw new Error("expected no fit");
    expect(result.reason).toMatch(/^The credits are too short to fill 4:30\.0 at a readable speed: slower than 2 px\/frame a line would stay on screen for more than 24\.0 s \(at 2 px\/frame it is 22\.5 s; at 1 px\/frame, 45\.0 s\)/);
    // Loosening the spacing would take 4.4 (names floating alone): not offered.
    expect(result.fixes.map((f) => f.kind)).toEqual(["shorter-target", "hold"]);
    const hold = result.fixes[1]!;
    expect(hold).toMatchObject({ pxPerFrame: 2, lineSpacing: 2 });
    expect(result.longestSeconds + hold.holdSeconds!).toBeCloseTo(270, 5);
  });

  it("fits a readable target and gives the frames to pad", () => {
    const result = fitDemo(60);
    if (!result.possible) throw new Error(`expected a fit: ${result.reason}`);
    expect(result.secondsOnScreen).toBeGreaterThanOrEqual(6);
    expect(result.secondsOnScreen).toBeLessThanOrEqual(24);
    expect(result.targetFrames).toBe(1440);
    expect(result.frames).toBe(crawlFrames(result.crawlHeightPx, result.pxPerFrame));
    expect(result.frames + result.padFrames).toBe(1440);
  });

  it("refuses to squeeze a long list past reading", () => {
    const long = group(2000);
    const result = fitToTarget({ list: long, metrics: CRAWL_METRICS, targetSeconds: 300, fps: "24", ...FIT_RANGES });
    if (result.possible) throw new Error("expected no fit");
    expect(result.reason).toMatch(/^The credits are too long for 5:00\.0 at a readable speed: faster than 7 px\/frame a line would be on screen for less than 6\.0 s \(at 7 px\/frame it is 6\.4 s\)/);
    expect(result.fixes.some((f) => f.kind === "faster-speed")).toBe(false);
    expect(result.fixes.map((f) => f.kind)).toContain("two-columns");
  });

  it("refuses speed ranges with no readable speed in them", () => {
    expect(() => fitToTarget({ list: demo, metrics: CRAWL_METRICS, targetSeconds: 60, fps: "24", pxPerFrame: { min: 10, max: 20 }, lineSpacing: { min: 1, max: 1 } })).toThrow(
      "No speed from 10 to 20 px/frame keeps a line on screen between 6 and 24 s at 24 fps (that takes 2 to 7 px/frame).",
    );
  });
});

describe("wrapText", () => {
  it("breaks at spaces, cuts a word longer than a line, and counts characters, not UTF-16 units", () => {
    expect(wrapText("Second Assistant Camera", 10)).toEqual(["Second", "Assistant", "Camera"]);
    expect(wrapText("Key Grip and Gaffer", 12)).toEqual(["Key Grip and", "Gaffer"]);
    expect(wrapText("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    expect(wrapText("ab 𝒳𝒳𝒳𝒳", 4)).toEqual(["ab", "𝒳𝒳𝒳𝒳"]);
    expect(wrapText("  ", 10)).toEqual([""]);
    expect(wrapText("黒澤 明", 60)).toEqual(["黒澤 明"]);
  });
});

describe("crawlRows", () => {
  it("wraps a 10,000-character heading into rows the height counts, never one wide row", () => {
    const list = addManualBlock(empty, "group", { id: "g", heading: "H".repeat(500), names: ["Ann"] });
    const long = { ...list, blocks: list.blocks.map((b) => ({ ...b, heading: "H".repeat(10_000) })) };
    const rows = crawlRows(long, CRAWL_METRICS);
    const heading = rows[0]!;
    if (heading.kind !== "heading") throw new Error("expected a heading row");
    expect(heading.lines).toHaveLength(167);
    expect(Math.max(...heading.lines.map((l) => l.length))).toBe(60);
    expect(layoutHeight(long, { ...CRAWL_METRICS, lineSpacing: 1 })).toBe(167 * 40 + 52);
  });

  it("sets cast and two-column blocks side by side, each side wrapping at half the width", () => {
    let list = addManualBlock(empty, "group", { id: "g", heading: "Crew", columns: 2, names: ["Ann", "Ben", "Cy"] });
    expect(crawlRows(list, CRAWL_METRICS)).toEqual([
      { kind: "heading", lines: ["Crew"] },
      { kind: "pair", left: ["Ann"], right: ["Ben"] },
      { kind: "pair", left: ["Cy"], right: [] },
    ]);
    list = addManualBlock(empty, "group", { id: "c", heading: "Cast", names: [{ name: "Zoë Adebayo", character: "The woman who walked " + "far ".repeat(10) }] });
    const [, cast] = crawlRows(list, CRAWL_METRICS);
    expect(cast).toEqual({ kind: "pair", left: ["The woman who walked far far", "far far far far far far far", "far"], right: ["Zoë Adebayo"] });
    expect(layoutModel(list, CRAWL_METRICS)).toEqual({ fixedPx: 0, textPx: 40 + 3 * 52 });
  });
});
