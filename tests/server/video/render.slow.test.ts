/**
 * SLOW: renders real video files with ffmpeg (Debian's, installed by scripts/ensure-ffmpeg.sh)
 * through the render worker thread. Kept small: a few seconds of crawl on a 960×540 frame
 * (the layout at half size, so speeds must be even at 1080 lines), except where the check
 * needs a real size.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { planCrawl, type CrawlSpeed } from "@/lib/end-credits/crawl-plan";
import { addManualBlock } from "@/lib/end-credits/edit";
import { buildCreditList } from "@/lib/end-credits/build";
import type { CreditList } from "@/lib/end-credits/types";
import { layoutTape } from "@/lib/video/layout";
import type { VideoCodecId } from "@/lib/video/formats";
import { displayText, TextPainter } from "@/server/video/draw";
import { RenderCancelledError, renderVideo, rendersRoot, type RenderedFile } from "@/server/video/runner";
import { cancelExportJob, findExportJob } from "@/server/exports/jobs";
import { startVideoExport } from "@/server/video/start";
import { indieInput } from "../../lib/end-credits/fixtures";

vi.setConfig({ testTimeout: 60_000 });

const SMALL = { width: 960, height: 540 };
const made: RenderedFile[] = [];
afterAll(async () => {
  for (const f of made) await f.remove();
});

async function render(list: CreditList, codec: VideoCodecId, options: { fps?: string; cards?: { seconds: number } | null; speed?: CrawlSpeed; size?: { width: number; height: number } } = {}) {
  const file = await renderVideo(
    { list, fps: options.fps ?? "24", size: options.size ?? SMALL, codec, cards: options.cards ?? null, speed: options.speed ?? { mode: "speed", pxPerFrame: 20, lineSpacing: 1 }, logos: [] },
    `test.${codec === "h264" ? "mp4" : codec === "png" ? "zip" : "mov"}`,
    { onProgress: () => {}, started: () => {}, signal: new AbortController().signal },
  );
  made.push(file);
  return file;
}

function probe(file: string) {
  const out = spawnSync("ffprobe", ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=codec_name,profile,pix_fmt,width,height,r_frame_rate,nb_read_frames", "-of", "json", file], { encoding: "utf8" });
  return JSON.parse(out.stdout).streams[0] as { codec_name: string; profile?: string; pix_fmt: string; width: number; height: number; r_frame_rate: string; nb_read_frames: string };
}

/** Frames `indices` of a video as 8-bit grey (or RGBA), decoded by ffmpeg. */
function decode(file: string, indices: number[], size: { width: number; height: number }, pixFmt: "gray" | "rgba" = "gray"): Buffer[] {
  const select = indices.map((i) => `eq(n\\,${i})`).join("+");
  const out = spawnSync("ffmpeg", ["-v", "error", "-i", file, "-vf", `select='${select}'`, "-vsync", "0", "-f", "rawvideo", "-pix_fmt", pixFmt, "-"], { maxBuffer: 1 << 30 });
  const frameBytes = size.width * size.height * (pixFmt === "gray" ? 1 : 4);
  expect(out.stdout.byteLength).toBe(frameBytes * indices.length);
  return indices.map((_, k) => out.stdout.subarray(k * frameBytes, (k + 1) * frameBytes));
}

/** A PNG from the sequence, as RGBA. */
async function pngFrame(zip: JSZip, index: number, size: { width: number; height: number }): Promise<Uint8ClampedArray> {
  const name = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort()[index]!;
  const image = await loadImage(Buffer.from(await zip.file(name)!.async("uint8array")));
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, size.width, size.height).data;
}

const list = buildCreditList(indieInput());

describe("a crawl rendered to H.264", () => {
  it("has the codec, size, exact frame rate and exact frame count (cards + crawl) ffprobe reads", async () => {
    const file = await render(list, "h264", { fps: "23.976", cards: { seconds: 1 } });
    const plan = planCrawl({ list, fps: "23.976", cards: { seconds: 1 }, speed: { mode: "speed", pxPerFrame: 20, lineSpacing: 1 } });
    expect(file.summary).toMatchObject({ frames: plan.totalFrames, cardFrames: plan.cardFrames, crawlFrames: plan.crawlFrames, pxPerFrame: 10, fps: "23.976" });
    expect(probe(file.path)).toMatchObject({ codec_name: "h264", pix_fmt: "yuv420p", width: 960, height: 540, r_frame_rate: "24000/1001", nb_read_frames: String(plan.totalFrames) });
  });

  it("moves each frame up by exactly the px per frame: the decoded frames line up best at that shift", async () => {
    const file = await render(list, "h264");
    const p = file.summary.pxPerFrame;
    const k = Math.floor(file.summary.crawlFrames / 2);
    const [a, b] = decode(file.path, [k, k + 1], SMALL);
    const { width, height } = SMALL;
    // Mean difference of frame k+1's row y against frame k's row y + shift, away from the edges.
    const diff = (shift: number) => {
      let sum = 0;
      let n = 0;
      for (let y = 20; y < height - 20 - shift; y++) for (let x = 0; x < width; x++, n++) sum += Math.abs(b![y * width + x]! - a![(y + shift) * width + x]!);
      return sum / n;
    };
    const errors = [p - 2, p - 1, p, p + 1, p + 2].map(diff);
    expect(Math.min(...errors)).toBe(errors[2]);
    expect(errors[2]).toBeLessThan(1);
  });
});

