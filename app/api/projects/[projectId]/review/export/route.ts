import { projectReview, projectWork, reviewSummary } from "@/db/queries/review";
import { apiError, apiRoute } from "@/server/actions/api";
import { hatsMatrix, hatsMatrixCsv, matrixOptions, parseMatrixQuery, truthCheckCsv } from "@/lib/review";
import { attachmentDisposition, exportFileName } from "@/lib/exports/file-name";

/**
 * GET /api/projects/:id/review/export?what=matrix|truth — the review as a CSV download.
 * The matrix takes the page's filters and sort (stage, lane, dept, producing, sort, dir) and
 * exports every row, not just a page.
 */
export const GET = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  const params = new URL(req.url).searchParams;
  const what = params.get("what") ?? "matrix";
  if (what !== "matrix" && what !== "truth") return apiError(422, "Choose what=matrix or what=truth.");
  const actor = { userId: user.id };
  let csv: string;
  let title: string;
  if (what === "matrix") {
    // Only the work: the matrix doesn't need the credit engine.
    const work = projectWork(db, actor, projectId);
    csv = hatsMatrixCsv(hatsMatrix(work.data, matrixOptions(parseMatrixQuery(params), false)));
    title = work.project.title;
  } else {
    const review = projectReview(db, actor, projectId);
    csv = truthCheckCsv(reviewSummary(review).truth);
    title = review.project.title;
  }
  const name = exportFileName(title, what === "matrix" ? "hats matrix" : "credit truth check", "csv");
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(name),
      "cache-control": "no-store",
    },
  });
});
