"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createPerson, mergePeople, PossibleDuplicateError, updatePerson } from "@/db/queries/people";
import { getCurrentTeam } from "@/db/queries/teams";
import { formAction, formActionWithId } from "@/server/actions/form";
import { NotFoundError } from "@/lib/errors";
import { idSchema, revisionSchema } from "@/lib/validation/common";
import { personSchema } from "@/lib/validation/people";

export const createPersonAction = formAction(personSchema.extend({ confirmNew: z.string().optional() }), (input, { user, db }) => {
  const actor = { userId: user.id };
  const team = getCurrentTeam(db, actor);
  if (!team) throw new NotFoundError("Create or join a team first.");
  try {
    const person = createPerson(db, actor, team.id, input, { allowDuplicate: input.confirmNew === "1" });
    revalidatePath("/people");
    return { redirectTo: `/people/${person.id}?created=1` };
  } catch (error) {
    if (error instanceof PossibleDuplicateError) return { message: error.message, data: { candidates: JSON.stringify(error.candidates) } };
    throw error;
  }
});

export const updatePersonAction = formActionWithId(personSchema.extend({ revision: revisionSchema }), (personId, input, { user, db }) => {
  updatePerson(db, { userId: user.id }, personId, input, input.revision);
  revalidatePath("/people");
  revalidatePath(`/people/${personId}`);
  revalidatePath("/projects", "layout");
  return { message: "Saved." };
});

export const mergePersonAction = formActionWithId(z.object({ mergeId: idSchema }), (keepId, input, { user, db }) => {
  const kept = mergePeople(db, { userId: user.id }, keepId, input.mergeId);
  revalidatePath("/people");
  revalidatePath("/projects", "layout");
  return { message: `Merged into ${kept.creditedName}. Their roster entries moved here.` };
});
