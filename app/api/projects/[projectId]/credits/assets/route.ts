import { requireProjectPermission } from "@/db/queries/access";
import { addLogo } from "@/db/queries/credit-assets";
import { apiError, apiRoute, readMultipart } from "@/server/actions/api";
import { formatBytes } from "@/lib/text/bytes";
import { logoTooBigMessage, MAX_LOGO_BODY_BYTES, MAX_LOGO_BYTES } from "@/lib/uploads/limits";

const tooLarge = () => apiError(413, `The upload is too large; a logo can be at most ${formatBytes(MAX_LOGO_BYTES)}.`, { file: [`Choose a file under ${formatBytes(MAX_LOGO_BYTES)}.`] });

/**
 * POST /api/projects/:id/credits/assets (multipart/form-data: file, alt, revision) — uploads a
 * PNG or SVG logo and adds it to the working credit list (Editors and Owners).
 * 201 { assetId, revision }; 415 for a body that isn't multipart; 413 for one over 2.5 MB, refused from its Content-Length or
 * as soon as the stream passes the limit, never read whole; 422 for an invalid image or a
 * missing description; 409 when the list changed since `revision`.
 */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  const actor = { userId: user.id };
  requireProjectPermission(db, actor, projectId, "project:write");

  const form = await readMultipart(req, MAX_LOGO_BODY_BYTES, { tooLarge, unreadable: "Send the logo as multipart/form-data with the fields “file”, “alt” and “revision”." });
  if (form instanceof Response) return form;

  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return apiError(422, "Choose a PNG or SVG file.", { file: ["Choose a PNG or SVG file."] });
  const fileName = file.name.slice(0, 255);
  if (file.size > MAX_LOGO_BYTES) {
    const message = logoTooBigMessage(fileName, file.size);
    return apiError(413, message, { file: [message] });
  }
  const revisionField = form.get("revision");
  const revision = typeof revisionField === "string" && /^\d{1,15}$/.test(revisionField.trim()) ? Number(revisionField.trim()) : null;
  if (revision === null) return apiError(422, "The credit list revision is missing; reload the page and try again.", { revision: ["Reload the page."] });
  const alt = form.get("alt");

  const result = addLogo(db, actor, projectId, {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName,
    alt: typeof alt === "string" ? alt : "",
    expectedRevision: revision,
  });
  return Response.json(result, { status: 201 });
});
