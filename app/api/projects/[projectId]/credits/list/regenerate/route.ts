import { z } from "zod";
import { generateCreditList } from "@/db/queries/credit-list";
import { apiRoute, readJson } from "@/server/actions/api";

/**
 * POST /api/projects/:id/credits/list/regenerate { revision: number | null } — builds the list
 * (revision null, the first time) or regenerates it from the credits and the roster, keeping
 * the manual order and edits; 409 when the list changed since `revision`. Editors and Owners.
 * Answers { revision, added, removed } (what regenerating brought and dropped).
 */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  const input = await readJson(req, z.object({ revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable() }));
  if (input instanceof Response) return input;
  const r = generateCreditList(db, { userId: user.id }, projectId, input.revision);
  return Response.json({ revision: r.revision, first: r.first, added: r.added, removed: r.removed });
});
