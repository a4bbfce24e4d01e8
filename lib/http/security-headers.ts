/**
 * The security headers of every response. Pages get a nonce-based Content-Security-Policy
 * from proxy.ts (Next reads the nonce from the request's policy and puts it on its own
 * scripts; pages must render per request, which they all do); API responses, which are
 * never HTML, get a policy that allows nothing. The rest is the same everywhere and is set
 * in next.config.ts.
 */

/**
 * A page's policy. Scripts: only those carrying this response's nonce, and what they load
 * ('strict-dynamic'). Styles: 'unsafe-inline', because React renders `style` attributes
 * (chart sizes, drag positions, progress bars) and CSP cannot allow attributes by nonce; a
 * nonce in style-src would also switch 'unsafe-inline' off. Images: same origin, plus data:
 * and blob: for the chart downloads. Nothing may frame the app.
 * `https` adds upgrade-insecure-requests; `dev` allows eval, which React's dev build needs.
 */
export function pageContentSecurityPolicy(nonce: string, options: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** API responses are JSON and downloads, never pages: they may load, run and frame nothing. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A fresh nonce per response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Headers every response carries (next.config.ts sets them on every path). */
export const COMMON_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // Name-check links carry their token in the path: never send it to another site.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * HSTS, only on a response that went out over https (a browser ignores it over http, and a
 * development machine on http must not be told to insist on https). A year, subdomains too.
 */
export function strictTransportSecurity(https: boolean): string | null {
  return https ? "max-age=31536000; includeSubDomains" : null;
}

/** Whether the request reached us over https: X-Forwarded-Proto, which the server only keeps from a trusted proxy. */
export function isHttps(headers: { get(name: string): string | null }): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}
