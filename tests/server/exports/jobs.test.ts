import { describe, expect, it } from "vitest";
import { cancelExportJob, findExportJob, JOB_TTL_MS, jobView, listExportJobs, startExportJob, sweepExportJobs, TooManyJobsError, UserFacingExportError, type ExportResult } from "@/server/exports/jobs";

const meta = { fileName: { ascii: "a.pdf", utf8: "a.pdf" }, contentType: "application/pdf" };
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("startExportJob / findExportJob", () => {
  it("reports progress, then holds the result for its owner only", async () => {
    let finish!: (b: Buffer) => void;
    let report!: (d: number, t: number) => void;
    const job = startExportJob({ userId: "u1", projectId: "p1" }, meta, ({ onProgress }) => {
      report = onProgress;
      return new Promise<Buffer>((r) => (finish = r));
    });
    report(3, 10);
    expect(findExportJob(job.id, { userId: "u1", projectId: "p1" })).toMatchObject({ status: "running", done: 3, total: 10 });
    expect(findExportJob(job.id, { userId: "u2", projectId: "p1" })).toBeUndefined();
    expect(findExportJob(job.id, { userId: "u1", projectId: "p2" })).toBeUndefined();
    finish(Buffer.from("%PDF-"));
    await tick();
    expect(findExportJob(job.id, { userId: "u1", projectId: "p1" })).toMatchObject({ status: "done", done: 10 });
  });

  it("a failed render is reported without its internals, unless it says it is meant for the user", async () => {
    const job = startExportJob({ userId: "u3", projectId: "p1" }, meta, () => Promise.reject(new Error("secret stack")));
    const plain = startExportJob({ userId: "u3b", projectId: "p1" }, meta, () => Promise.reject(new UserFacingExportError("The list is empty.")));
    await tick();
    const found = findExportJob(job.id, { userId: "u3", projectId: "p1" })!;
    expect(found.status).toBe("failed");
    expect(found.error).not.toContain("secret");
    expect(findExportJob(plain.id, { userId: "u3b", projectId: "p1" })!.error).toBe("The list is empty.");
  });

  it("limits running jobs per user, keeps running ones, forgets finished ones after the time to live", async () => {
    const never = () => new Promise<Buffer>(() => {});
    const now = Date.now();
    const a = startExportJob({ userId: "u4", projectId: "p1" }, meta, never, now);
    startExportJob({ userId: "u4", projectId: "p1" }, meta, never, now);
    expect(() => startExportJob({ userId: "u4", projectId: "p1" }, meta, never, now)).toThrow(TooManyJobsError);
    // Someone else is not limited by u4's jobs.
    const quick = startExportJob({ userId: "u5", projectId: "p1" }, meta, () => Promise.resolve(Buffer.from("x")), now);
    await tick();
    sweepExportJobs(Date.now() + JOB_TTL_MS + 1);
    expect(findExportJob(a.id, { userId: "u4", projectId: "p1" })).toMatchObject({ status: "running" });
    expect(findExportJob(quick.id, { userId: "u5", projectId: "p1" })).toBeUndefined();
  });
});

describe("cancelExportJob", () => {
  it("aborts a running job's renderer, frees the user's slot and keeps nothing it finishes with", async () => {
    let removed = 0;
    let signal!: AbortSignal;
    const owner = { userId: "u7", projectId: "p1" };
    const job = startExportJob(owner, { ...meta, kind: "video", queued: true }, async (ctx) => {
      signal = ctx.signal;
      await new Promise((r) => ctx.signal.addEventListener("abort", r));
      return { kind: "file", path: "/nowhere", size: 1, remove: async () => void removed++ } satisfies ExportResult;
    });
    expect(job.status).toBe("queued");
    expect(cancelExportJob(job.id, { userId: "u8", projectId: "p1" })).toBeUndefined();
    expect(cancelExportJob(job.id, owner)).toMatchObject({ status: "cancelled" });
    expect(signal.aborted).toBe(true);
    await tick();
    expect(removed).toBe(1);
    expect(findExportJob(job.id, owner)).toMatchObject({ status: "cancelled", result: null });
  });

  it("discards a finished job and deletes its file", async () => {
    let removed = 0;
    const owner = { userId: "u9", projectId: "p1" };
    const job = startExportJob(owner, { ...meta, kind: "video" }, async ({ describe }) => {
      describe({ frames: 24 });
      return { kind: "file", path: "/nowhere", size: 5, remove: async () => void removed++ } satisfies ExportResult;
    });
    await tick();
    expect(jobView(findExportJob(job.id, owner)!)).toMatchObject({ status: "done", size: 5, detail: { frames: 24 } });
    expect(listExportJobs(owner).map((j) => j.id)).toEqual([job.id]);
    cancelExportJob(job.id, owner);
    expect(removed).toBe(1);
    expect(findExportJob(job.id, owner)).toBeUndefined();
  });
});
