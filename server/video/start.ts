import type { CreditList } from "@/lib/end-credits/types";
import { DomainError } from "@/lib/errors";
import { exportFileName } from "@/lib/exports/file-name";
import type { VideoRenderInput } from "@/lib/validation/video";
import { DISK_RESERVE_BYTES, describeRender, resolveVideoRender } from "@/lib/video/request";
import { startExportJob, type ExportJob } from "@/server/exports/jobs";
import type { LogoFile } from "./draw";
import { ffmpegAvailable } from "./ffmpeg";
import { freeDiskBytes, MAX_QUEUED_RENDERS, renderQueueLength, renderVideo } from "./runner";

/** The server can't take the render now (no ffmpeg, no disk, a full queue): HTTP 503. */
export class RenderUnavailableError extends DomainError {
  constructor(message: string) {
    super(message, 503);
  }
}

/**
 * Starts a crawl render as an export job of `owner` (a member of the project: the caller
 * checked). Refused before any job exists when the request breaks a limit (422, see
 * lib/video/request.ts) or the server can't take it (503).
 */
export async function startVideoExport(
  owner: { userId: string; projectId: string },
  source: { list: CreditList; projectTitle: string; versionName: string | null; frameRate: string; targetRuntimeSeconds: number | null; logos: ReadonlyMap<string, LogoFile> },
  input: VideoRenderInput,
): Promise<ExportJob> {
  const render = resolveVideoRender(source.list, input, source);
  if (!ffmpegAvailable()) throw new RenderUnavailableError("Rendering video needs ffmpeg on the server (Debian: apt-get install ffmpeg).");
  if (renderQueueLength() > MAX_QUEUED_RENDERS) throw new RenderUnavailableError("Hatrack is rendering other crawls; try again in a few minutes.");
  const free = await freeDiskBytes();
  if (render.estimatedBytes + DISK_RESERVE_BYTES > free) {
    const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`;
    throw new RenderUnavailableError(`This render may need up to ${gb(render.estimatedBytes)} and the server has ${gb(Math.max(0, free - DISK_RESERVE_BYTES))} to spare. Choose H.264 or a smaller size.`);
  }
  const kind = `credits ${source.versionName ? `${source.versionName} ` : ""}${render.size.id} ${render.codec.id}`;
  const fileName = exportFileName(source.projectTitle, kind, render.codec.ext);
  const { plan } = render;
  return startExportJob(
    owner,
    { kind: "video", label: `${describeRender(render)}${source.versionName ? ` · version “${source.versionName}”` : ""}`, fileName, contentType: render.codec.contentType, queued: true },
    async ({ onProgress, signal, started, describe }) => {
      describe({
        frames: plan.totalFrames,
        cardFrames: plan.cardFrames,
        crawlFrames: plan.crawlFrames,
        padFrames: plan.padFrames,
        overFrames: plan.overFrames,
        fps: plan.fps.label,
        seconds: plan.seconds,
        lineSpacing: plan.lineSpacing,
        pxPerFrame: plan.pxPerFrame * (render.size.height / 1080),
        width: render.size.width,
        height: render.size.height,
        codec: render.codec.id,
      });
      onProgress(0, plan.totalFrames);
      const file = await renderVideo(
        { list: source.list, fps: source.frameRate, size: render.size, codec: render.codec.id, cards: render.cards, speed: render.speed, logos: [...source.logos], sequenceName: fileName.ascii.replace(/\.zip$/, "") },
        fileName.ascii,
        { onProgress, started, signal },
      );
      return { kind: "file", path: file.path, size: file.size, remove: file.remove };
    },
  );
}
