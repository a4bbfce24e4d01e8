import { getCreditList } from "@/db/queries/credit-list";
import { apiRoute } from "@/server/actions/api";

/**
 * GET /api/projects/:id/credits/list — the working credit list (null before it is built), its
 * revision, whether it is out of date (`staleness`: current, stale with the differences, or
 * unknown for a list built before Hatrack recorded its sources) and the saved versions. Any member.
 */
export const GET = apiRoute<{ projectId: string }>((_req, { user, db }, { projectId }) => {
  const { working, staleness, versions } = getCreditList(db, { userId: user.id }, projectId);
  return Response.json({
    list: working?.list ?? null,
    revision: working?.revision ?? null,
    updatedAt: working ? new Date(working.updatedAt).toISOString() : null,
    updatedBy: working?.updatedByName ?? null,
    staleness,
    versions: versions.map((v) => ({ id: v.id, name: v.name, createdAt: v.createdAt.toISOString(), lockedAt: v.lockedAt?.toISOString() ?? null, createdBy: v.createdByName })),
  });
});
