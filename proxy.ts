import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";

/**
 * The optimistic gate: signed-out visitors are sent to sign in before a protected page renders.
 * It is not the security boundary — every page, action and route handler checks again in db/queries.
 */
const PUBLIC_PREFIXES = ["/signin", "/signup", "/invite/", "/check/", "/api/auth/"];

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) return NextResponse.next();
  if (await auth()) return NextResponse.next();
  const url = new URL("/signin", req.nextUrl.origin);
  if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
}

// API routes are left to their handlers (401 JSON without a session): a proxy would also cap
// request bodies at 10 MB, and roster imports upload files of up to 10 MB.
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|jpg|webp)$).*)"],
};
