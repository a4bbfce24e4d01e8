import { revalidatePath } from "next/cache";
import { requireProjectPermission } from "@/db/queries/access";
import { apiRoute, readJsonBytes } from "@/server/actions/api";
import { IMPORT_JSON_MAX_BYTES } from "@/lib/validation/roster-import";
import { commitInWorker, failureResponse, importJobResponse } from "@/server/import/pool";

/**
 * POST { table, mapping, edits, skipErrors } — imports in one transaction (all or nothing).
 * The import worker builds the preview once and writes every row on its own database
 * connection, so a 20,000-row import never holds up this thread; it refuses with 409 if the
 * directory changed while it planned.
 */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  const actor = { userId: user.id };
  requireProjectPermission(db, actor, projectId, "project:write");
  const body = await readJsonBytes(req, IMPORT_JSON_MAX_BYTES);
  if (body instanceof Response) return body;
  return importJobResponse(async () => {
    const outcome = await commitInWorker(body, { projectId, actor, databaseFile: db.$client.name });
    if ("failure" in outcome) return failureResponse(outcome);
    revalidatePath(`/projects/${projectId}`, "layout");
    revalidatePath("/people");
    return Response.json(outcome);
  });
});
