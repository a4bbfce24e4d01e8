import { revalidatePath } from "next/cache";
import { importDirectory, writeImport } from "@/db/queries/roster-import";
import { apiError, apiRoute, readJsonBytes } from "@/lib/actions/api";
import { idSchema } from "@/lib/validation/common";
import { IMPORT_JSON_MAX_BYTES } from "@/lib/validation/roster-import";
import { commitRowsInWorker, failureResponse, importJobResponse } from "@/server/import/pool";

/**
 * POST { table, mapping, edits, skipErrors } — imports in one transaction (all or nothing).
 * The import worker builds the preview once and works out every row to insert; this thread
 * only writes them (multi-row inserts), refusing with 409 if the directory changed meanwhile.
 */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  if (!idSchema.safeParse(projectId).success) return apiError(404, "Project not found.");
  const actor = { userId: user.id };
  const { directory, key } = importDirectory(db, actor, projectId);
  const body = await readJsonBytes(req, IMPORT_JSON_MAX_BYTES);
  if (body instanceof Response) return body;
  return importJobResponse(async () => {
    const plan = await commitRowsInWorker(body, directory);
    if ("failure" in plan) return failureResponse(plan);
    const written = writeImport(db, actor, projectId, { rows: plan.rows, directoryKey: key });
    revalidatePath(`/projects/${projectId}`, "layout");
    revalidatePath("/people");
    return Response.json({ result: { ...written, entriesSkipped: plan.entriesSkipped, rowsWithErrors: plan.rowsWithErrors } });
  });
});
