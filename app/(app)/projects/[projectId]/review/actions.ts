"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateConcentrationThreshold } from "@/db/queries/review";
import { formActionWithId } from "@/server/actions/form";
import { concentrationThresholdSchema } from "@/lib/validation/work";

/** The Owner's concentration warning threshold (settings → Hats review). */
export const updateConcentrationAction = formActionWithId(concentrationThresholdSchema, (projectId, input, { user, db }) => {
  updateConcentrationThreshold(db, { userId: user.id }, projectId, input.concentration);
  revalidatePath(`/projects/${projectId}`, "layout");
  return { message: "Concentration warning saved." };
});

export const restoreConcentrationAction = formActionWithId(z.object({}), (projectId, _input, { user, db }) => {
  updateConcentrationThreshold(db, { userId: user.id }, projectId, null);
  revalidatePath(`/projects/${projectId}`, "layout");
  return { message: "Concentration warning restored to the default." };
});
