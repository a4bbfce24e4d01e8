import { randomUUID } from "node:crypto";

/**
 * Long exports (a 6,000-credit PDF) run as jobs: the request that starts one returns at
 * once, the browser polls the progress, then downloads the file. The renderer yields to the
 * event loop as it goes, so other requests are served meanwhile. Jobs live in this process's
 * memory (Hatrack runs as one Node process), belong to the user who started them and expire.
 */
export type ExportJob = {
  id: string;
  userId: string;
  projectId: string;
  fileName: { ascii: string; utf8: string };
  contentType: string;
  status: "running" | "done" | "failed";
  done: number;
  total: number;
  error: string | null;
  result: Buffer | null;
  startedAt: number;
};

export const JOB_TTL_MS = 10 * 60 * 1000;
export const MAX_RUNNING_PER_USER = 2;

const jobs = new Map<string, ExportJob>();

function sweep(now: number): void {
  for (const [id, job] of jobs) if (now - job.startedAt > JOB_TTL_MS) jobs.delete(id);
}

export class TooManyJobsError extends Error {}

export function startExportJob(
  owner: { userId: string; projectId: string },
  meta: { fileName: { ascii: string; utf8: string }; contentType: string },
  render: (onProgress: (done: number, total: number) => void) => Promise<Buffer>,
  now = Date.now(),
): ExportJob {
  sweep(now);
  const running = [...jobs.values()].filter((j) => j.userId === owner.userId && j.status === "running").length;
  if (running >= MAX_RUNNING_PER_USER) throw new TooManyJobsError("Two exports are already running; wait for one to finish.");
  const job: ExportJob = { id: randomUUID(), ...owner, ...meta, status: "running", done: 0, total: 0, error: null, result: null, startedAt: now };
  jobs.set(job.id, job);
  render((done, total) => {
    job.done = done;
    job.total = total;
  }).then(
    (result) => {
      job.result = result;
      job.status = "done";
      job.done = job.total;
    },
    (error: unknown) => {
      console.error("[export]", error);
      job.status = "failed";
      job.error = "The export failed on our side. Try again.";
    },
  );
  return job;
}

/** The job if it exists and belongs to this user and project; undefined otherwise (never another user's). */
export function findExportJob(id: string, owner: { userId: string; projectId: string }): ExportJob | undefined {
  const job = jobs.get(id);
  return job && job.userId === owner.userId && job.projectId === owner.projectId ? job : undefined;
}
