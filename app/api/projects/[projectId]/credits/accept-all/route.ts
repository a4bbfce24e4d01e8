import { acceptAllHighConfidence } from "@/db/queries/credits";
import { apiRoute } from "@/server/actions/api";

type Params = { projectId: string };

/**
 * POST /api/projects/:id/credits/accept-all — accepts every undecided high-confidence
 * suggestion in one go → `{ batchId, accepted }` (batchId null when there was nothing to
 * accept). DELETE …/accept-all/:batchId undoes it (Editors and Owners).
 */
export const POST = apiRoute<Params>((_req, { user, db }, { projectId }) => {
  return Response.json(acceptAllHighConfidence(db, { userId: user.id }, projectId));
});
