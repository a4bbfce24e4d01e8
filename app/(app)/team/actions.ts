"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  acceptInvite,
  changeMemberRole,
  createInvite,
  createTeam,
  emailInvite,
  leaveTeam,
  removeMember,
  renameTeam,
  revokeInvite,
} from "@/db/queries/teams";
import { setSenderName } from "@/db/queries/outbox";
import { formAction, formActionWithId } from "@/server/actions/form";
import { linkOrigin } from "@/server/actions/origin";
import { idSchema } from "@/lib/validation/common";
import { inviteSchema, memberRoleSchema, senderNameSchema, teamNameSchema } from "@/lib/validation/team";
import { ROLE_LABELS } from "@/lib/auth/roles";

export const createTeamAction = formAction(teamNameSchema, (input, { user, db }) => {
  createTeam(db, { userId: user.id }, input.name);
  revalidatePath("/", "layout");
  return { redirectTo: "/projects" };
});

export const renameTeamAction = formActionWithId(teamNameSchema, (teamId, input, { user, db }) => {
  renameTeam(db, { userId: user.id }, teamId, input.name);
  revalidatePath("/", "layout");
  return { message: "Team renamed." };
});

export const createInviteAction = formActionWithId(inviteSchema, async (teamId, input, { user, db }) => {
  const actor = { userId: user.id };
  const role = ROLE_LABELS[input.role];
  if (input.email) {
    const { token, emailed } = emailInvite(db, actor, teamId, { role: input.role, email: input.email });
    revalidatePath("/team");
    return {
      message:
        emailed === "queued"
          ? `Invitation for a new ${role} is on its way to ${input.email}. The link works once, for 7 days.`
          : `Invitation for a new ${role} created. Email is not set up on this server, so nothing was sent: copy the link to ${input.email} yourself (it is also in the outbox).`,
      data: { link: `${await linkOrigin()}/invite/${token}`, emailed },
    };
  }
  const { token } = createInvite(db, actor, teamId, input.role);
  revalidatePath("/team");
  return {
    message: `Invitation link for a new ${role} created. It works once, for 7 days.`,
    data: { link: `${await linkOrigin()}/invite/${token}`, emailed: "" },
  };
});

export const senderNameAction = formActionWithId(senderNameSchema, (teamId, input, { user, db }) => {
  setSenderName(db, { userId: user.id }, teamId, input.senderName);
  revalidatePath("/team");
  return { message: input.senderName ? `Emails now come from “${input.senderName}”.` : "Emails now come from the team's name." };
});

export const revokeInviteAction = formActionWithId(z.object({ inviteId: idSchema }), (teamId, input, { user, db }) => {
  revokeInvite(db, { userId: user.id }, teamId, input.inviteId);
  revalidatePath("/team");
  return { message: "Invitation revoked. The link no longer works." };
});

export const changeRoleAction = formActionWithId(memberRoleSchema, (teamId, input, { user, db }) => {
  changeMemberRole(db, { userId: user.id }, teamId, input.userId, input.role);
  revalidatePath("/team");
  return { message: `Role changed to ${ROLE_LABELS[input.role]}.` };
});

export const removeMemberAction = formActionWithId(z.object({ userId: idSchema }), (teamId, input, { user, db }) => {
  removeMember(db, { userId: user.id }, teamId, input.userId);
  revalidatePath("/team");
  return { message: "Member removed from the team." };
});

export const leaveTeamAction = formActionWithId(z.object({}), (teamId, _input, { user, db }) => {
  leaveTeam(db, { userId: user.id }, teamId);
  revalidatePath("/", "layout");
  return { redirectTo: "/projects" };
});

export const acceptInviteAction = formActionWithId(z.object({}), (token, _input, { user, db }) => {
  acceptInvite(db, { userId: user.id }, token);
  revalidatePath("/", "layout");
  return { redirectTo: "/projects?joined=1" };
});
