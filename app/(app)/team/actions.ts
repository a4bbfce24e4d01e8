"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import {
  acceptInvite,
  changeMemberRole,
  createInvite,
  createTeam,
  leaveTeam,
  removeMember,
  renameTeam,
  revokeInvite,
} from "@/db/queries/teams";
import { formAction, formActionWithId } from "@/lib/actions/form";
import { idSchema } from "@/lib/validation/common";
import { inviteSchema, memberRoleSchema, teamNameSchema } from "@/lib/validation/team";
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

async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export const createInviteAction = formActionWithId(inviteSchema, async (teamId, input, { user, db }) => {
  const { token } = createInvite(db, { userId: user.id }, teamId, input.role);
  revalidatePath("/team");
  return {
    message: `Invitation link for a new ${ROLE_LABELS[input.role]} created. It works once, for 7 days.`,
    data: { link: `${await origin()}/invite/${token}` },
  };
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
