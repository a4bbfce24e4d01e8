import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { createWorkerPool, JobTimeoutError, PoolBusyError, WorkerCrashError } from "@/server/workers/pool";
import type { ImportFailure } from "@/lib/roster/import/requests";
import type { CommitResult, ImportJob, ParseResult, PreviewResult } from "./jobs";

/**
 * Heap of one import worker. Reading a 20,000-row × 50-column workbook (the largest accepted)
 * takes about 450 MB; a file that needs more fails alone, with a message, instead of taking
 * the server down with "heap out of memory".
 */
const WORKER_HEAP_MB = 1024;
/**
 * Its young generation, as the server's (`npm start` runs Node with --max-semi-space-size=64,
 * three semi-spaces' worth): a 20,000-row plan keeps every row alive until it is written, and
 * with Node's default every scavenge copies them again.
 */
const WORKER_YOUNG_MB = 192;

function spawn(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB };
  if (import.meta.url.endsWith(".ts")) return spawnFromSource(resourceLimits);
  // Next bundles the worker as its own entry from this `new Worker(new URL(…))` (Turbopack).
  return new Worker(new URL("./worker.ts", import.meta.url), { resourceLimits });
}

/**
 * Under Vitest and tsx (tests, the bench) this module is TypeScript source: the worker loads
 * tsx first, then the worker module, through a small CommonJS bootstrap.
 */
function spawnFromSource(resourceLimits: ResourceLimits): Worker {
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts");
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(require("node:url").pathToFileURL(require("node:worker_threads").workerData.entry).href); });`;
  return new Worker(bootstrap, { eval: true, workerData: { entry }, resourceLimits });
}

type Pool = ReturnType<typeof createWorkerPool<ImportJob, unknown>>;
// One pool per process, however many route bundles import this module.
const holder = globalThis as unknown as { hatrackImportPool?: Pool };

function pool(): Pool {
  holder.hatrackImportPool ??= createWorkerPool<ImportJob, unknown>({
    spawn,
    size: Math.max(1, Math.min(2, availableParallelism() - 1)),
    maxQueue: 8,
    timeoutMs: 60_000,
    idleMs: 60_000,
  });
  return holder.hatrackImportPool;
}

/** An import job that could not run: the status and message the API answers with. */
export class ImportJobError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The API's answer for a refusal the worker returned (a bad file, invalid JSON, rows with errors). */
export function failureResponse({ failure }: ImportFailure): Response {
  const { status, message, fields } = failure;
  return Response.json({ error: { status, message, ...(fields ? { fields } : {}) } }, { status });
}

/** Runs a route's worker step, answering with the status and message when the job could not run. */
export async function importJobResponse(step: () => Promise<Response>): Promise<Response> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ImportJobError) return failureResponse({ failure: { status: error.status, message: error.message } });
    throw error;
  }
}

async function run<R>(job: ImportJob, transfer: ArrayBuffer[]): Promise<R> {
  try {
    return (await pool().run(job, transfer)) as R;
  } catch (error) {
    if (error instanceof PoolBusyError) throw new ImportJobError(503, "Hatrack is busy reading other imports. Try again in a minute; nothing was saved.");
    if (error instanceof JobTimeoutError) throw new ImportJobError(422, "The file took too long to read (more than a minute). Save only the crew list as CSV or .xlsx and try again; nothing was saved.");
    if (error instanceof WorkerCrashError && error.outOfMemory) {
      throw new ImportJobError(422, "The file is too big to read: it unpacks into more data than Hatrack can hold at once. Save only the crew list as CSV or .xlsx and try again; nothing was saved.");
    }
    throw error;
  }
}

/**
 * Bytes to send to the worker: a view of a whole buffer is handed over without copying (this
 * thread can't use it afterwards); part of a buffer is copied first. Empty bytes (which a
 * buffer handed over before also reads as) travel as a fresh empty array.
 */
function own(bytes: Uint8Array): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  if (bytes.byteLength === 0) return { bytes: new Uint8Array(0), transfer: [] };
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const copy = whole ? bytes : bytes.slice();
  return { bytes: copy, transfer: [copy.buffer as ArrayBuffer] };
}

export function parseInWorker(fileName: string, data: Uint8Array, sheet?: string): Promise<ParseResult> {
  const { bytes, transfer } = own(data);
  return run({ task: "parse", fileName, bytes, ...(sheet ? { sheet } : {}) }, transfer);
}

export function previewInWorker(body: Uint8Array, directory: Extract<ImportJob, { task: "preview" }>["directory"]): Promise<PreviewResult> {
  const { bytes, transfer } = own(body);
  return run({ task: "preview", body: bytes, directory }, transfer);
}

/** Plans and writes an import in the worker, on its own connection to `databaseFile` (one transaction). */
export function commitInWorker(body: Uint8Array, target: Omit<Extract<ImportJob, { task: "commit" }>, "task" | "body">): Promise<CommitResult> {
  const { bytes, transfer } = own(body);
  return run({ task: "commit", body: bytes, ...target }, transfer);
}
