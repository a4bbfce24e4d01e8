import type { ImportDirectory, ImportFailure, commitRequest, parseUpload } from "@/lib/roster/import/requests";

/** What the request thread asks the import worker to do. Bytes travel as transferred buffers. */
export type ImportJob =
  | { task: "parse"; fileName: string; bytes: Uint8Array; sheet?: string }
  | { task: "preview"; body: Uint8Array; directory: ImportDirectory }
  | { task: "commit"; body: Uint8Array; directory: ImportDirectory };

export type ParseResult = Awaited<ReturnType<typeof parseUpload>>;
/** The preview's JSON reply, serialized in the worker. */
export type PreviewResult = { json: string } | ImportFailure;
export type CommitResult = ReturnType<typeof commitRequest>;
