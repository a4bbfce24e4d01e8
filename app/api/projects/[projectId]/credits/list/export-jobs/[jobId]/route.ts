import { createReadStream } from "node:fs";
import { attachmentDisposition } from "@/lib/exports/file-name";
import { Readable } from "node:stream";
import { getProject } from "@/db/queries/projects";
import { apiError, apiRoute } from "@/server/actions/api";
import { cancelExportJob, findExportJob, jobView } from "@/server/exports/jobs";

type Params = { projectId: string; jobId: string };

/**
 * GET …/export-jobs/:jobId — the job ({ status: queued | running | done | failed | cancelled,
 * done, total, error, detail }); with ?download=1 once done, the file. Only the user who
 * started it (and still a member) can see it: anyone else gets 404, as for a job that never was.
 */
export const GET = apiRoute<Params>((req, { user, db }, { projectId, jobId }) => {
  getProject(db, { userId: user.id }, projectId);
  const job = findExportJob(jobId, { userId: user.id, projectId });
  if (!job) return apiError(404, "Export not found (exports are kept for 10 minutes).");
  if (new URL(req.url).searchParams.get("download") !== "1") {
    // `jobId`, `status`, `done`, `total`, `error` as before, with the rest of the view.
    return Response.json({ ...jobView(job), jobId: job.id }, { headers: { "cache-control": "no-store" } });
  }
  if (job.status !== "done" || !job.result) return apiError(409, job.error ?? "The export is not finished yet.");
  const headers = {
    "content-type": job.contentType,
    "content-disposition": attachmentDisposition(job.fileName),
    "cache-control": "no-store",
  };
  if (job.result.kind === "buffer") return new Response(new Uint8Array(job.result.data), { headers });
  // A video: streamed from its file, never read into memory whole.
  const body = Readable.toWeb(createReadStream(job.result.path)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { ...headers, "content-length": String(job.result.size) } });
});

/** DELETE …/export-jobs/:jobId — cancels a queued or running export (nothing is left behind), or discards a finished one. */
export const DELETE = apiRoute<Params>((_req, { user, db }, { projectId, jobId }) => {
  getProject(db, { userId: user.id }, projectId);
  const job = cancelExportJob(jobId, { userId: user.id, projectId });
  if (!job) return apiError(404, "Export not found (exports are kept for 10 minutes).");
  return Response.json(jobView(job));
});
