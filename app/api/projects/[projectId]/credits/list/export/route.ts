import { deliveryFor, pgaSource } from "@/db/queries/deliveries";
import { apiError, apiRoute } from "@/server/actions/api";
import { runningTime, toCreditsCsv, toCreditsTsv, toJson, toMarkdown, toPlainText } from "@/lib/end-credits";
import { cinecredProject } from "@/lib/exports/cinecred";
import { CREDIT_EXPORT_FORMATS, DELIVERY_FORMATS, exportFormat } from "@/lib/exports/credit-formats";
import { toMovieLabsXml } from "@/lib/exports/movielabs";
import { pgaPacket } from "@/lib/exports/pga";
import { renderPgaPacket } from "@/lib/exports/pga-pdf";
import { toTitleHouseTsv, toTitleHouseXlsx } from "@/lib/exports/title-house";
import { attachmentDisposition, exportFileName } from "@/lib/exports/file-name";
import { idSchema } from "@/lib/validation/common";
import { logoFilesFor } from "@/db/queries/credit-assets";
import { renderListPdf } from "@/lib/exports/credits-pdf-input";

const FORMATS = [...CREDIT_EXPORT_FORMATS, ...DELIVERY_FORMATS].map((f) => f.id).join(", ");

/**
 * GET /api/projects/:id/credits/list/export?format=…[&version=<id>] — the working list, or a
 * saved version, as a download (any member):
 * - the list itself: pdf, csv, txt, tsv, json, md;
 * - delivery files: title-xlsx and title-tsv (the title-house grid), cinecred (a Cinecred
 *   project folder, zipped), movielabs (Common Metadata md:People XML), pga (the PGA notice
 *   of producing credits packet, PDF).
 * A working list's download says whether it is up to date in `X-Credit-List-State: current |
 * stale | unknown` (the editor asks before exporting a stale one; GET …/credits/list gives
 * the differences).
 */
export const GET = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  const url = new URL(req.url);
  const format = exportFormat(url.searchParams.get("format") ?? "pdf");
  if (!format) return apiError(422, `Choose format=${FORMATS}.`);
  const versionId = url.searchParams.get("version");
  if (versionId && !idSchema.safeParse(versionId).success) return apiError(404, "Version not found.");
  const actor = { userId: user.id };

  if (format.id === "pga") {
    // A notice can be prepared before the list is built (its credits part says so).
    const source = pgaSource(db, actor, projectId, versionId);
    const name = exportFileName(source.project.title, source.listName === "Working list" ? format.kind : `${format.kind} ${source.listName}`, format.ext);
    const logos = source.list ? logoFilesFor(db, actor, projectId, source.list) : undefined;
    return new Response(new Uint8Array(await renderPgaPacket(pgaPacket(source), { logos })), { headers: downloadHeaders(format.type, name, null) });
  }

  const { project, list, versionName, staleness, pdf, contractual } = deliveryFor(db, actor, projectId, versionId);
  /** The working list's state (a saved version is what it was: no state). */
  const state = staleness?.state ?? null;
  const name = exportFileName(project.title, versionName ? `${format.kind} ${versionName}` : format.kind, format.ext);
  const headers = downloadHeaders(format.type, name, state);
  const meta = { id: project.id, title: project.title, frameRate: project.frameRate };
  switch (format.id) {
    case "csv":
      return new Response(toCreditsCsv(list), { headers });
    case "tsv":
      return new Response(toCreditsTsv(list), { headers });
    case "txt":
      return new Response(toPlainText(list), { headers });
    case "md":
      return new Response(toMarkdown(list, { title: project.title }), { headers });
    case "json":
      return new Response(toJson(list, meta), { headers });
    case "pdf":
      return new Response(new Uint8Array(await renderListPdf(list, pdf, undefined, logoFilesFor(db, actor, project.id, list))), { headers });
    case "title-xlsx":
      return new Response(new Uint8Array(await toTitleHouseXlsx(list, contractual)), { headers });
    case "title-tsv":
      return new Response(toTitleHouseTsv(list, contractual), { headers });
    case "movielabs":
      return new Response(toMovieLabsXml(list, { id: project.id, title: project.title, kind: project.kind, logline: project.logline }), { headers });
    case "cinecred": {
      const logos = [...logoFilesFor(db, actor, project.id, list)].map(([assetId, f]) => ({ assetId, fileName: `${assetId}.${f.mime === "image/png" ? "png" : "svg"}`, data: new Uint8Array(f.data) }));
      const folder = name.utf8.replace(/\.zip$/, "");
      // The crawl's speed as the PDF's running time states it (fitted to the target when one is set).
      const { pxPerFrame } = runningTime(list, project.frameRate, project.targetRuntimeSeconds);
      const zip = await cinecredProject(list, { title: project.title, fps: project.frameRate, pxPerFrame, cards: { seconds: 4 } }, folder, logos);
      return new Response(new Uint8Array(zip), { headers });
    }
  }
});

function downloadHeaders(type: string, name: { ascii: string; utf8: string }, state: string | null): Record<string, string> {
  return {
    "content-type": type,
    "content-disposition": attachmentDisposition(name),
    "cache-control": "no-store",
    ...(state ? { "x-credit-list-state": state } : {}),
  };
}
