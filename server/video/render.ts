import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { planCrawl, type CrawlSpeed } from "@/lib/end-credits/crawl-plan";
import type { CreditList } from "@/lib/end-credits/types";
import { ZipWriter } from "@/lib/exports/zip";
import { ffmpegInputArgs, ffmpegOutputArgs, sequenceFrameName, videoCodec, type FrameSize, type VideoCodecId } from "@/lib/video/formats";
import { layoutCard, layoutTape, type TextBox } from "@/lib/video/layout";
import { PngStreamSplitter } from "@/lib/video/png-stream";
import { Band, loadLogos, TextPainter, type LogoFile } from "./draw";
import { ffmpegPath } from "./ffmpeg";

/**
 * Renders a crawl to a video file: the plan (lib/end-credits/crawl-plan.ts, the one the
 * preview plays), laid out on the frame (lib/video/layout.ts), drawn (./draw.ts) and piped as
 * raw RGBA frames to ffmpeg, a child process.
 *
 * The crawl is drawn once, band by band, onto a "tape" (lib/video/layout.ts); every crawl
 * frame is a window of that tape, `pxPerFrame` rows further down than the one before, handed
 * to ffmpeg as a slice of the same memory. So frame k + 1 is frame k moved up by exactly the
 * whole px per frame, by construction, and a 3,000-name crawl is drawn once rather than once
 * per frame. Cards are drawn once and written for as many frames as they hold; black (or,
 * with alpha, transparent) pad frames close the crawl to the exact target.
 *
 * Runs inside the video worker thread (./worker.ts); the request thread never draws.
 */
export type RenderRequest = {
  list: CreditList;
  fps: string;
  size: FrameSize;
  codec: VideoCodecId;
  cards: { seconds: number } | null;
  speed: CrawlSpeed;
  logos: [string, LogoFile][];
  /** The file to write (its folder exists). */
  output: string;
  /** Base name of the frames in a PNG sequence ("Harbor Lights credits" → "Harbor Lights credits.000001.png"). */
  sequenceName?: string;
};

export type RenderSummary = {
  frames: number;
  cardFrames: number;
  crawlFrames: number;
  padFrames: number;
  overFrames: number;
  /** Whole pixels the crawl moves each frame, on this frame size. */
  pxPerFrame: number;
  lineSpacing: number;
  seconds: number;
  fps: string;
  width: number;
  height: number;
  codec: VideoCodecId;
};

export class RenderCancelled extends Error {}

/** Rows drawn at a time onto the tape. */
const BAND_ROWS = 540;

