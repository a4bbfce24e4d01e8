import type { NextConfig } from "next";
import { COMMON_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  // pdfkit reads its data files and the fonts from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "nodemailer", "@node-rs/argon2", "pdfkit", "fontkit", "subset-font", "wawoff2", "bidi-js", "svg-to-pdfkit", "@napi-rs/canvas"],
  poweredByHeader: false,
  typedRoutes: false,
  // Every response, pages, API and static files alike; pages add their CSP in proxy.ts and
  // API responses theirs in server/actions/api.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...COMMON_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
