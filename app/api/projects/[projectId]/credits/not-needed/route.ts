import { notNeededOf, setFunctionNeeded } from "@/db/queries/credits";
import { requireProjectPermission } from "@/db/queries/access";
import { apiRoute, readJson } from "@/server/actions/api";
import { functionNeededSchema } from "@/lib/validation/credits";

type Params = { projectId: string };

/** GET /api/projects/:id/credits/not-needed — the producing functions the project marked not needed (any member). */
export const GET = apiRoute<Params>((_req, { user, db }, { projectId }) => {
  requireProjectPermission(db, { userId: user.id }, projectId, "project:read");
  return Response.json({ notNeeded: notNeededOf(db, projectId).map((n) => ({ ...n, markedAt: n.markedAt.getTime() })) });
});

/** PUT /api/projects/:id/credits/not-needed — `{ responsibilityId, needed, reason? }`: mark a producing function not needed here, or needed again (Editors and Owners). */
export const PUT = apiRoute<Params>(async (req, { user, db }, { projectId }) => {
  const input = await readJson(req, functionNeededSchema);
  if (input instanceof Response) return input;
  return Response.json(setFunctionNeeded(db, { userId: user.id }, projectId, input));
});
