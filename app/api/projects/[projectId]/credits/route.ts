import { creditsReview } from "@/db/queries/credits";
import { apiRoute } from "@/server/actions/api";
import { parseReviewFilter } from "@/lib/decisions/credits-view";

type Params = { projectId: string };

/**
 * GET /api/projects/:id/credits?view=decide|all|held|rejected&title=&confidence=&page= — the
 * suggestions and roster claims with their reasons and decisions (100 people a page, in billing
 * order; without `view`, what needs deciding when anything does), the Credits health findings
 * (active, dismissed, raised again), the statistics of the page's people and their decision history
 * (any member).
 */
export const GET = apiRoute<Params>((req, { user, db }, { projectId }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const asked = parseReviewFilter(params);
  const data = creditsReview(db, { userId: user.id }, projectId, { ...asked, view: params.view ? asked.view : null }, asked.page);
  return Response.json({
    filter: data.filter,
    paging: data.paging,
    people: data.people.map((p) => ({ ...p, name: data.names.get(p.personId) ?? null })),
    summary: data.summary,
    findings: data.findings.active,
    dismissedFindings: data.findings.dismissed.map(({ finding, dismissal }) => ({ finding, dismissal: { reason: dismissal.reason, dismissedAt: dismissal.dismissedAt, dismissedBy: data.dismissedBy.get(finding.id) ?? null } })),
    notNeeded: data.notNeeded,
    // The statistics of the people on this page (everyone's would be the whole project again).
    stats: { ...data.stats, byPerson: Object.fromEntries(data.people.flatMap((p) => (data.stats.byPerson[p.personId] ? [[p.personId, data.stats.byPerson[p.personId]]] : []))) },
    history: data.history,
  });
});
