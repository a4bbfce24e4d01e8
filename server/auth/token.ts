import type { JWT } from "next-auth/jwt";

/**
 * What the session cookie carries: the user and the session id, set at sign-in. Reading it needs
 * no database: whether the session is still active (so "sign out everywhere" takes effect at
 * once) is checked once per request, by getCurrentUser — the proxy's gate reads the cookie only.
 */
export function sessionToken({ token, user }: { token: JWT; user?: { id?: string } }): JWT {
  if (user) {
    token.sid = (user as { sid?: string }).sid;
    token.sub = user.id;
  }
  return token;
}
