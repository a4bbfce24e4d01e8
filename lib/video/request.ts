import { planCrawl, type CrawlPlan, type CrawlSpeed } from "@/lib/end-credits/crawl-plan";
import { formatSeconds } from "@/lib/end-credits/crawl";
import { visibleBlocks } from "@/lib/end-credits/render";
import { hasNames, type CreditList } from "@/lib/end-credits/types";
import { InvalidError } from "@/lib/errors";
import type { VideoRenderInput } from "@/lib/validation/video";
import { estimatedBytes, videoCodec, videoResolution, type FrameSize, type VideoCodec } from "./formats";

/**
 * What a render will be, decided before anything runs, and the limits every render is held
 * to (so one request can't fill the disk or the afternoon):
 * - at most MAX_VIDEO_NAMES names and MAX_VIDEO_MINUTES of picture;
 * - "fit" needs the project's target running time, and a fit the crawl can meet (else the
 *   fit's own reason and fixes are the answer);
 * - the file's size at most (estimatedBytes) must fit the free disk, less a reserve.
 */
export const MAX_VIDEO_NAMES = 10_000;
export const MAX_VIDEO_MINUTES = 60;
export const DISK_RESERVE_BYTES = 2 * 1024 ** 3;

export type VideoRender = {
  size: FrameSize & { id: string; label: string };
  codec: VideoCodec;
  cards: { seconds: number } | null;
  speed: CrawlSpeed;
  plan: CrawlPlan;
  names: number;
  estimatedBytes: number;
};

export function resolveVideoRender(list: CreditList, input: VideoRenderInput, project: { frameRate: string; targetRuntimeSeconds: number | null }): VideoRender {
  const resolution = videoResolution(input.resolution);
  const codec = videoCodec(input.codec);
  if (!resolution || !codec) throw new InvalidError("Choose a size and a format the renderer offers.");
  const names = visibleBlocks(list).reduce((n, b) => n + (hasNames(b) ? b.lines.length : 0), 0);
  if (names > MAX_VIDEO_NAMES) throw new InvalidError(`The list has ${names.toLocaleString("en-US")} names; a render takes at most ${MAX_VIDEO_NAMES.toLocaleString("en-US")}.`);
  if (input.timing === "fit" && !project.targetRuntimeSeconds) throw new InvalidError("Set the project's target running time first, or choose a speed.");
  const speed: CrawlSpeed = input.timing === "fit" ? { mode: "fit", targetSeconds: project.targetRuntimeSeconds! } : { mode: "speed", pxPerFrame: input.pxPerFrame, lineSpacing: input.lineSpacing };
  const cards = input.cards ? { seconds: input.cardSeconds } : null;
  const plan = planCrawl({ list, fps: project.frameRate, cards, speed });
  if (plan.fit && !plan.fit.possible) throw new InvalidError(`${plan.fit.reason} ${plan.fit.fixes.map((f) => f.message).join(" ")}`.trim());
  if (plan.seconds > MAX_VIDEO_MINUTES * 60) {
    throw new InvalidError(`The crawl would run ${formatSeconds(plan.seconds)}; a render is at most ${MAX_VIDEO_MINUTES} minutes. Choose a faster speed or tighter spacing.`);
  }
  const size = { id: resolution.id, label: resolution.label, width: resolution.width, height: resolution.height };
  return { size, codec, cards, speed, plan, names, estimatedBytes: estimatedBytes(codec.id, size, plan.totalFrames) };
}

/** The user's words for a render: "H.264 MP4 (review copy) · HD 1920×1080 · 2:14 (3,216 frames at 24 fps)". */
export function describeRender(r: VideoRender): string {
  return `${r.codec.label} · ${r.size.label} · ${formatSeconds(r.plan.seconds)} (${r.plan.totalFrames.toLocaleString("en-US")} frames at ${r.plan.fps.label} fps)`;
}
