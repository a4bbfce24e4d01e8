import { describe, expect, it } from "vitest";
import { planCrawl } from "@/lib/end-credits/crawl-plan";
import { layoutCard, layoutTape } from "@/lib/video/layout";
import { indieList } from "../end-credits/fixtures";

const plan = planCrawl({ list: indieList(), fps: "24", cards: null, speed: { mode: "speed", pxPerFrame: 3, lineSpacing: 1 } });

describe("layoutTape", () => {
  it("starts the rows a frame below the tape's top, in tape order, centred on an HD frame", () => {
    const tape = layoutTape(plan, { width: 1920, height: 1080 });
    expect(tape).toMatchObject({ scale: 1, pxPerFrame: 3, rowsHeight: plan.crawlHeightPx });
    expect(tape.texts[0]).toMatchObject({ top: 1080, align: "center", x: 960, style: "heading" });
    const tops = tape.texts.map((t) => t.top);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(tape.texts.at(-1)!.top + tape.texts.at(-1)!.height).toBeLessThanOrEqual(1080 + plan.crawlHeightPx + 200);
  });

  it("sets the cast as character | actor across the centre gutter", () => {
    const tape = layoutTape(plan, { width: 1920, height: 1080 });
    const maya = tape.texts.find((t) => t.text === "Maya")!;
    const zoe = tape.texts.find((t) => t.text === "Zoë Adebayo")!;
    expect(maya).toMatchObject({ align: "right", x: 936 });
    expect(zoe).toMatchObject({ align: "left", x: 984, top: maya.top });
  });

  it("draws a 2160-line frame at exactly twice the size and twice the speed, and centres DCI widths", () => {
    const hd = layoutTape(plan, { width: 1920, height: 1080 });
    const uhd = layoutTape(plan, { width: 3840, height: 2160 });
    expect(uhd.pxPerFrame).toBe(6);
    expect(uhd.rowsHeight).toBe(2 * hd.rowsHeight);
    uhd.texts.forEach((t, i) => {
      expect(t.top).toBeCloseTo(2 * hd.texts[i]!.top, 9);
      expect(t.size).toBe(2 * hd.texts[i]!.size);
    });
    const flat = layoutTape(plan, { width: 1998, height: 1080 });
    expect(flat.texts[0]!.x).toBe(999);
    expect(flat.texts.find((t) => t.text === "Maya")!.x).toBe(936 + 39);
  });

  it("places a logo at its size, centred", () => {
    const tape = layoutTape(plan, { width: 1920, height: 1080 });
    expect(tape.logos).toEqual([expect.objectContaining({ assetId: "asset-42", width: 600, height: 150, left: 660 })]);
  });
});

describe("layoutCard", () => {
  it("centres the heading over the names on the frame", () => {
    const block = plan.crawlList.blocks.find((b) => b.section === "main")!;
    const boxes = layoutCard(block, { width: 1920, height: 1080 });
    expect(boxes[0]).toMatchObject({ style: "card-heading", align: "center", x: 960 });
    const top = boxes[0]!.top;
    const bottom = boxes.at(-1)!.top + boxes.at(-1)!.height;
    expect(top + bottom).toBeCloseTo(1080, 6);
  });
});
