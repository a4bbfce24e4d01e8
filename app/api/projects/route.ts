import { createProject, listProjects } from "@/db/queries/projects";
import { getCurrentTeam } from "@/db/queries/teams";
import { apiError, apiRoute, readJson } from "@/server/actions/api";
import { idSchema } from "@/lib/validation/common";
import { projectListSchema, projectSchema } from "@/lib/validation/project";

function teamIdFrom(url: URL): string | null {
  return url.searchParams.get("teamId");
}

/** GET /api/projects?teamId=&q=&archived=active|archived|all — the team's projects (default: your current team). */
export const GET = apiRoute(async (req, { user, db }) => {
  const url = new URL(req.url);
  const actor = { userId: user.id };
  const filter = projectListSchema.safeParse({ q: url.searchParams.get("q") ?? undefined, archived: url.searchParams.get("archived") ?? undefined });
  if (!filter.success) return apiError(422, "Unknown filter.");
  const teamId = teamIdFrom(url) ?? getCurrentTeam(db, actor)?.id;
  if (!teamId || !idSchema.safeParse(teamId).success) return apiError(404, "Team not found.");
  return Response.json({ projects: listProjects(db, actor, teamId, filter.data) });
});

const createBody = projectSchema.extend({ teamId: idSchema.optional() });

/** POST /api/projects — create a project (Editors and Owners). */
export const POST = apiRoute(async (req, { user, db }) => {
  const input = await readJson(req, createBody);
  if (input instanceof Response) return input;
  const actor = { userId: user.id };
  const { teamId: requested, ...fields } = input;
  const teamId = requested ?? getCurrentTeam(db, actor)?.id;
  if (!teamId) return apiError(404, "Team not found.");
  return Response.json({ project: createProject(db, actor, teamId, fields) }, { status: 201 });
});

export const dynamic = "force-dynamic";
