"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { revokeSession } from "@/db/queries/accounts";
import { switchTeam } from "@/db/queries/teams";
import { action } from "@/server/actions/outcome";
import { signOut } from "@/server/auth";
import { getCurrentUser } from "@/server/auth/session";
import { idSchema } from "@/lib/validation/common";

export const switchTeamAction = action(
  z.tuple([idSchema]),
  ([teamId], { user, db }) => {
    switchTeam(db, { userId: user.id }, teamId);
    revalidatePath("/", "layout");
    return { ok: true, message: "Switched team." };
  },
  { label: "team", invalid: "Team not found." },
);

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) revokeSession(getDb(), user.id, user.sessionId);
  await signOut({ redirectTo: "/signin" });
}
