/**
 * The video worker thread: renders one crawl (./render.ts), feeding ffmpeg, a child process
 * it starts, and reports progress. Started by ./runner.ts, one per render; bundled by Next as
 * its own entry (the `new Worker(new URL(…))` there).
 */
import { parentPort } from "node:worker_threads";
import { RenderCancelled, renderCrawlVideo, type RenderRequest } from "./render";

export type WorkerIn = { type: "render"; request: RenderRequest } | { type: "cancel" };
export type WorkerOut =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; summary: Awaited<ReturnType<typeof renderCrawlVideo>> }
  | { type: "cancelled" }
  | { type: "failed"; message: string };

const port = parentPort!;
const controller = new AbortController();
const post = (message: WorkerOut) => port.postMessage(message);

port.on("message", (message: WorkerIn) => {
  if (message.type === "cancel") {
    controller.abort();
    return;
  }
  // Buffers arrive as plain Uint8Arrays after the structured clone.
  const request: RenderRequest = { ...message.request, logos: message.request.logos.map(([id, f]) => [id, { mime: f.mime, data: Buffer.from(f.data) }]) };
  renderCrawlVideo(request, (done, total) => post({ type: "progress", done, total }), controller.signal).then(
    (summary) => post({ type: "done", summary }),
    (error: unknown) => post(error instanceof RenderCancelled || controller.signal.aborted ? { type: "cancelled" } : { type: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
});
