import { z } from "zod";
import { listForExport } from "@/db/queries/credit-list";
import { apiError, apiRoute, readJson } from "@/lib/actions/api";
import { logoFilesFor } from "@/db/queries/credit-assets";
import { renderListPdf } from "@/lib/exports/credits-pdf-input";
import { startExportJob, TooManyJobsError } from "@/lib/exports/jobs";
import { exportFileName } from "@/lib/roster/export/file-name";
import { idSchema } from "@/lib/validation/common";

/** POST /api/projects/:id/credits/list/export-jobs { version?: id } — starts a PDF export; poll GET …/export-jobs/:jobId. */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  if (!idSchema.safeParse(projectId).success) return apiError(404, "Project not found.");
  const input = await readJson(req, z.object({ version: idSchema.nullable().optional() }));
  if (input instanceof Response) return input;
  const actor = { userId: user.id };
  const { project, list, versionName, pdf } = listForExport(db, actor, projectId, input.version ?? null);
  const title = project.title;
  const logos = logoFilesFor(db, actor, projectId, list);
  try {
    const job = startExportJob(
      { userId: user.id, projectId },
      { fileName: exportFileName(title, versionName ? `credits ${versionName}` : "credits", "pdf"), contentType: "application/pdf" },
      (onProgress) => renderListPdf(list, pdf, onProgress, logos),
    );
    return Response.json({ jobId: job.id }, { status: 202 });
  } catch (error) {
    if (error instanceof TooManyJobsError) return apiError(429, error.message);
    throw error;
  }
});
