import { undoAcceptAll } from "@/db/queries/credits";
import { apiError, apiRoute } from "@/server/actions/api";
import { idSchema } from "@/lib/validation/common";

type Params = { projectId: string; batchId: string };

/** DELETE /api/projects/:id/credits/accept-all/:batchId — undoes one "accept all" (the user who did it, within 30 minutes) → `{ undone }`. */
export const DELETE = apiRoute<Params>((_req, { user, db }, { projectId, batchId }) => {
  if (!idSchema.safeParse(projectId).success || !idSchema.safeParse(batchId).success) return apiError(404, "Not found.");
  return Response.json({ undone: undoAcceptAll(db, { userId: user.id }, projectId, batchId) });
});
