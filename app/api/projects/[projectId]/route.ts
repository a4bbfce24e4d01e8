import { z } from "zod";
import { deleteProject, getProject, setProjectArchived, updateProject } from "@/db/queries/projects";
import { apiError, apiRoute, readJson } from "@/lib/actions/api";
import { idSchema } from "@/lib/validation/common";
import { projectPatchSchema } from "@/lib/validation/project";

type Params = { projectId: string };

function validId(id: string): boolean {
  return idSchema.safeParse(id).success;
}

/** GET /api/projects/:id — the project (any member). */
export const GET = apiRoute<Params>((_req, { user, db }, { projectId }) => {
  if (!validId(projectId)) return apiError(404, "Project not found.");
  const { project, role } = getProject(db, { userId: user.id }, projectId);
  return Response.json({ project, role });
});

const patchBody = z.union([z.object({ archived: z.boolean() }).strict(), projectPatchSchema]);

/** PATCH /api/projects/:id — change fields, or { "archived": true|false } (Editors and Owners). */
export const PATCH = apiRoute<Params>(async (req, { user, db }, { projectId }) => {
  if (!validId(projectId)) return apiError(404, "Project not found.");
  const input = await readJson(req, patchBody);
  if (input instanceof Response) return input;
  const actor = { userId: user.id };
  const project =
    "archived" in input && typeof input.archived === "boolean"
      ? setProjectArchived(db, actor, projectId, input.archived)
      : updateProject(db, actor, projectId, input as z.output<typeof projectPatchSchema>);
  return Response.json({ project });
});

/** DELETE /api/projects/:id with { "confirmTitle": "<exact title>" } (Editors and Owners). */
export const DELETE = apiRoute<Params>(async (req, { user, db }, { projectId }) => {
  if (!validId(projectId)) return apiError(404, "Project not found.");
  const input = await readJson(req, z.object({ confirmTitle: z.string().max(1000) }));
  if (input instanceof Response) return input;
  deleteProject(db, { userId: user.id }, projectId, input.confirmTitle);
  return new Response(null, { status: 204 });
});
