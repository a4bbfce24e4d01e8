import { getProject } from "@/db/queries/projects";
import { listForExport } from "@/db/queries/credit-list";
import { logoFilesFor } from "@/db/queries/credit-assets";
import { apiError, apiRoute, readJson } from "@/server/actions/api";
import { renderListPdf } from "@/lib/exports/credits-pdf-input";
import { exportFileName } from "@/lib/exports/file-name";
import { exportJobSchema } from "@/lib/validation/video";
import { jobView, listExportJobs, startExportJob, TooManyJobsError } from "@/server/exports/jobs";
import { startVideoExport } from "@/server/video/start";

/** GET /api/projects/:id/credits/list/export-jobs — your export jobs on this project (running and recent), newest first. */
export const GET = apiRoute<{ projectId: string }>((_req, { user, db }, { projectId }) => {
  getProject(db, { userId: user.id }, projectId);
  return Response.json({ jobs: listExportJobs({ userId: user.id, projectId }).map(jobView) }, { headers: { "cache-control": "no-store" } });
});

/**
 * POST /api/projects/:id/credits/list/export-jobs — starts an export in the background:
 * `{ version? }` a PDF; `{ kind: "video", version?, resolution, codec, cards?, cardSeconds?,
 * timing?: "fit" | "speed", pxPerFrame?, lineSpacing? }` the crawl rendered to video.
 * → 202 { jobId }; poll GET …/export-jobs/:jobId, cancel with DELETE.
 */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  const input = await readJson(req, exportJobSchema);
  if (input instanceof Response) return input;
  const actor = { userId: user.id };
  const owner = { userId: user.id, projectId };
  const { project, list, versionName, pdf } = listForExport(db, actor, projectId, input.version ?? null);
  const logos = logoFilesFor(db, actor, projectId, list);
  try {
    const job =
      input.kind === "video"
        ? await startVideoExport(owner, { list, projectTitle: project.title, versionName, frameRate: project.frameRate, targetRuntimeSeconds: project.targetRuntimeSeconds, logos }, input)
        : startExportJob(owner, { fileName: exportFileName(project.title, versionName ? `credits ${versionName}` : "credits", "pdf"), contentType: "application/pdf" }, ({ onProgress }) =>
            renderListPdf(list, pdf, onProgress, logos),
          );
    return Response.json({ jobId: job.id, job: jobView(job) }, { status: 202 });
  } catch (error) {
    if (error instanceof TooManyJobsError) return apiError(429, error.message);
    throw error;
  }
});
