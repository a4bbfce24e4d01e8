import { previewImport } from "@/db/queries/roster-import";
import { apiError, apiRoute, readJson } from "@/lib/actions/api";
import { validateMapping } from "@/lib/roster/import/mapping";
import { idSchema } from "@/lib/validation/common";
import { IMPORT_JSON_MAX_BYTES, importPreviewSchema } from "@/lib/validation/roster-import";

/** POST { table, mapping, edits } — the preview: each row's person, role, errors and warnings, and the totals. */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  if (!idSchema.safeParse(projectId).success) return apiError(404, "Project not found.");
  const input = await readJson(req, importPreviewSchema, IMPORT_JSON_MAX_BYTES);
  if (input instanceof Response) return input;
  const mappingErrors = validateMapping(input.mapping);
  if (mappingErrors.length > 0) return apiError(422, mappingErrors.join(" "));
  return Response.json({ preview: previewImport(db, { userId: user.id }, projectId, input.table, input.mapping, input.edits) });
});