describe("the DCI widths and the 2160-line sizes", () => {
  it("render at their size with the crawl centred, the same frames as HD, the scroll scaled with the frame", async () => {
    const speed: CrawlSpeed = { mode: "speed", pxPerFrame: 40, lineSpacing: 1 };
    const flat = await render(list, "h264", { size: { width: 1998, height: 1080 }, speed });
    const dci = await render(list, "h264", { size: { width: 4096, height: 2160 }, speed });
    const plan = planCrawl({ list, fps: "24", cards: null, speed });
    expect(probe(flat.path)).toMatchObject({ width: 1998, height: 1080, nb_read_frames: String(plan.totalFrames) });
    expect(probe(dci.path)).toMatchObject({ width: 4096, height: 2160, nb_read_frames: String(plan.totalFrames) });
    expect([flat.summary.pxPerFrame, dci.summary.pxPerFrame]).toEqual([40, 80]);
    // Mid-crawl, the lit pixels sit evenly about the centre of the wider frame.
    const k = Math.floor(plan.crawlFrames / 2);
    for (const [file, size] of [
      [flat, { width: 1998, height: 1080 }],
      [dci, { width: 4096, height: 2160 }],
    ] as [RenderedFile, { width: number; height: number }][]) {
      const [frame] = decode(file.path, [k], size);
      let left = size.width;
      let right = 0;
      for (let y = 0; y < size.height; y++)
        for (let x = 0; x < size.width; x++)
          if (frame![y * size.width + x]! > 128) {
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
      expect(right).toBeGreaterThan(left);
      expect(Math.abs(left + right - size.width)).toBeLessThan(size.width * 0.1);
    }
  });
});

describe("a crawl rendered to a PNG sequence", () => {
  it("is frame k moved up by exactly the px per frame, pixel for pixel, as frame k + 1", async () => {
    const file = await render(list, "png");
    const zip = await JSZip.loadAsync(readFileSync(file.path));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names).toHaveLength(file.summary.frames);
    expect(names[0]).toMatch(/^test\/test\.000000\.png$/);
    const p = file.summary.pxPerFrame;
    const rowBytes = SMALL.width * 4;
    let compared = 0;
    for (const k of [5, Math.floor(file.summary.crawlFrames / 2), file.summary.crawlFrames - 30]) {
      const a = await pngFrame(zip, k, SMALL);
      const b = await pngFrame(zip, k + 1, SMALL);
      for (let y = 0; y < SMALL.height - p; y++) {
        expect(Buffer.from(b.subarray(y * rowBytes, (y + 1) * rowBytes)).equals(Buffer.from(a.subarray((y + p) * rowBytes, (y + p + 1) * rowBytes)))).toBe(true);
      }
      compared += a.some((v, i) => i % 4 === 0 && v > 128) ? 1 : 0;
    }
    // The frames compared carried text, not only black.
    expect(compared).toBeGreaterThanOrEqual(2);
  });

  it("draws an Arabic and a CJK name where the layout puts them, with the PDF's Arabic and Japanese fonts", async () => {
    let scripts = addManualBlock(list, "names", { id: "arabic", heading: "Sound Recordist", names: ["محمد عبد الله"] });
    scripts = addManualBlock(scripts, "names", { id: "cjk", heading: "Boom Operator", names: ["山田 さくら"] });
    const speed: CrawlSpeed = { mode: "speed", pxPerFrame: 20, lineSpacing: 1 };
    const file = await render(scripts, "png", { speed });
    const zip = await JSZip.loadAsync(readFileSync(file.path));
    const tape = layoutTape(planCrawl({ list: scripts, fps: "24", cards: null, speed }), SMALL);
    const painter = await TextPainter.for(tape.texts);
    for (const [name, family] of [["محمد عبد الله", "arabic"], ["山田 さくら", "jp"]] as const) {
      const box = tape.texts.find((t) => t.text === name)!;
      expect([...new Set(painter.families(displayText(box)))]).toEqual([family]);
      // The frame where the name's box is in the middle of the picture.
      const t = Math.round((box.top + box.height / 2 - SMALL.height / 2) / tape.pxPerFrame);
      const rgba = await pngFrame(zip, t, SMALL);
      const top = Math.round(box.top - t * tape.pxPerFrame);
      const lit = (x0: number, x1: number, y0: number, y1: number) => {
        let n = 0;
        for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (rgba[(y * SMALL.width + x) * 4]! > 100) n++;
        return n;
      };
      // Glyph pixels inside the box, centred on its anchor; nothing beside it on the same line.
      expect(lit(box.x - 120, box.x + 120, top, Math.round(top + box.height))).toBeGreaterThan(150);
      expect(lit(0, 200, top, Math.round(top + box.height))).toBe(0);
      expect(lit(SMALL.width - 200, SMALL.width, top, Math.round(top + box.height))).toBe(0);
    }
  });
});

