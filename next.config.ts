import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  // pdfkit reads its data files and the fonts from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pdfkit", "fontkit", "subset-font", "wawoff2", "bidi-js", "svg-to-pdfkit"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
