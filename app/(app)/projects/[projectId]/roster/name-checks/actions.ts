"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { createNameCheck, decideNameCheck, revokeNameCheck } from "@/db/queries/name-checks";
import { formActionWithId } from "@/lib/actions/form";
import { idSchema } from "@/lib/validation/common";

async function origin(): Promise<string> {
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}

export const createNameCheckAction = formActionWithId(z.object({ personId: idSchema, personName: z.string().max(300).optional() }), async (projectId, input, { user, db }) => {
  const { token } = createNameCheck(db, { userId: user.id }, projectId, input.personId);
  revalidatePath(`/projects/${projectId}/roster`, "layout");
  return {
    message: `Link for ${input.personName ?? "this person"} created. It works once, for 14 days; any earlier link for them stopped working.`,
    data: { link: `${await origin()}/check/${token}`, personId: input.personId },
  };
});

export const revokeNameCheckAction = formActionWithId(z.object({ checkId: idSchema }), (projectId, input, { user, db }) => {
  revokeNameCheck(db, { userId: user.id }, projectId, input.checkId);
  revalidatePath(`/projects/${projectId}/roster`, "layout");
  return { message: "Link withdrawn. It no longer works." };
});

export const decideNameCheckAction = formActionWithId(
  z.object({ checkId: idSchema, decision: z.enum(["accepted", "rejected"]) }),
  (projectId, input, { user, db }) => {
    decideNameCheck(db, { userId: user.id }, projectId, input.checkId, input.decision);
    revalidatePath(`/projects/${projectId}`, "layout");
    revalidatePath("/people");
    return { message: input.decision === "accepted" ? "Correction accepted: the name is updated everywhere." : "Correction rejected: the name stays as it was." };
  },
);
