import { dismissFinding, restoreFinding } from "@/db/queries/credits";
import { apiError, apiRoute, readJson } from "@/server/actions/api";
import { dismissFindingSchema, findingIdSchema } from "@/lib/validation/credits";

type Params = { projectId: string };

/**
 * POST /api/projects/:id/credits/dismissals — dismisses a finding: `{ findingId, fingerprint,
 * reason }` → 201. 409 when the finding is gone or its facts changed since (a new fingerprint).
 * DELETE …/dismissals?findingId= shows it again (Editors and Owners).
 */
export const POST = apiRoute<Params>(async (req, { user, db }, { projectId }) => {
  const input = await readJson(req, dismissFindingSchema);
  if (input instanceof Response) return input;
  const finding = dismissFinding(db, { userId: user.id }, projectId, input);
  return Response.json({ finding }, { status: 201 });
});

export const DELETE = apiRoute<Params>((req, { user, db }, { projectId }) => {
  const parsed = findingIdSchema.safeParse(new URL(req.url).searchParams.get("findingId"));
  if (!parsed.success) return apiError(422, "Say which finding: ?findingId=…");
  restoreFinding(db, { userId: user.id }, projectId, parsed.data);
  return new Response(null, { status: 204 });
});
