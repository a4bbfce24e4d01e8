import { importDirectory } from "@/db/queries/roster-import";
import { apiRoute, readJsonBytes } from "@/server/actions/api";
import { IMPORT_JSON_MAX_BYTES } from "@/lib/validation/roster-import";
import { failureResponse, importJobResponse, previewInWorker } from "@/server/import/pool";

/**
 * POST { table, mapping, edits } — the preview: each row's person, role, errors and warnings,
 * and the totals. This thread reads the body and the team's directory; the import worker
 * validates the rows and writes the reply.
 */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  const { directory } = importDirectory(db, { userId: user.id }, projectId);
  const body = await readJsonBytes(req, IMPORT_JSON_MAX_BYTES);
  if (body instanceof Response) return body;
  return importJobResponse(async () => {
    const result = await previewInWorker(body, directory);
    if ("failure" in result) return failureResponse(result);
    return new Response(result.json, { headers: { "content-type": "application/json" } });
  });
});