describe("ProRes", () => {
  it("4444 carries the alpha: transparent around the names, opaque on them", async () => {
    const file = await render(list, "prores-4444", { cards: { seconds: 1 } });
    expect(probe(file.path)).toMatchObject({ codec_name: "prores", profile: "4444", width: 960, height: 540, nb_read_frames: String(file.summary.frames) });
    const [card] = decode(file.path, [5], SMALL, "rgba");
    const alpha = (x: number, y: number) => card![(y * SMALL.width + x) * 4 + 3]!;
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(SMALL.width - 1, SMALL.height - 1)).toBe(0);
    let opaque = 0;
    for (let i = 3; i < card!.length; i += 4) if (card![i]! > 200) opaque++;
    expect(opaque).toBeGreaterThan(200);
  });

  it("422 HQ is profile HQ, 10-bit 4:2:2", async () => {
    const file = await render(list, "prores-hq");
    expect(probe(file.path)).toMatchObject({ codec_name: "prores", profile: "HQ", pix_fmt: "yuv422p10le", nb_read_frames: String(file.summary.frames) });
  });
});

describe("cancelling", () => {
  it("stops ffmpeg and leaves no file: through the runner, and through an export job", async () => {
    const folders = () => (existsSync(rendersRoot()) ? readdirSync(rendersRoot()).sort() : []);
    const before = folders();
    const long = addManualBlock(list, "group", { id: "many", heading: "Crowd", names: Array.from({ length: 400 }, (_, i) => `Crowd Person ${i + 1}`) });
    const controller = new AbortController();
    let started!: () => void;
    const progressed = new Promise<void>((r) => (started = r));
    const rendering = renderVideo({ list: long, fps: "24", size: SMALL, codec: "h264", cards: null, speed: { mode: "speed", pxPerFrame: 2, lineSpacing: 1 }, logos: [] }, "long.mp4", {
      onProgress: (done) => done > 0 && started(),
      started: () => {},
      signal: controller.signal,
    });
    await progressed;
    controller.abort();
    await expect(rendering).rejects.toBeInstanceOf(RenderCancelledError);
    expect(folders()).toEqual(before);

    const owner = { userId: "u-video", projectId: "p-video" };
    const job = await startVideoExport(owner, { list: long, projectTitle: "Harbor Lights", versionName: null, frameRate: "24", targetRuntimeSeconds: null, logos: new Map() }, { kind: "video", resolution: "hd", codec: "h264", cards: false, cardSeconds: 3, timing: "speed", pxPerFrame: 2, lineSpacing: 1 });
    await expect.poll(() => findExportJob(job.id, owner)!.done, { timeout: 30_000 }).toBeGreaterThan(0);
    cancelExportJob(job.id, owner);
    await expect.poll(folders, { timeout: 15_000 }).toEqual(before);
    expect(findExportJob(job.id, owner)).toMatchObject({ status: "cancelled", result: null });
  });
});

describe("a render of a saved version", () => {
  it("says which version it is, in its label and its file name", async () => {
    const owner = { userId: "u-version", projectId: "p-version" };
    const job = await startVideoExport(owner, { list, projectTitle: "Harbor Lights", versionName: "Picture lock", frameRate: "24", targetRuntimeSeconds: null, logos: new Map() }, { kind: "video", resolution: "uhd", codec: "prores-hq", cards: false, cardSeconds: 3, timing: "speed", pxPerFrame: 3, lineSpacing: 1 });
    expect(job.label).toMatch(/^ProRes 422 HQ · UHD 3840×2160 · .* · version “Picture lock”$/);
    expect(job.fileName.utf8).toBe("Harbor Lights credits Picture lock uhd prores-hq.mov");
    cancelExportJob(job.id, owner);
    await expect.poll(() => findExportJob(job.id, owner)?.status).toBe("cancelled");
  });
});

describe("the queue", () => {
  it("renders one crawl at a time: the second starts when the first is done", async () => {
    const order: string[] = [];
    const one = (name: string) =>
      renderVideo({ list, fps: "24", size: SMALL, codec: "h264", cards: null, speed: { mode: "speed", pxPerFrame: 40, lineSpacing: 1 }, logos: [] }, `${name}.mp4`, {
        onProgress: () => {},
        started: () => order.push(`start ${name}`),
        signal: new AbortController().signal,
      }).then((f) => {
        order.push(`done ${name}`);
        made.push(f);
      });
    await Promise.all([one("a"), one("b")]);
    expect(order).toEqual(["start a", "done a", "start b", "done b"]);
  });
});
