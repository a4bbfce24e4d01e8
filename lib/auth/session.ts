import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { activeSessionUser, getUserById } from "@/db/queries/accounts";
import type { User } from "@/db/schema";
import { auth } from "./index";

export type CurrentUser = Pick<User, "id" | "name" | "email"> & { sessionId: string };

/**
 * The signed-in user, checked against the database (session not revoked, user still exists).
 * Cached for one request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  const userId = session?.user?.id;
  if (!sid || !userId) return null;
  const db = getDb();
  if (activeSessionUser(db, sid) !== userId) return null;
  const user = getUserById(db, userId);
  if (!user) return null;
  return { id: user.id, name: user.name, email: user.email, sessionId: sid };
});

/** For pages: the signed-in user, or a redirect to sign in that comes back here. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
  return user;
}
