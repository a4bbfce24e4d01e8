import { z } from "zod";
import { deleteWorkEntries, getWorkEntry, updateWorkEntry } from "@/db/queries/work";
import { apiRoute, readJson } from "@/server/actions/api";
import { etagOf, requestedRevision } from "@/lib/http/revision";
import { revisionSchema } from "@/lib/validation/common";
import { workEntrySchema } from "@/lib/validation/work";

type Params = { projectId: string; entryId: string };

/** GET /api/projects/:id/work/:entryId (any member); the ETag is the entry's revision. */
export const GET = apiRoute<Params>((_req, { user, db }, params) => {
  const entry = getWorkEntry(db, { userId: user.id }, params.projectId, params.entryId);
  return Response.json({ entry }, { headers: { ETag: etagOf(entry.revision) } });
});

const putBody = z.object({ revision: revisionSchema.optional() }).and(workEntrySchema);

/**
 * PUT /api/projects/:id/work/:entryId — replace the entry's fields (Editors and Owners). Name
 * the revision you read, as `revision` or `If-Match`: 409 when the entry changed since,
 * 428 without one.
 */
export const PUT = apiRoute<Params>(async (req, { user, db }, params) => {
  const input = await readJson(req, putBody);
  if (input instanceof Response) return input;
  const entry = updateWorkEntry(db, { userId: user.id }, params.projectId, params.entryId, input, requestedRevision(req.headers, input.revision));
  return Response.json({ entry }, { headers: { ETag: etagOf(entry.revision) } });
});

/** DELETE /api/projects/:id/work/:entryId (Editors and Owners). */
export const DELETE = apiRoute<Params>((_req, { user, db }, params) => {
  deleteWorkEntries(db, { userId: user.id }, params.projectId, [params.entryId]);
  return new Response(null, { status: 204 });
});
