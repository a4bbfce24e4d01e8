import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { createSession, verifyCredentials } from "@/db/queries/accounts";
import { authSecret } from "@/lib/env";
import { clientIpOf } from "@/lib/http/client-address";
import { signInSchema } from "@/lib/validation/auth";
import { sessionToken } from "./token";

/** Refused sign-in; `code` reaches the sign-in form ("locked:12" = try again in 12 minutes). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const config = (): NextAuthConfig => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const db = getDb();
        const result = await verifyCredentials(db, { ...parsed.data, ip: clientIpOf(request.headers) });
        if (!result.ok) {
          if (result.reason === "locked") throw new SignInRefused(`locked:${result.retryAfterMinutes}`);
          return null;
        }
        const sid = createSession(db, result.user.id, request.headers.get("user-agent"));
        return { id: result.user.id, name: result.user.name, email: result.user.email, sid };
      },
    }),
  ],
  callbacks: {
    jwt: sessionToken,
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session as { sid?: string }).sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  logger: {
    error(error) {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(config);
