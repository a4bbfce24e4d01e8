import { decideCredit } from "@/db/queries/credits";
import { apiRoute, readJson } from "@/server/actions/api";
import { decisionSchema } from "@/lib/validation/credits";

type Params = { projectId: string };

/**
 * POST /api/projects/:id/credits/decisions — accept, reject or override a suggestion or a
 * roster claim: `{ action, personId, titleId, title?, reason?, expected? }` (Editors and
 * Owners). `expected` is the decision the client saw ("none", or its decidedAt): if someone
 * decided since, 409 and nothing is saved.
 */
export const POST = apiRoute<Params>(async (req, { user, db }, { projectId }) => {
  const input = await readJson(req, decisionSchema);
  if (input instanceof Response) return input;
  const credit = decideCredit(db, { userId: user.id }, projectId, input);
  return Response.json({ credit: { ...credit, decidedAt: credit.decidedAt.getTime(), createdAt: credit.createdAt.getTime() } });
});
