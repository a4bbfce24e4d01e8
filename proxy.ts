import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/server/auth";
import { RETURN_TO_HEADER } from "@/lib/auth/callback-url";
import { isHttps, newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "@/lib/http/security-headers";

/**
 * Every page request passes here, for two things:
 * - the Content-Security-Policy with a fresh nonce, set on the request too (Next reads the
 *   nonce from it and puts it on its scripts) and on the response, plus HSTS over https;
 * - the optimistic gate: visitors without a valid session cookie are sent to sign in before a
 *   protected page renders. It reads the cookie only (no database): it is not the security
 *   boundary — getCurrentUser checks the session once per request (a revoked session is sent to
 *   sign in by the page), and every page, action and route handler checks access in db/queries.
 */
const PUBLIC_PREFIXES = ["/signin", "/signup", "/invite/", "/check/", "/api/auth/"];

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const https = isHttps(req.headers);
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce, { https, dev: process.env.NODE_ENV === "development" });

  let res: NextResponse;
  if (PUBLIC_PREFIXES.some((p) => pathname.startsWith(p)) || (await auth())) {
    const headers = new Headers(req.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    // Where a page sends a revoked session to sign in comes back to (see requireUser).
    headers.set(RETURN_TO_HEADER, pathname + search);
    res = NextResponse.next({ request: { headers } });
  } else {
    const url = new URL("/signin", req.nextUrl.origin);
    if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
    res = NextResponse.redirect(url);
  }
  res.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity(https);
  if (hsts) res.headers.set("Strict-Transport-Security", hsts);
  return res;
}

// API routes are left to their handlers (401 JSON without a session, their own security
// headers): a proxy would also cap request bodies at 10 MB, and roster imports upload files of up to 10 MB.
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|jpg|webp)$).*)"],
};
