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
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { status: 401, message: "Sign in to use the API." } }, { status: 401 });
  }
  const url = new URL("/signin", req.nextUrl.origin);
  if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|jpg|webp)$).*)"],
};
