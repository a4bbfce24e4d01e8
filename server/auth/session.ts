import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { actorForRequest, type Actor } from "@/db/queries/access";
import { sessionUser } from "@/db/queries/accounts";
import type { User } from "@/db/schema";
import { RETURN_TO_HEADER } from "@/lib/auth/callback-url";
import { auth } from "./index";

export type CurrentUser = Pick<User, "id" | "name" | "email"> & { sessionId: string };

/**
 * The signed-in user, checked against the database (session not revoked, user still exists):
 * the one session look-up of a request — cached for the request, so a layout, its page and
 * the actions they call share it. The proxy only reads the cookie (see proxy.ts).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  const userId = session?.user?.id;
  if (!sid || !userId) return null;
  const user = sessionUser(getDb(), sid);
  if (!user || user.id !== userId) return null;
  return { id: user.id, name: user.name, email: user.email, sessionId: sid };
});

/**
 * For pages: the signed-in user, or a redirect to sign in that comes back here (the page and
 * query the proxy saw requested, else `returnTo`) — as the proxy itself sends visitors without
 * a cookie; a page sends those whose session was revoked.
 */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const back = (await headers()).get(RETURN_TO_HEADER) ?? returnTo;
    redirect(back && back !== "/" ? `/signin?callbackUrl=${encodeURIComponent(back)}` : "/signin");
  }
  return user;
}

/**
 * The signed-in user as the data layer's Actor, one per request (and user): a layout and its
 * page share it, so the project they both read is checked once (see `Actor.readable`).
 */
export const requestActor: (userId: string) => Actor = cache(actorForRequest);
