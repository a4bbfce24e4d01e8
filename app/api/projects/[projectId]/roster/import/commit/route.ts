import { revalidatePath } from "next/cache";
import { commitImport } from "@/db/queries/roster-import";
import { apiError, apiRoute, readJson } from "@/lib/actions/api";
import { validateMapping } from "@/lib/roster/import/mapping";
import { idSchema } from "@/lib/validation/common";
import { IMPORT_JSON_MAX_BYTES, importCommitSchema } from "@/lib/validation/roster-import";

/** POST { table, mapping, edits, skipErrors } — imports in one transaction (all or nothing). */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  if (!idSchema.safeParse(projectId).success) return apiError(404, "Project not found.");
  const input = await readJson(req, importCommitSchema, IMPORT_JSON_MAX_BYTES);
  if (input instanceof Response) return input;
  const mappingErrors = validateMapping(input.mapping);
  if (mappingErrors.length > 0) return apiError(422, mappingErrors.join(" "));
  const result = commitImport(db, { userId: user.id }, projectId, input);
  revalidatePath(`/projects/${projectId}`, "layout");
  revalidatePath("/people");
  return Response.json({ result });
});
