import { undoAcceptAll } from "@/db/queries/credits";
import { apiRoute } from "@/server/actions/api";

type Params = { projectId: string; batchId: string };

/** DELETE /api/projects/:id/credits/accept-all/:batchId — undoes one "accept all" (the user who did it, within 30 minutes) → `{ undone }`. */
export const DELETE = apiRoute<Params>((_req, { user, db }, { projectId, batchId }) => {
  return Response.json({ undone: undoAcceptAll(db, { userId: user.id }, projectId, batchId) });
});
