import { getLogo } from "@/db/queries/credit-assets";
import { apiRoute } from "@/server/actions/api";

/** Served SVGs can't run script or load anything, even when opened directly. */
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
const PNG_CSP = "default-src 'none'; sandbox";

/**
 * GET /api/projects/:id/credits/assets/:assetId — a logo's image (any member of the team).
 * The type is the stored one, never sniffed; an SVG is served with a CSP that forbids
 * scripts and external loads. Assets never change once stored, so browsers may cache them.
 */
export const GET = apiRoute<{ projectId: string; assetId: string }>(async (_req, { user, db }, { projectId, assetId }) => {
  const { mime, data } = getLogo(db, { userId: user.id }, projectId, assetId);
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": mime,
      "content-length": String(data.byteLength),
      "x-content-type-options": "nosniff",
      "content-security-policy": mime === "image/svg+xml" ? SVG_CSP : PNG_CSP,
      "cross-origin-resource-policy": "same-origin",
      "content-disposition": `inline; filename="logo-${assetId}.${mime === "image/svg+xml" ? "svg" : "png"}"`,
      "cache-control": "private, max-age=86400, immutable",
    },
  });
});
