import { listForExport } from "@/db/queries/credit-list";
import { apiError, apiRoute } from "@/lib/actions/api";
import { toCsv, toJson, toMarkdown, toPlainText, toTsv } from "@/lib/end-credits";
import { exportFormat } from "@/lib/exports/credit-formats";
import { exportFileName } from "@/lib/roster/export/file-name";
import { idSchema } from "@/lib/validation/common";
import { logoFilesFor } from "@/db/queries/credit-assets";
import { renderListPdf } from "@/lib/exports/credits-pdf-input";

/**
 * GET /api/projects/:id/credits/list/export?format=pdf|csv|txt|tsv|json|md[&version=<id>] —
 * the working list, or a saved version, as a download (any member). A working list's download
 * says whether it is up to date in `X-Credit-List-State: current | stale | unknown` (the
 * editor asks before exporting a stale one; GET …/credits/list gives the differences).
 */
export const GET = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  if (!idSchema.safeParse(projectId).success) return apiError(404, "Project not found.");
  const url = new URL(req.url);
  const format = exportFormat(url.searchParams.get("format") ?? "pdf");
  if (!format) return apiError(422, "Choose format=pdf, csv, txt, tsv, json or md.");
  const versionId = url.searchParams.get("version");
  if (versionId && !idSchema.safeParse(versionId).success) return apiError(404, "Version not found.");
  const actor = { userId: user.id };
  const { project, list, versionName, staleness, pdf } = listForExport(db, actor, projectId, versionId);
  /** The working list's state (a saved version is what it was: no state). */
  const state = staleness?.state ?? null;
  const name = exportFileName(project.title, versionName ? `credits ${versionName}` : "credits", format.ext);
  const headers = {
    "content-type": format.type,
    "content-disposition": `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`,
    "cache-control": "no-store",
    ...(state ? { "x-credit-list-state": state } : {}),
  };
  const meta = { id: project.id, title: project.title, frameRate: project.frameRate };
  switch (format.id) {
    case "csv":
      return new Response(toCsv(list), { headers });
    case "tsv":
      return new Response(toTsv(list), { headers });
    case "txt":
      return new Response(toPlainText(list), { headers });
    case "md":
      return new Response(toMarkdown(list, { title: project.title }), { headers });
    case "json":
      return new Response(toJson(list, meta), { headers });
    case "pdf":
      return new Response(new Uint8Array(await renderListPdf(list, pdf, undefined, logoFilesFor(db, actor, project.id, list))), { headers });
  }
});
