import { requireProjectPermission } from "@/db/queries/access";
import { apiError, apiRoute, readMultipart } from "@/server/actions/api";
import { MAX_BYTES, overLimitMessage, tooBigMessage } from "@/lib/roster/import/limits";
import { importJobResponse, parseInWorker } from "@/server/import/pool";

/** The file plus the other fields and the multipart framing. */
const MAX_BODY_BYTES = MAX_BYTES + 64 * 1024;

/**
 * POST (multipart: file, sheet?) — reads an uploaded CSV, TSV or XLSX into a table and guesses
 * the column mapping. The body is streamed and refused (413) as soon as it passes the limit,
 * whatever Content-Length says; the file is parsed in the import worker, never on this thread.
 */
export const POST = apiRoute<{ projectId: string }>(async (req, { user, db }, { projectId }) => {
  requireProjectPermission(db, { userId: user.id }, projectId, "project:write");
  const form = await readMultipart(req, MAX_BODY_BYTES, {
    tooLarge: () => {
      const declared = Number(req.headers.get("content-length")) || 0;
      return apiError(413, declared > MAX_BODY_BYTES ? tooBigMessage(declared) : overLimitMessage());
    },
    unreadable: "Send the file as multipart/form-data in a field named “file”.",
  });
  if (form instanceof Response) return form;
  const file = form.get("file");
  if (!(file instanceof File)) return apiError(422, "Choose a file to import.");
  if (file.size > MAX_BYTES) return apiError(413, tooBigMessage(file.size));
  const sheet = form.get("sheet");
  const fileName = file.name.slice(0, 255);
  return importJobResponse(async () => {
    const result = await parseInWorker(fileName, new Uint8Array(await file.arrayBuffer()), typeof sheet === "string" && sheet ? sheet.slice(0, 255) : undefined);
    if ("failure" in result) {
      const { status, message, sheetNames, hiddenSheets } = result.failure;
      return Response.json({ error: { status, message }, sheetNames, hiddenSheets }, { status });
    }
    return new Response(result.json, { headers: { "content-type": "application/json" } });
  });
});
