import type { Worker } from "node:worker_threads";

/** The pool's queue is full: the caller should answer "busy, try again" (HTTP 503). */
export class PoolBusyError extends Error {}
/** The job ran past its time limit; its worker was stopped. */
export class JobTimeoutError extends Error {}
/** The worker died during the job: out of memory (its heap limit), or a crash. */
export class WorkerCrashError extends Error {
  constructor(
    message: string,
    readonly outOfMemory: boolean,
  ) {
    super(message);
  }
}

type Pending = { request: unknown; transfer: readonly ArrayBuffer[]; resolve: (value: unknown) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; job: Pending | null; timer: NodeJS.Timeout | null; idleTimer: NodeJS.Timeout | null };

/**
 * A small pool of worker threads for CPU-heavy jobs, so one request's work never stalls the
 * event loop that answers everyone else. One job per worker at a time; at most `size`
 * workers, started on demand and stopped after `idleMs` without work; at most `maxQueue`
 * jobs waiting (more are refused with PoolBusyError). A job past `timeoutMs` stops its worker
 * (JobTimeoutError); a worker that dies — e.g. at its heap limit — fails only its own job
 * (WorkerCrashError) and is replaced on the next job. Workers never keep the process alive.
 *
 * The worker module must answer each `{ id, request }` message with `{ id, ok: true, result }`
 * or `{ id, ok: false, message }`.
 */
export function createWorkerPool<Req, Res>(options: { spawn: () => Worker; size: number; maxQueue: number; timeoutMs: number; idleMs: number }) {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;

  function start(slot: Slot, job: Pending): void {
    const id = nextId++;
    slot.job = job;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.timer = setTimeout(() => {
      finish(slot, () => job.reject(new JobTimeoutError(`The job took longer than ${Math.round(options.timeoutMs / 1000)} s.`)));
      retire(slot);
    }, options.timeoutMs);
    slot.timer.unref();
    const onMessage = (message: { id: number; ok: boolean; result?: unknown; message?: string }) => {
      if (message.id !== id) return;
      slot.worker.off("message", onMessage);
      finish(slot, () => (message.ok ? job.resolve(message.result) : job.reject(new Error(message.message ?? "The job failed."))));
      next(slot);
    };
    slot.worker.on("message", onMessage);
    try {
      slot.worker.postMessage({ id, request: job.request }, job.transfer as ArrayBuffer[]);
    } catch (error) {
      slot.worker.off("message", onMessage);
      finish(slot, () => job.reject(error as Error));
      next(slot);
    }
  }

  /** Settles the slot's current job once, clearing its timer. */
  function finish(slot: Slot, settle: () => void): void {
    if (!slot.job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    settle();
  }

  function next(slot: Slot): void {
    const job = queue.shift();
    if (job) return start(slot, job);
    slot.idleTimer = setTimeout(() => retire(slot), options.idleMs);
    slot.idleTimer.unref();
  }

  /** Stops a slot's worker (once) and hands a waiting job to a new one. */
  function retire(slot: Slot): void {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    slots.splice(i, 1);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    void slot.worker.terminate();
    const job = queue.shift();
    if (job) start(spawn(), job);
  }

  function spawn(): Slot {
    const worker = options.spawn();
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null, idleTimer: null };
    const fail = (error: WorkerCrashError) => {
      const job = slot.job;
      if (job) finish(slot, () => job.reject(error));
      retire(slot);
    };
    worker.on("error", (error: Error & { code?: string }) => fail(new WorkerCrashError(error.message, error.code === "ERR_WORKER_OUT_OF_MEMORY")));
    // An exit we did not ask for (a retired slot is already out of `slots`, and `retire` ignores it).
    worker.on("exit", (code) => fail(new WorkerCrashError(`The worker stopped (exit code ${code}).`, false)));
    slots.push(slot);
    return slot;
  }

  return {
    /** Runs one job; `transfer` hands buffers to the worker without copying (they become unusable here). */
    run(request: Req, transfer: readonly ArrayBuffer[] = []): Promise<Res> {
      return new Promise<Res>((resolve, reject) => {
        const job: Pending = { request, transfer, resolve: resolve as (value: unknown) => void, reject };
        const idle = slots.find((s) => !s.job);
        if (idle) return start(idle, job);
        if (slots.length < options.size) return start(spawn(), job);
        if (queue.length >= options.maxQueue) return reject(new PoolBusyError("Every worker is busy and the queue is full."));
        queue.push(job);
      });
    },
  };
}
