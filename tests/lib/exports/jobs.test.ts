import { describe, expect, it } from "vitest";
import { findExportJob, JOB_TTL_MS, startExportJob, TooManyJobsError } from "@/lib/exports/jobs";

const meta = { fileName: { ascii: "a.pdf", utf8: "a.pdf" }, contentType: "application/pdf" };
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("export jobs", () => {
  it("reports progress, then holds the result for its owner only", async () => {
    let finish!: (b: Buffer) => void;
    let report!: (d: number, t: number) => void;
    const job = startExportJob({ userId: "u1", projectId: "p1" }, meta, (onProgress) => {
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

  it("a failed render is reported without its internals", async () => {
    const job = startExportJob({ userId: "u3", projectId: "p1" }, meta, () => Promise.reject(new Error("secret stack")));
    await tick();
    const found = findExportJob(job.id, { userId: "u3", projectId: "p1" })!;
    expect(found.status).toBe("failed");
    expect(found.error).not.toContain("secret");
  });

  it("limits running jobs per user and forgets old jobs", () => {
    const never = () => new Promise<Buffer>(() => {});
    const now = Date.now();
    const a = startExportJob({ userId: "u4", projectId: "p1" }, meta, never, now);
    startExportJob({ userId: "u4", projectId: "p1" }, meta, never, now);
    expect(() => startExportJob({ userId: "u4", projectId: "p1" }, meta, never, now)).toThrow(TooManyJobsError);
    // Someone else is not limited by u4's jobs.
    startExportJob({ userId: "u5", projectId: "p1" }, meta, never, now);
    // After the time to live, old jobs are swept when a new one starts.
    startExportJob({ userId: "u6", projectId: "p1" }, meta, never, now + JOB_TTL_MS + 1);
    expect(findExportJob(a.id, { userId: "u4", projectId: "p1" })).toBeUndefined();
  });
});
