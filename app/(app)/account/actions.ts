"use server";

import { revalidatePath } from "next/cache";
import { changePassword, revokeAllSessions, updateProfile } from "@/db/queries/accounts";
import { signOut } from "@/server/auth";
import { formAction } from "@/server/actions/form";
import { changePasswordSchema, profileSchema } from "@/lib/validation/auth";
import { getDb } from "@/db";
import { getCurrentUser } from "@/server/auth/session";

export const updateProfileAction = formAction(profileSchema, (input, { user, db }) => {
  updateProfile(db, user.id, input);
  revalidatePath("/", "layout");
  return { message: "Name saved." };
});

export const changePasswordAction = formAction(changePasswordSchema, async (input, { user, db }) => {
  await changePassword(db, user.id, input, user.sessionId);
  revalidatePath("/account");
  return { message: "Password changed. Your other browsers have been signed out." };
});

/** Revokes every session of the user, this one included, then clears this browser's cookie. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) revokeAllSessions(getDb(), user.id);
  await signOut({ redirectTo: "/signin?signedOut=everywhere" });
}

