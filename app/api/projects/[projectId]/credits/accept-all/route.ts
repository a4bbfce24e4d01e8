import { acceptAllHighConfidence } from "@/db/queries/credits";
import { apiError, apiRoute } from "@/server/actions/api";
import { idSchema } from "@/lib/validation/common";

type Params = { projectId: string };

/**
 * POST /api/projects/:id/credits/accept-all — accepts every undecided high-confidence
 * suggestion in one go → `{ batchId, accepted }` (batchId null when there was nothing to
 * accept). DELETE …/accept-all/:batchId undoes it (Editors and Owners).
 */
export const POST = apiRoute<Params>((_req, { user, db }, { projectId }) => {
  if (!idSchema.safeParse(projectId).success) return apiError(404, "Project not found.");
  return Response.json(acceptAllHighConfidence(db, { userId: user.id }, projectId));
});
