import { deleteWorkEntries, getWorkEntry, updateWorkEntry } from "@/db/queries/work";
import { apiError, apiRoute, readJson } from "@/lib/actions/api";
import { idSchema } from "@/lib/validation/common";
import { workEntrySchema } from "@/lib/validation/work";

type Params = { projectId: string; entryId: string };

function valid({ projectId, entryId }: Params): boolean {
  return idSchema.safeParse(projectId).success && idSchema.safeParse(entryId).success;
}

/** GET /api/projects/:id/work/:entryId (any member). */
export const GET = apiRoute<Params>((_req, { user, db }, params) => {
  if (!valid(params)) return apiError(404, "Not found.");
  return Response.json({ entry: getWorkEntry(db, { userId: user.id }, params.projectId, params.entryId) });
});

/** PUT /api/projects/:id/work/:entryId — replace the entry's fields (Editors and Owners). */
export const PUT = apiRoute<Params>(async (req, { user, db }, params) => {
  if (!valid(params)) return apiError(404, "Not found.");
  const input = await readJson(req, workEntrySchema);
  if (input instanceof Response) return input;
  return Response.json({ entry: updateWorkEntry(db, { userId: user.id }, params.projectId, params.entryId, input) });
});

/** DELETE /api/projects/:id/work/:entryId (Editors and Owners). */
export const DELETE = apiRoute<Params>((_req, { user, db }, params) => {
  if (!valid(params)) return apiError(404, "Not found.");
  deleteWorkEntries(db, { userId: user.id }, params.projectId, [params.entryId]);
  return new Response(null, { status: 204 });
});