export async function renderCrawlVideo(req: RenderRequest, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<RenderSummary> {
  const codec = videoCodec(req.codec);
  if (!codec) throw new Error(`Unknown codec ${req.codec}`);
  const plan = planCrawl({ list: req.list, fps: req.fps, cards: req.cards, speed: req.speed });
  const { width, height } = req.size;
  const tape = layoutTape(plan, req.size);
  const cards = plan.cardBlocks.map((b) => layoutCard(b, req.size));
  const painter = await TextPainter.for([...tape.texts, ...cards.flat()]);
  const logos = await loadLogos(tape.logos, new Map(req.logos));
  const alpha = codec.alpha;
  const total = plan.totalFrames;
  const summary: RenderSummary = {
    frames: total,
    cardFrames: plan.cardFrames,
    crawlFrames: plan.crawlFrames,
    padFrames: plan.padFrames,
    overFrames: plan.overFrames,
    pxPerFrame: tape.pxPerFrame,
    lineSpacing: plan.lineSpacing,
    seconds: plan.seconds,
    fps: plan.fps.label,
    width,
    height,
    codec: req.codec,
  };
  if (signal.aborted) throw new RenderCancelled();

  const ffmpeg = spawn(ffmpegPath(), ["-hide_banner", "-loglevel", "error", "-y", ...ffmpegInputArgs(req.size, plan.fps), ...ffmpegOutputArgs(req.codec, req.codec === "png" ? "-" : req.output)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const sink = new FrameSink(ffmpeg);
  const zipped = req.codec === "png" ? zipSequence(ffmpeg, req.output, req.sequenceName ?? path.basename(req.output, ".zip"), total) : null;
  // Awaited once the frames are written; until then a failure must not go unhandled.
  zipped?.catch(() => undefined);
  const onAbort = () => sink.kill();
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    const rowBytes = width * 4;
    let done = 0;
    const progress = () => {
      done++;
      if (done % 12 === 0 || done === total) onProgress(done, total);
    };
    onProgress(0, total);

    // Main-title cards.
    const full = new Band(width, height, alpha);
    for (const boxes of cards) {
      full.clear();
      for (const box of boxes) painter.draw(full.ctx, box);
      const frame = full.pixels();
      for (let i = 0; i < plan.framesPerCard; i++) {
        await sink.write(frame, signal);
        progress();
      }
    }

    // The crawl: windows of the tape, drawn band by band into `win` (tape rows [winTop, winTop + filled)).
    const band = new Band(width, BAND_ROWS, alpha);
    const win = Buffer.alloc(rowBytes * (height + BAND_ROWS));
    let winTop = 0;
    let filled = 0;
    const texts = tape.texts;
    let firstText = 0;
    const drawBand = (top: number) => {
      band.clear();
      // Boxes are in tape order; a glyph may reach an em past its box.
      while (firstText < texts.length && texts[firstText]!.top + texts[firstText]!.height + texts[firstText]!.size < top) firstText++;
      for (let i = firstText; i < texts.length; i++) {
        const box: TextBox = texts[i]!;
        if (box.top - box.size > top + BAND_ROWS) break;
        painter.draw(band.ctx, box, top);
      }
      for (const logo of tape.logos) {
        const image = logos.get(logo.assetId);
        if (image && logo.top < top + BAND_ROWS && logo.top + logo.height > top) band.ctx.drawImage(image, logo.left, logo.top - top, logo.width, logo.height);
      }
      return band.pixels();
    };
    for (let t = 0; t < plan.crawlFrames; t++) {
      const start = t * tape.pxPerFrame;
      if (start + height > winTop + filled) {
        // Earlier frames may still be on their way to ffmpeg from this memory.
        await sink.flushed();
        const drop = start - winTop;
        if (drop > 0) {
          win.copyWithin(0, Math.min(drop, filled) * rowBytes, filled * rowBytes);
          filled = Math.max(0, filled - drop);
          winTop = start;
        }
        // Now filled < height, so a whole band fits below what the window holds.
        while (winTop + filled < start + height) {
          drawBand(winTop + filled).copy(win, filled * rowBytes);
          filled += BAND_ROWS;
        }
      }
      const offset = (start - winTop) * rowBytes;
      await sink.write(win.subarray(offset, offset + height * rowBytes), signal);
      progress();
    }

    // Pad frames: black (transparent with alpha) to the exact target.
    if (plan.padFrames > 0) {
      full.clear();
      const blank = full.pixels();
      for (let i = 0; i < plan.padFrames; i++) {
        await sink.write(blank, signal);
        progress();
      }
    }
    await sink.end();
    if (zipped) await zipped;
    return summary;
  } catch (error) {
    sink.kill();
    if (signal.aborted) throw new RenderCancelled("The render was cancelled.");
    throw error;
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

/**
 * ffmpeg's stdin, written frame by frame with backpressure, and its exit. A frame is handed
 * over by reference: `flushed()` says when every frame written so far has left this
 * process's memory, so the renderer may reuse it.
 */
class FrameSink {
  private pending = 0;
  private idle: (() => void) | null = null;
  private failure: Error | null = null;
  private stderr = "";
  private readonly exited: Promise<number | null>;

  constructor(private readonly proc: ChildProcessWithoutNullStreams) {
    proc.stderr.setEncoding("utf8");
    proc.stderr.on("data", (d: string) => (this.stderr = (this.stderr + d).slice(-4000)));
    proc.stdin.on("error", (e) => (this.failure ??= e));
    this.exited = new Promise((resolve) => {
      proc.on("error", (e) => {
        this.failure ??= e;
        resolve(null);
      });
      proc.on("close", (code) => resolve(code));
    });
    void this.exited.then((code) => {
      if (code !== 0) this.failure ??= new Error(`ffmpeg stopped (exit code ${code}): ${this.stderr.trim().slice(-800)}`);
      this.idle?.();
    });
  }

  async write(frame: Buffer, signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw new RenderCancelled();
    if (this.failure) throw this.failure;
    this.pending++;
    const ok = this.proc.stdin.write(frame, (error) => {
      this.pending--;
      if (error) this.failure ??= error;
      if (this.pending === 0) this.idle?.();
    });
    if (!ok) await Promise.race([once(this.proc.stdin, "drain"), this.exited]);
    if (this.failure) throw this.failure;
  }

  async flushed(): Promise<void> {
    while (this.pending > 0 && !this.failure) await new Promise<void>((resolve) => (this.idle = resolve));
    this.idle = null;
    if (this.failure) throw this.failure;
  }

  async end(): Promise<void> {
    await this.flushed();
    this.proc.stdin.end();
    const code = await this.exited;
    if (code !== 0 || this.failure) throw this.failure ?? new Error(`ffmpeg stopped (exit code ${code}).`);
  }

  kill(): void {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill("SIGKILL");
  }
}

/** ffmpeg's PNG frames (stdout) as a stored ZIP written to `output`: "<name>/<name>.000000.png", … */
async function zipSequence(proc: ChildProcessWithoutNullStreams, output: string, name: string, count: number): Promise<void> {
  const file: WriteStream = createWriteStream(output);
  const zip = new ZipWriter();
  const splitter = new PngStreamSplitter();
  const folder = name.replace(/[/\\]/g, "-");
  let index = 0;
  const put = async (parts: Buffer[]) => {
    for (const part of parts) if (!file.write(part)) await once(file, "drain");
  };
  try {
    for await (const chunk of proc.stdout) {
      for (const png of splitter.push(chunk as Buffer)) {
        await put(zip.add(`${folder}/${sequenceFrameName(folder, index, count)}`, png));
        index++;
      }
    }
    if (splitter.leftover > 0 || index !== count) throw new Error(`ffmpeg wrote ${index} of ${count} PNG frames.`);
    await put(zip.finish());
  } finally {
    file.end();
    await once(file, "close");
  }
}
