import { randomUUID } from "node:crypto";

/**
 * Long exports run as jobs: a 6,000-credit PDF, or a crawl rendered to video. The request that
 * starts one returns at once; the browser polls the progress (any page that shows the export
 * card picks up the user's running jobs again, so a job survives navigation), may cancel it,
 * then downloads the file. The work happens off the request path: the PDF renderer yields to
 * the event loop as it goes, a video renders in a worker thread feeding ffmpeg (a child
 * process). Jobs live in this process's memory (Hatrack runs as one Node process), belong to
 * the user who started them, and a finished one is kept JOB_TTL_MS, then forgotten and its
 * file deleted.
 */
export type ExportKind = "pdf" | "video";

/** What a finished job hands out: bytes in memory, or a file on disk (a video) deleted with the job. */
export type ExportResult = { kind: "buffer"; data: Buffer } | { kind: "file"; path: string; size: number; remove: () => Promise<void> };

export type ExportJobStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export type ExportJob = {
  id: string;
  userId: string;
  projectId: string;
  kind: ExportKind;
  /** What is being made, in words ("H.264 MP4 · HD 1920×1080"). */
  label: string;
  fileName: { ascii: string; utf8: string };
  contentType: string;
  status: ExportJobStatus;
  done: number;
  total: number;
  error: string | null;
  result: ExportResult | null;
  /** Facts about the result for the user (a video's frame count, pad frames…). */
  detail: Record<string, unknown> | null;
  startedAt: number;
  finishedAt: number | null;
};

type Entry = ExportJob & { controller: AbortController };

export const JOB_TTL_MS = 10 * 60 * 1000;
/** Jobs one user may have queued or running at once. */
export const MAX_RUNNING_PER_USER = 2;

const jobs = new Map<string, Entry>();

const active = (j: ExportJob) => j.status === "running" || j.status === "queued";

function release(job: Entry): void {
  if (job.result?.kind === "file") void job.result.remove().catch(() => undefined);
  job.result = null;
}

/** Forgets finished jobs older than the time to live (deleting their files). Running jobs stay. */
export function sweepExportJobs(now = Date.now()): void {
  for (const [id, job] of jobs) {
    if (!active(job) && now - (job.finishedAt ?? job.startedAt) > JOB_TTL_MS) {
      release(job);
      jobs.delete(id);
    }
  }
}

export class TooManyJobsError extends Error {}

/** The job was cancelled (the renderer rejects with this, or with anything once its signal aborted). */
export class ExportCancelled extends Error {}

export type RenderContext = {
  onProgress: (done: number, total: number) => void;
  /** Aborted when the user cancels: stop, and leave no file behind. */
  signal: AbortSignal;
  /** A queued job calls this when its turn comes. */
  started: () => void;
  /** Facts to show with the job (while it runs or once done). */
  describe: (detail: Record<string, unknown>) => void;
};

export function startExportJob(
  owner: { userId: string; projectId: string },
  meta: { kind?: ExportKind; label?: string; fileName: { ascii: string; utf8: string }; contentType: string; queued?: boolean },
  render: (context: RenderContext) => Promise<Buffer | ExportResult>,
  now = Date.now(),
): ExportJob {
  sweepExportJobs(now);
  const running = [...jobs.values()].filter((j) => j.userId === owner.userId && active(j)).length;
  if (running >= MAX_RUNNING_PER_USER) throw new TooManyJobsError("Two exports are already running; wait for one to finish or cancel one.");
  const job: Entry = {
    id: randomUUID(),
    ...owner,
    kind: meta.kind ?? "pdf",
    label: meta.label ?? "PDF",
    fileName: meta.fileName,
    contentType: meta.contentType,
    status: meta.queued ? "queued" : "running",
    done: 0,
    total: 0,
    error: null,
    result: null,
    detail: null,
    startedAt: now,
    finishedAt: null,
    controller: new AbortController(),
  };
  jobs.set(job.id, job);
  const context: RenderContext = {
    onProgress: (done, total) => {
      job.done = done;
      job.total = total;
    },
    signal: job.controller.signal,
    started: () => {
      if (job.status === "queued") job.status = "running";
    },
    describe: (detail) => {
      job.detail = { ...job.detail, ...detail };
    },
  };
  const finish = (status: ExportJobStatus) => {
    job.status = status;
    job.finishedAt = Date.now();
  };
  let rendering: Promise<Buffer | ExportResult>;
  try {
    rendering = render(context);
  } catch (error) {
    // A renderer that throws at once still leaves a job to report.
    rendering = Promise.reject(error);
  }
  void rendering.then(
      (result) => {
        if (job.controller.signal.aborted) {
          // Cancelled as it finished: nothing is kept.
          if (!Buffer.isBuffer(result) && result.kind === "file") void result.remove().catch(() => undefined);
          return finish("cancelled");
        }
        job.result = Buffer.isBuffer(result) ? { kind: "buffer", data: result } : result;
        job.done = job.total;
        finish("done");
      },
      (error: unknown) => {
        if (job.controller.signal.aborted || error instanceof ExportCancelled) return finish("cancelled");
        console.error("[export]", error);
        job.error = error instanceof UserFacingExportError ? error.message : "The export failed on our side. Try again.";
        finish("failed");
      },
    );
  return job;
}

/** A failure whose message the user may read (no internals in it). */
export class UserFacingExportError extends Error {}

/** The job if it exists and belongs to this user and project; undefined otherwise (never another user's). */
export function findExportJob(id: string, owner: { userId: string; projectId: string }): ExportJob | undefined {
  const job = jobs.get(id);
  return job && job.userId === owner.userId && job.projectId === owner.projectId ? job : undefined;
}

/** This user's jobs on this project, newest first (finished ones until they expire). */
export function listExportJobs(owner: { userId: string; projectId: string }, now = Date.now()): ExportJob[] {
  sweepExportJobs(now);
  return [...jobs.values()].filter((j) => j.userId === owner.userId && j.projectId === owner.projectId).sort((a, b) => b.startedAt - a.startedAt);
}

/**
 * Cancels a queued or running job (its renderer stops and deletes what it wrote), or discards
 * a finished one and its file. Returns the job, or undefined when it is not this user's.
 */
export function cancelExportJob(id: string, owner: { userId: string; projectId: string }): ExportJob | undefined {
  const job = jobs.get(id);
  if (!job || job.userId !== owner.userId || job.projectId !== owner.projectId) return undefined;
  if (active(job)) {
    job.controller.abort();
    // Marked at once; the renderer's own end (which cleans up) follows.
    job.status = "cancelled";
    job.finishedAt = Date.now();
  } else {
    release(job);
    jobs.delete(id);
  }
  return job;
}

/** What the API says about a job (never its file path). */
export function jobView(job: ExportJob) {
  return {
    id: job.id,
    kind: job.kind,
    label: job.label,
    fileName: job.fileName.utf8,
    status: job.status,
    done: job.done,
    total: job.total,
    error: job.error,
    detail: job.detail,
    size: job.result?.kind === "file" ? job.result.size : job.result?.kind === "buffer" ? job.result.data.byteLength : null,
    startedAt: new Date(job.startedAt).toISOString(),
    finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
  };
}
