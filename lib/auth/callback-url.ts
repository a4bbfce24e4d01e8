/**
 * Where to go after signing in: only a path on this site (never another origin,
 * never "//evil.example"), else the fallback.
 */
export function safeCallbackUrl(value: unknown, fallback = "/projects"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 500) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  if (value.startsWith("/signin") || value.startsWith("/signup") || value.startsWith("/api/")) return fallback;
  return value;
}

/** The request header in which the proxy tells a page its own path and query (a sign-in's way back). */
export const RETURN_TO_HEADER = "x-hatrack-return-to";
