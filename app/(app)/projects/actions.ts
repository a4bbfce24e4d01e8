"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createProject, deleteProject, setProjectArchived, updateProject } from "@/db/queries/projects";
import { getCurrentTeam } from "@/db/queries/teams";
import { formAction, formActionWithId } from "@/server/actions/form";
import { NotFoundError } from "@/lib/errors";
import { revisionSchema } from "@/lib/validation/common";
import { projectSchema } from "@/lib/validation/project";

export const createProjectAction = formAction(projectSchema, (input, { user, db }) => {
  const actor = { userId: user.id };
  const team = getCurrentTeam(db, actor);
  if (!team) throw new NotFoundError("Create or join a team first.");
  const project = createProject(db, actor, team.id, input);
  revalidatePath("/projects");
  return { redirectTo: `/projects/${project.id}?created=1` };
});

export const updateProjectAction = formActionWithId(projectSchema.extend({ revision: revisionSchema }), (projectId, { revision, ...input }, { user, db }) => {
  updateProject(db, { userId: user.id }, projectId, input, revision);
  revalidatePath("/projects");
  revalidatePath(`/projects/${projectId}`, "layout");
  return { message: "Project saved." };
});

export const archiveProjectAction = formActionWithId(z.object({ archived: z.enum(["true", "false"]) }), (projectId, input, { user, db }) => {
  const archived = input.archived === "true";
  setProjectArchived(db, { userId: user.id }, projectId, archived);
  revalidatePath("/projects");
  revalidatePath(`/projects/${projectId}`, "layout");
  return { message: archived ? "Project archived. It is hidden from the project list until you restore it." : "Project restored." };
});

export const deleteProjectAction = formActionWithId(
  z.object({ confirmTitle: z.string().max(1000, { error: "Type the project's title exactly to confirm." }) }),
  (projectId, input, { user, db }) => {
    deleteProject(db, { userId: user.id }, projectId, input.confirmTitle);
    revalidatePath("/projects");
    return { redirectTo: "/projects?deleted=1" };
  },
);
