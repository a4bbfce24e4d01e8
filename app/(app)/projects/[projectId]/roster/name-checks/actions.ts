"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { decideNameCheck, requestAllNameChecks, requestNameCheck, revokeNameCheck } from "@/db/queries/name-checks";
import { formActionWithId } from "@/server/actions/form";
import { linkOrigin } from "@/server/actions/origin";
import { idSchema } from "@/lib/validation/common";

const SENT_WORDS = { queued: "emailed to them", held: "not emailed (email is not set up on this server: it is in the outbox)" } as const;

export const createNameCheckAction = formActionWithId(z.object({ personId: idSchema }), async (projectId, input, { user, db }) => {
  const request = requestNameCheck(db, { userId: user.id }, projectId, input.personId);
  revalidatePath(`/projects/${projectId}/roster`, "layout");
  revalidatePath("/team/outbox");
  const sent = request.emailed ? `, ${SENT_WORDS[request.emailed]}` : " (no email address on file: send it yourself)";
  return {
    message: `Link for ${request.creditedName} created${sent}. It works once, for 14 days; any earlier link for them stopped working.`,
    data: { link: `${await linkOrigin()}/check/${request.token}`, personId: input.personId },
  };
});

/** "Ask everyone without an answer": links for all of them, emailed where an address is known. */
export const requestAllNameChecksAction = formActionWithId(z.object({}), async (projectId, _input, { user, db }) => {
  const { requests, remaining } = requestAllNameChecks(db, { userId: user.id }, projectId);
  revalidatePath(`/projects/${projectId}/roster`, "layout");
  revalidatePath("/team/outbox");
  if (requests.length === 0) return { message: "Everyone on the roster has answered already." };
  const origin = await linkOrigin();
  const emailed = requests.filter((r) => r.emailed === "queued").length;
  const held = requests.filter((r) => r.emailed === "held").length;
  const byHand = requests.filter((r) => r.emailed === null);
  const parts = [
    `${requests.length} ${requests.length === 1 ? "request" : "requests"} created`,
    emailed ? `${emailed} emailed` : null,
    held ? `${held} kept in the outbox (email is not set up on this server)` : null,
    byHand.length ? `${byHand.length} without an email address: copy their links below` : null,
    remaining ? `${remaining} more to go: ask again` : null,
  ].filter(Boolean);
  return {
    message: `${parts.join("; ")}.`,
    data: { links: JSON.stringify([...requests.filter((r) => r.emailed !== "queued")].map((r) => ({ name: r.creditedName, link: `${origin}/check/${r.token}` }))) },
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
