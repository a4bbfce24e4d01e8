import type { ImportDirectory, ImportFailure } from "@/lib/roster/import/requests";

/** What the request thread asks the import worker to do. Bytes travel as transferred buffers. */
export type ImportJob =
  | { task: "parse"; fileName: string; bytes: Uint8Array; sheet?: string }
  | { task: "preview"; body: Uint8Array; directory: ImportDirectory }
  | { task: "commit"; body: Uint8Array; projectId: string; actor: { userId: string }; databaseFile: string };

/** The parse reply ({ table, mapping, fileName }) as JSON text, serialized in the worker. */
export type ParseResult = { json: string } | ImportFailure;
/** The preview's JSON reply, serialized in the worker. */
export type PreviewResult = { json: string } | ImportFailure;
/** What the commit wrote, or why nothing was. */
export type CommitResult = { result: { peopleAdded: number; peopleUpdated: number; entriesAdded: number; entriesSkipped: number; rowsWithErrors: number } } | ImportFailure;
