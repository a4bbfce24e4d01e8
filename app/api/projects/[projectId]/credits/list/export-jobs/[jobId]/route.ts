import { getProject } from "@/db/queries/projects";
import { apiError, apiRoute } from "@/lib/actions/api";
import { findExportJob } from "@/lib/exports/jobs";
import { idSchema } from "@/lib/validation/common";

type Params = { projectId: string; jobId: string };

/**
 * GET …/export-jobs/:jobId — { status, done, total } while it runs; with ?download=1 once
 * done, the file. Only the user who started it (and still a member) can see it.
 */
export const GET = apiRoute<Params>((req, { user, db }, { projectId, jobId }) => {
  if (!idSchema.safeParse(projectId).success || !idSchema.safeParse(jobId).success) return apiError(404, "Export not found.");
  getProject(db, { userId: user.id }, projectId);
  const job = findExportJob(jobId, { userId: user.id, projectId });
  if (!job) return apiError(404, "Export not found (exports are kept for 10 minutes).");
  if (new URL(req.url).searchParams.get("download") !== "1") {
    return Response.json({ status: job.status, done: job.done, total: job.total, error: job.error }, { headers: { "cache-control": "no-store" } });
  }
  if (job.status !== "done" || !job.result) return apiError(409, job.error ?? "The export is not finished yet.");
  return new Response(new Uint8Array(job.result), {
    headers: {
      "content-type": job.contentType,
      "content-disposition": `attachment; filename="${job.fileName.ascii}"; filename*=UTF-8''${encodeURIComponent(job.fileName.utf8)}`,
      "cache-control": "no-store",
    },
  });
});
