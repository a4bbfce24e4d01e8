/**
 * The import worker thread: parses uploads, builds previews and commits imports (see
 * lib/roster/import/requests.ts and db/queries/roster-import.ts) off the request thread.
 * Started by ./pool.ts; bundled by Next as a separate entry (the `new Worker(new URL(…))` there).
 */
import { parentPort } from "node:worker_threads";
import { openDatabase, type DB } from "@/db";
import { importDirectory, writeImport } from "@/db/queries/roster-import";
import { isDomainError } from "@/lib/errors";
import { commitRequest, parseUpload, previewRequest } from "@/lib/roster/import/requests";
import type { ImportJob } from "./jobs";

const decoder = new TextDecoder();

/** This thread's own connection to the app's database file (SQLite's WAL lets the request thread read meanwhile). */
const connections = new Map<string, DB>();
function connection(file: string): DB {
  let db = connections.get(file);
  if (!db) connections.set(file, (db = openDatabase(file).db));
  return db;
}

async function run(job: ImportJob): Promise<unknown> {
  switch (job.task) {
    case "parse": {
      // 1,000,000 cells cost the request thread 200 ms to receive as objects; as text, nothing.
      const result = await parseUpload(job.fileName, job.bytes, job.sheet);
      return "failure" in result ? result : { json: JSON.stringify({ ...result, fileName: job.fileName }) };
    }
    case "preview": {
      // The reply is sent to the browser as it is: serialized here, not on the request thread.
      const result = previewRequest(decoder.decode(job.body), job.directory);
      return "failure" in result ? result : { json: JSON.stringify(result) };
    }
    case "commit": {
      // Planned and written here, access checked again on this connection: the request thread
      // stays free, and the write is still one transaction (all or nothing).
      const db = connection(job.databaseFile);
      try {
        const { directory, key } = importDirectory(db, job.actor, job.projectId);
        const plan = commitRequest(decoder.decode(job.body), directory);
        if ("failure" in plan) return plan;
        const written = writeImport(db, job.actor, job.projectId, { rows: plan.rows, directoryKey: key });
        return { result: { ...written, entriesSkipped: plan.entriesSkipped, rowsWithErrors: plan.rowsWithErrors } };
      } catch (error) {
        if (isDomainError(error)) return { failure: { status: error.status, message: error.message } };
        throw error;
      }
    }
  }
}

parentPort!.on("message", async ({ id, request }: { id: number; request: ImportJob }) => {
  try {
    parentPort!.postMessage({ id, ok: true, result: await run(request) });
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
