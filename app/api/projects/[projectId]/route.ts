import { z } from "zod";
import { deleteProject, getProject, setProjectArchived, updateProject } from "@/db/queries/projects";
import { apiRoute, readJson } from "@/server/actions/api";
import { etagOf, requestedRevision } from "@/lib/http/revision";
import { projectPatchSchema } from "@/lib/validation/project";

type Params = { projectId: string };

/** GET /api/projects/:id — the project (any member); the ETag is its revision. */
export const GET = apiRoute<Params>((_req, { user, db }, { projectId }) => {
  const { project, role } = getProject(db, { userId: user.id }, projectId);
  return Response.json({ project, role }, { headers: { ETag: etagOf(project.revision) } });
});

const patchBody = z.union([z.object({ archived: z.boolean() }).strict(), projectPatchSchema]);

/**
 * PATCH /api/projects/:id — change fields (Editors and Owners), naming the revision you read as
 * `revision` or If-Match: 409 when the project changed since, 428 without one.
 * `{ "archived": true|false }` alone archives or restores (no revision needed).
 */
export const PATCH = apiRoute<Params>(async (req, { user, db }, { projectId }) => {
  const input = await readJson(req, patchBody);
  if (input instanceof Response) return input;
  const actor = { userId: user.id };
  let project;
  if ("archived" in input && typeof input.archived === "boolean") {
    project = setProjectArchived(db, actor, projectId, input.archived);
  } else {
    const { revision, ...fields } = input as z.output<typeof projectPatchSchema>;
    project = updateProject(db, actor, projectId, fields, requestedRevision(req.headers, revision));
  }
  return Response.json({ project }, { headers: { ETag: etagOf(project.revision) } });
});

/** DELETE /api/projects/:id with { "confirmTitle": "<exact title>" } (Editors and Owners). */
export const DELETE = apiRoute<Params>(async (req, { user, db }, { projectId }) => {
  const input = await readJson(req, z.object({ confirmTitle: z.string().max(1000) }));
  if (input instanceof Response) return input;
  deleteProject(db, { userId: user.id }, projectId, input.confirmTitle);
  return new Response(null, { status: 204 });
});
