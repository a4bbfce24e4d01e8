import { creditsReview } from "@/db/queries/credits";
import { apiError, apiRoute } from "@/lib/actions/api";
import { idSchema } from "@/lib/validation/common";

type Params = { projectId: string };

/**
 * GET /api/projects/:id/credits — the suggestions with their reasons and decisions, the
 * Credits health findings and each person's statistics (any member).
 */
export const GET = apiRoute<Params>((_req, { user, db }, { projectId }) => {
  if (!idSchema.safeParse(projectId).success) return apiError(404, "Project not found.");
  const { review, findings, stats, names, history } = creditsReview(db, { userId: user.id }, projectId);
  return Response.json({ people: review.people.map((p) => ({ ...p, name: names[p.personId] ?? null })), summary: review.summary, findings, stats, history });
});
