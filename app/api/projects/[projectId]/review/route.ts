import { projectReview, reviewSummary } from "@/db/queries/review";
import { apiRoute } from "@/server/actions/api";
import { hatsMatrix, matrixOptions, parseMatrixQuery } from "@/lib/review";

/**
 * GET /api/projects/:id/review — the multi-hat review as JSON (any member): a page of the
 * hats matrix (the page's filters and sort: stage, lane, dept, producing, sort, dir, page —
 * 100 rows a page, `total` says how many), coverage per stage and lane with the concentration,
 * and the credit truth check.
 */
export const GET = apiRoute<{ projectId: string }>((req, { user, db }, { projectId }) => {
  const review = projectReview(db, { userId: user.id }, projectId);
  const { coverage, truth } = reviewSummary(review);
  const matrix = hatsMatrix(review.data, matrixOptions(parseMatrixQuery(new URL(req.url).searchParams)));
  return Response.json({ matrix, coverage, truth, concentrationThreshold: review.threshold });
});
