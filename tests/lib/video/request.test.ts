import { describe, expect, it } from "vitest";
import { addManualBlock } from "@/lib/end-credits/edit";
import { buildCreditList } from "@/lib/end-credits/build";
import { InvalidError } from "@/lib/errors";
import { videoRenderSchema } from "@/lib/validation/video";
import { VIDEO_CODECS, VIDEO_RESOLUTIONS } from "@/lib/video/formats";
import { describeRender, MAX_VIDEO_NAMES, resolveVideoRender } from "@/lib/video/request";
import { indieInput } from "../end-credits/fixtures";

const project = { frameRate: "24", targetRuntimeSeconds: null };
const parse = (body: Record<string, unknown>) => videoRenderSchema.parse({ kind: "video", ...body });

describe("videoRenderSchema", () => {
  it("takes every offered size and format, with the defaults a bare request gets", () => {
    for (const r of VIDEO_RESOLUTIONS) for (const c of VIDEO_CODECS) expect(parse({ resolution: r.id, codec: c.id })).toMatchObject({ resolution: r.id, codec: c.id });
    expect(parse({ resolution: "hd", codec: "h264" })).toMatchObject({ cards: false, cardSeconds: 3, timing: "speed", pxPerFrame: 3, lineSpacing: 1 });
  });

  it("refuses a size, format or speed outside what is offered", () => {
    expect(videoRenderSchema.safeParse({ kind: "video", resolution: "8k", codec: "h264" }).success).toBe(false);
    expect(videoRenderSchema.safeParse({ kind: "video", resolution: "hd", codec: "dnxhr" }).success).toBe(false);
    expect(videoRenderSchema.safeParse({ kind: "video", resolution: "hd", codec: "h264", pxPerFrame: 2.5 }).success).toBe(false);
    expect(videoRenderSchema.safeParse({ kind: "video", resolution: "hd", codec: "h264", cards: true, cardSeconds: 60 }).success).toBe(false);
  });
});

describe("resolveVideoRender", () => {
  const list = buildCreditList(indieInput());

  it("sizes each offered resolution and keeps the plan the preview plays, scroll scaled with the frame", () => {
    const hd = resolveVideoRender(list, parse({ resolution: "hd", codec: "h264" }), project);
    const uhd = resolveVideoRender(list, parse({ resolution: "uhd", codec: "prores-hq" }), project);
    const flat = resolveVideoRender(list, parse({ resolution: "2k-flat", codec: "png" }), project);
    const dci4k = resolveVideoRender(list, parse({ resolution: "4k-dci", codec: "prores-4444" }), project);
    expect([hd.size, flat.size, uhd.size, dci4k.size].map((s) => `${s.width}x${s.height}`)).toEqual(["1920x1080", "1998x1080", "3840x2160", "4096x2160"]);
    // The same crawl at every size: the frame count does not depend on the resolution.
    expect(uhd.plan.totalFrames).toBe(hd.plan.totalFrames);
    expect(dci4k.codec.alpha).toBe(true);
    expect(uhd.estimatedBytes).toBeGreaterThan(hd.estimatedBytes * 4);
    expect(describeRender(hd)).toMatch(/^H\.264 MP4 \(review copy\) · HD 1920×1080 · \d+:\d\d(\.\d)? \([\d,]+ frames at 24 fps\)$/);
  });

  it("puts the main titles on cards of whole frames before the crawl", () => {
    const plain = resolveVideoRender(list, parse({ resolution: "hd", codec: "h264" }), project);
    const carded = resolveVideoRender(list, parse({ resolution: "hd", codec: "h264", cards: true, cardSeconds: 2 }), project);
    expect(carded.cards).toEqual({ seconds: 2 });
    expect(carded.plan.cardBlocks.length).toBeGreaterThan(0);
    expect(carded.plan.cardFrames).toBe(carded.plan.cardBlocks.length * 48);
    expect(carded.plan.crawlFrames).toBeLessThan(plain.plan.crawlFrames);
  });

  it("fits the project's target to the exact frame, reporting the black pad frames", () => {
    const at = (seconds: number) => resolveVideoRender(list, parse({ resolution: "hd", codec: "h264", timing: "fit" }), { frameRate: "24", targetRuntimeSeconds: seconds });
    const fits = Array.from({ length: 100 }, (_, i) => {
      try {
        return at(15 + i);
      } catch {
        return null;
      }
    });
    const fitted = fits.filter((f) => f !== null);
    expect(fitted.length).toBeGreaterThan(0);
    for (const r of fitted) {
      expect(r.plan.totalFrames).toBe(r.plan.targetFrames);
      expect(r.plan.cardFrames + r.plan.crawlFrames + r.plan.padFrames).toBe(r.plan.totalFrames);
    }
    expect(fitted.some((r) => r.plan.padFrames > 0)).toBe(true);
  });

  it("needs a target to fit, and refuses a fit the crawl can't read at", () => {
    expect(() => resolveVideoRender(list, parse({ resolution: "hd", codec: "h264", timing: "fit" }), project)).toThrow(/target running time first/);
    expect(() => resolveVideoRender(list, parse({ resolution: "hd", codec: "h264", timing: "fit" }), { frameRate: "24", targetRuntimeSeconds: 1 })).toThrow(InvalidError);
  });

  it("refuses more names than a render takes, and a crawl longer than an hour", () => {
    const crowd = addManualBlock(list, "group", { id: "crowd", heading: "Crowd", names: Array.from({ length: MAX_VIDEO_NAMES + 1 }, (_, i) => `Crowd Person ${i}`) });
    expect(() => resolveVideoRender(crowd, parse({ resolution: "hd", codec: "h264" }), project)).toThrow(/at most 10,000/);
    const long = addManualBlock(list, "group", { id: "crowd", heading: "Crowd", names: Array.from({ length: 9_000 }, (_, i) => `Crowd Person ${i}`) });
    expect(() => resolveVideoRender(long, parse({ resolution: "hd", codec: "h264", pxPerFrame: 1, lineSpacing: 2 }), project)).toThrow(/at most 60 minutes/);
  });
});
