import { PEOPLE_SEARCH_LIMIT, PEOPLE_SEARCH_MAX_QUERY, searchProjectPeople } from "@/db/queries/project-people";
import { apiRoute } from "@/server/actions/api";

type Params = { projectId: string };

/**
 * GET /api/projects/:id/people?q=&limit= — people on the project (its roster or its work log)
 * whose name contains `q`, in name order: at most `limit` (default and most 20), and `more`
 * when others match too (any member).
 */
export const GET = apiRoute<Params>((req, { user, db }, { projectId }) => {
  const url = new URL(req.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, PEOPLE_SEARCH_MAX_QUERY);
  const limit = Number(url.searchParams.get("limit") ?? PEOPLE_SEARCH_LIMIT);
  return Response.json(searchProjectPeople(db, { userId: user.id }, projectId, q, Number.isFinite(limit) ? limit : PEOPLE_SEARCH_LIMIT));
});
