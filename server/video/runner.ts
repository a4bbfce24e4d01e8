import { mkdir, readdir, rm, stat, statfs } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { isSource, workerFromSource } from "@/server/workers/source";
import type { RenderRequest, RenderSummary } from "./render";
import type { WorkerIn, WorkerOut } from "./worker";

/**
 * Runs video renders one at a time (the machine has two cores: one render uses them), each in
 * its own worker thread so the request thread never draws, with a short queue behind it.
 * Every render writes into its own temporary folder, which is deleted when the render fails
 * or is cancelled (queued or running), and by the caller's `remove` once the file is no
 * longer wanted: a cancelled render leaves no file.
 */
export class RenderQueueFull extends Error {}
export class RenderCancelledError extends Error {}
export class NotEnoughDiskError extends Error {}

/** Renders waiting behind the one running. */
export const MAX_QUEUED_RENDERS = 3;
/** A worker that doesn't stop within this after a cancel is terminated. */
const CANCEL_GRACE_MS = 5_000;

type Task = {
  request: Omit<RenderRequest, "output">;
  fileName: string;
  onProgress: (done: number, total: number) => void;
  started: () => void;
  signal: AbortSignal;
  resolve: (value: RenderedFile) => void;
  reject: (error: Error) => void;
};

export type RenderedFile = { path: string; size: number; summary: RenderSummary; remove: () => Promise<void> };

const state = globalThis as unknown as { hatrackRenders?: { queue: Task[]; running: Task | null; swept: boolean } };
const renders = (state.hatrackRenders ??= { queue: [], running: null, swept: false });

/** Where renders write: one folder per process (a folder left by a process that died is swept). */
export function rendersRoot(): string {
  return path.join(os.tmpdir(), `hatrack-renders-${process.pid}`);
}

async function sweepDeadProcesses(): Promise<void> {
  if (renders.swept) return;
  renders.swept = true;
  for (const name of await readdir(os.tmpdir()).catch(() => [] as string[])) {
    const pid = Number(/^hatrack-renders-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (!alive) await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

/** Renders queued or running. */
export function renderQueueLength(): number {
  return renders.queue.length + (renders.running ? 1 : 0);
}

/** Free bytes where renders are written. */
export async function freeDiskBytes(): Promise<number> {
  const fs = await statfs(os.tmpdir());
  return fs.bavail * fs.bsize;
}

function spawnWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: 1024 };
  if (isSource(import.meta.url)) return workerFromSource(import.meta.url, "worker.ts", resourceLimits);
  return new Worker(new URL("./worker.ts", import.meta.url), { resourceLimits });
}

/**
 * Queues a render of `request` into a file named `fileName`; resolves with the file once
 * written. Refused (RenderQueueFull) when MAX_QUEUED_RENDERS already wait.
 */
export function renderVideo(request: Omit<RenderRequest, "output">, fileName: string, hooks: { onProgress: Task["onProgress"]; started: Task["started"]; signal: AbortSignal }): Promise<RenderedFile> {
  if (renders.queue.length >= MAX_QUEUED_RENDERS && renders.running) {
    return Promise.reject(new RenderQueueFull("Hatrack is rendering other crawls; try again in a few minutes."));
  }
  return new Promise<RenderedFile>((resolve, reject) => {
    const task: Task = { request, fileName, ...hooks, resolve, reject };
    hooks.signal.addEventListener(
      "abort",
      () => {
        const i = renders.queue.indexOf(task);
        if (i >= 0) {
          renders.queue.splice(i, 1);
          reject(new RenderCancelledError("Cancelled before it started."));
        }
      },
      { once: true },
    );
    renders.queue.push(task);
    next();
  });
}

function next(): void {
  if (renders.running) return;
  const task = renders.queue.shift();
  if (!task) return;
  renders.running = task;
  void run(task).finally(() => {
    renders.running = null;
    next();
  });
}

async function run(task: Task): Promise<void> {
  await sweepDeadProcesses();
  const dir = path.join(rendersRoot(), `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
  const remove = () => rm(dir, { recursive: true, force: true });
  if (task.signal.aborted) return task.reject(new RenderCancelledError("Cancelled before it started."));
  task.started();
  try {
    await mkdir(dir, { recursive: true });
    const output = path.join(dir, task.fileName);
    const summary = await inWorker({ ...task.request, output }, task);
    const { size } = await stat(output);
    task.resolve({ path: output, size, summary, remove });
  } catch (error) {
    await remove();
    task.reject(error as Error);
  }
}

function inWorker(request: RenderRequest, task: Task): Promise<RenderSummary> {
  return new Promise<RenderSummary>((resolve, reject) => {
    const worker = spawnWorker();
    let settled = false;
    let grace: NodeJS.Timeout | null = null;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      task.signal.removeEventListener("abort", cancel);
      if (grace) clearTimeout(grace);
      void worker.terminate();
      fn();
    };
    const cancel = () => {
      worker.postMessage({ type: "cancel" } satisfies WorkerIn);
      grace = setTimeout(() => settle(() => reject(new RenderCancelledError("Cancelled."))), CANCEL_GRACE_MS);
      grace.unref();
    };
    worker.on("message", (message: WorkerOut) => {
      if (message.type === "progress") task.onProgress(message.done, message.total);
      else if (message.type === "done") settle(() => resolve(message.summary));
      else if (message.type === "cancelled") settle(() => reject(new RenderCancelledError("Cancelled.")));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`The render worker stopped (exit code ${code}).`))));
    task.signal.addEventListener("abort", cancel, { once: true });
    if (task.signal.aborted) cancel();
    worker.postMessage({ type: "render", request } satisfies WorkerIn);
  });
}
