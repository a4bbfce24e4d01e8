import { rosterForExport } from "@/db/queries/roster";
import { apiError, apiRoute } from "@/server/actions/api";
import { attachmentDisposition, exportFileName } from "@/lib/exports/file-name";
import { toCsv } from "@/lib/exports/csv";
import { rosterExportRows } from "@/lib/roster/export-rows";
import { toXlsx } from "@/lib/exports/xlsx";
import { NAME_STATUS_LABELS } from "@/lib/roster/name-status";

/** GET /api/projects/:id/roster/export?format=csv|xlsx — the whole roster in end-crawl order, as a download. */
export const GET = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  const format = new URL(req.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") return apiError(422, "Choose format=csv or format=xlsx.");
  const { project, rows, contacts } = rosterForExport(db, { userId: user.id }, projectId);
  const table = rosterExportRows(rows.map((r) => ({ ...r, confirmed: NAME_STATUS_LABELS[r.status] })), { contacts });
  const name = exportFileName(project.title, "roster", format);
  const disposition = attachmentDisposition(name);
  if (format === "csv") {
    return new Response(toCsv(table, { bom: true }), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": disposition, "cache-control": "no-store" },
    });
  }
  const bytes = await toXlsx("Roster", table);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": disposition,
      "cache-control": "no-store",
    },
  });
});
