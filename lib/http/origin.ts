/**
 * Cross-site request checks for the cookie-authenticated API (server/actions/api.ts). A browser
 * sends the session cookie with a form another site submits, and a `text/plain` form needs no
 * CORS preflight; so a write must come from this origin, and say what it sends.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a request must be refused as cross-site, or null. Writes (anything but GET/HEAD/
 * OPTIONS) are refused when the browser says they come from elsewhere: an Origin whose host
 * is not this request's host (X-Forwarded-Host behind a trusted proxy, else Host), or
 * Sec-Fetch-Site other than same-origin or none. A request with neither header is not from
 * a browser (curl, scripts): it is allowed, as its cookie can't have been borrowed.
 */
export function crossSiteRefusal(method: string, headers: { get(name: string): string | null }): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  const origin = headers.get("origin");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host.toLowerCase();
    } catch {
      originHost = null;
    }
    if (!originHost || originHost !== host) return "This request came from another site. Use Hatrack itself to make changes.";
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return "This request came from another site. Use Hatrack itself to make changes.";
  return null;
}

/** Whether a Content-Type header names `type` ("application/json; charset=utf-8" is JSON). */
export function hasContentType(headers: { get(name: string): string | null }, type: "application/json" | "multipart/form-data"): boolean {
  const value = headers.get("content-type");
  return value !== null && value.split(";")[0]!.trim().toLowerCase() === type;
}
