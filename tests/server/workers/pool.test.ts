import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createWorkerPool, JobTimeoutError, PoolBusyError, WorkerCrashError } from "@/server/workers/pool";

/** A worker answering each job with `reply(request)`, written inline. */
const inline = (reply: string, options: ConstructorParameters<typeof Worker>[1] = {}) => () =>
  new Worker(
    `const { parentPort } = require("node:worker_threads");
     parentPort.on("message", async ({ id, request }) => {
       try { parentPort.postMessage({ id, ok: true, result: await (${reply})(request) }); }
       catch (e) { parentPort.postMessage({ id, ok: false, message: e.message }); }
     });`,
    { eval: true, ...options },
  );

const pool = <Res>(spawn: () => Worker, over: Partial<Parameters<typeof createWorkerPool>[0]> = {}) =>
  createWorkerPool<unknown, Res>({ spawn, size: 1, maxQueue: 4, timeoutMs: 10_000, idleMs: 1_000, ...over });

describe("createWorkerPool", () => {
  it("runs jobs in a worker and returns their results, in order through one worker", async () => {
    const p = pool<number>(inline("(n) => n * 2"));
    expect(await Promise.all([p.run(1), p.run(2), p.run(3)])).toEqual([2, 4, 6]);
  });

  it("passes on a job's own failure", async () => {
    const p = pool(inline("() => { throw new Error('bad file') }"));
    await expect(p.run(null)).rejects.toThrow("bad file");
  });

  it("keeps the event loop free while a worker computes", async () => {
    const p = pool(inline("() => { const end = Date.now() + 300; while (Date.now() < end); return 'done'; }"));
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    expect(await p.run(null)).toBe("done");
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(0);
  });

  it("stops a job past its time limit, and the next job gets a fresh worker", async () => {
    let spawned = 0;
    const spawn = inline("(forever) => { if (forever) for (;;); return 'ok'; }");
    const p = pool<string>(() => (spawned++, spawn()), { timeoutMs: 200 });
    await expect(p.run(true)).rejects.toBeInstanceOf(JobTimeoutError);
    expect(await p.run(false)).toBe("ok");
    expect(spawned).toBe(2);
  });

  it("fails only the job whose worker runs out of memory", async () => {
    const p = pool<string>(inline("(grow) => { if (!grow) return 'ok'; const a = []; for (;;) a.push(new Array(1e5).fill(a.length)); }", { resourceLimits: { maxOldGenerationSizeMb: 32 } }));
    const error = await p.run(true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashError);
    expect((error as WorkerCrashError).outOfMemory).toBe(true);
    expect(await p.run(false)).toBe("ok");
  });

  it("refuses a job when every worker is busy and the queue is full", async () => {
    const p = pool<string>(inline("() => new Promise((r) => setTimeout(() => r('ok'), 200))"), { maxQueue: 1 });
    const running = [p.run(null), p.run(null)];
    await expect(p.run(null)).rejects.toBeInstanceOf(PoolBusyError);
    expect(await Promise.all(running)).toEqual(["ok", "ok"]);
  });
});
