import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/common";
import { importCommitSchema, importPreviewSchema } from "@/lib/validation/roster-import";
import type { ContactChoices } from "./contact-merge";
import type { ExistingEntry, ExistingPerson } from "./context";
import type { RowEdits } from "./edits";
import type { ColumnMapping } from "./fields";
import { hatrackImportContext } from "./hatrack-context";
import { guessMapping, validateMapping } from "./mapping";
import { parseRosterFile } from "./parse";
import { rowsToWrite, type RowsToWrite } from "./rows-to-write";
import { isImportError, type ParsedTable, type Table } from "./types";
import { buildPreview, type Preview } from "./validate";

/**
 * The import API's three steps as plain functions of what a request carries: the uploaded
 * bytes, or the JSON body's text. They hold all the CPU work of an import (parsing, zod,
 * validating 20,000 rows), so the app runs them in a worker thread (server/import) and the
 * request thread only reads the body, the database and writes. Expected refusals are values.
 */

/** A refusal: the HTTP status and the message (and field errors) the API answers with. */
export type ImportFailure = { failure: { status: number; message: string; fields?: Record<string, string[] | undefined>; sheetNames?: string[]; hiddenSheets?: string[] } };

/** The team's people and the project's roster entries, as the preview matches against them. */
export type ImportDirectory = { people: ExistingPerson[]; entries: ExistingEntry[] };

const fail = (status: number, message: string, extra: Omit<ImportFailure["failure"], "status" | "message"> = {}): ImportFailure => ({ failure: { status, message, ...extra } });

/** An upload → its table and a guessed column mapping, or a 422 saying why not. */
export async function parseUpload(fileName: string, bytes: Uint8Array, sheet?: string): Promise<{ table: ParsedTable; mapping: ReturnType<typeof guessMapping> } | ImportFailure> {
  const parsed = await parseRosterFile(fileName, bytes, sheet ? { sheet } : {});
  if (isImportError(parsed)) {
    return fail(422, parsed.error, { ...(parsed.sheetNames ? { sheetNames: parsed.sheetNames } : {}), ...(parsed.hiddenSheets ? { hiddenSheets: parsed.hiddenSheets } : {}) });
  }
  return { table: parsed, mapping: guessMapping(parsed.headers) };
}

/** POST …/import/preview's body → the preview against `directory`. */
export function previewRequest(body: string, directory: ImportDirectory): { preview: Preview } | ImportFailure {
  const input = readBody(body, importPreviewSchema);
  if ("failure" in input) return input;
  return { preview: buildPreview(input.table, input.mapping, hatrackImportContext(directory), input.edits, input.contacts) };
}

/** POST …/import/commit's body → the rows to insert (see `planCommit`). */
export function commitRequest(body: string, directory: ImportDirectory): CommitPlan | ImportFailure {
  const input = readBody(body, importCommitSchema);
  if ("failure" in input) return input;
  return planCommit(input, directory);
}

export type CommitPlan = { rows: RowsToWrite; entriesSkipped: number; rowsWithErrors: number };

/**
 * An import's rows to insert, from one preview built here against `directory` (the client's
 * copy of the preview is never trusted). Rows with errors refuse the import unless
 * `skipErrors`. The commit needs no "did you mean" suggestions, so none are searched for.
 */
export function planCommit(
  input: { table: Table; mapping: ColumnMapping; edits?: RowEdits; contacts?: ContactChoices; skipErrors?: boolean },
  directory: ImportDirectory,
): CommitPlan | ImportFailure {
  const preview = buildPreview(input.table, input.mapping, { ...hatrackImportContext(directory), suggestRoles: () => [] }, input.edits, input.contacts);
  const rowsWithErrors = preview.summary.withErrors;
  if (rowsWithErrors > 0 && !input.skipErrors) {
    return fail(422, `${rowsWithErrors} ${rowsWithErrors === 1 ? "row has" : "rows have"} errors. Fix them, or choose to skip them.`);
  }
  return { rows: rowsToWrite(preview), entriesSkipped: preview.summary.entriesSkipped, rowsWithErrors };
}

function readBody<S extends typeof importPreviewSchema | typeof importCommitSchema>(body: string, schema: S): z.output<S> | ImportFailure {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail(400, "The request body must be JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return fail(422, "Some fields are not valid.", { fields: fieldErrorsOf(parsed.error) });
  const mappingErrors = validateMapping(parsed.data.mapping);
  if (mappingErrors.length > 0) return fail(422, mappingErrors.join(" "));
  return parsed.data as z.output<S>;
}
