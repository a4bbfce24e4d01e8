"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { revokeSession } from "@/db/queries/accounts";
import { switchTeam } from "@/db/queries/teams";
import { signOut } from "@/lib/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { idSchema } from "@/lib/validation/common";

export async function switchTeamAction(teamId: string): Promise<{ ok: boolean; message?: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  const parsed = idSchema.safeParse(teamId);
  if (!parsed.success) return { ok: false, message: "Team not found." };
  try {
    switchTeam(getDb(), { userId: user.id }, parsed.data);
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath("/", "layout");
  return { ok: true };
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) revokeSession(getDb(), user.id, user.sessionId);
  await signOut({ redirectTo: "/signin" });
}
