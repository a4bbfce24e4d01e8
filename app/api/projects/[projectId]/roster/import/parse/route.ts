import { requireProjectPermission } from "@/db/queries/access";
import { apiError, apiRoute } from "@/lib/actions/api";
import { guessMapping } from "@/lib/roster/import/mapping";
import { MAX_BYTES, tooBigMessage } from "@/lib/roster/import/limits";
import { parseRosterFile } from "@/lib/roster/import/parse";
import { isImportError } from "@/lib/roster/import/types";
import { idSchema } from "@/lib/validation/common";

/** POST (multipart: file, sheet?) — reads an uploaded CSV, TSV or XLSX into a table and guesses the column mapping. */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  if (!idSchema.safeParse(projectId).success) return apiError(404, "Project not found.");
  requireProjectPermission(db, { userId: user.id }, projectId, "project:write");
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BYTES + 64 * 1024) return apiError(413, tooBigMessage(declared));
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return apiError(400, "Send the file as multipart/form-data in a field named “file”.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) return apiError(422, "Choose a file to import.");
  if (file.size > MAX_BYTES) return apiError(413, tooBigMessage(file.size));
  const sheet = form.get("sheet");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parsed = await parseRosterFile(file.name.slice(0, 255), bytes, typeof sheet === "string" && sheet ? { sheet } : {});
  if (isImportError(parsed)) return Response.json({ error: { status: 422, message: parsed.error }, sheetNames: parsed.sheetNames }, { status: 422 });
  return Response.json({ table: parsed, mapping: guessMapping(parsed.headers), fileName: file.name.slice(0, 255) });
});
