import { createWorkEntry, listWorkEntries } from "@/db/queries/work";
import { apiRoute, readJson } from "@/server/actions/api";
import { parseSearchParams } from "@/lib/validation/search-params";
import { workEntrySchema, workFilterSchema } from "@/lib/validation/work";

type Params = { projectId: string };

/** GET /api/projects/:id/work?person=&responsibility=&stage= — the work log (any member). */
export const GET = apiRoute<Params>((req, { user, db }, { projectId }) => {
  const filter = parseSearchParams(workFilterSchema, new URL(req.url).searchParams);
  const { rows } = listWorkEntries(db, { userId: user.id }, projectId, filter);
  return Response.json({ entries: rows.map((r) => ({ ...r.entry, personName: r.personName })) });
});

/** POST /api/projects/:id/work — log one entry (Editors and Owners). Numbers may be JSON numbers or strings. */
export const POST = apiRoute<Params>(async (req, { user, db }, { projectId }) => {
  const input = await readJson(req, workEntrySchema);
  if (input instanceof Response) return input;
  const entry = createWorkEntry(db, { userId: user.id }, projectId, input);
  return Response.json({ entry }, { status: 201 });
});
