/**
 * The import worker thread: parses uploads and builds previews and commit rows (see
 * lib/roster/import/requests.ts) off the request thread. Started by ./pool.ts; bundled by
 * Next as a separate entry (the `new Worker(new URL(…))` there).
 */
import { parentPort } from "node:worker_threads";
import { commitRequest, parseUpload, previewRequest } from "@/lib/roster/import/requests";
import type { ImportJob } from "./jobs";

const decoder = new TextDecoder();

async function run(job: ImportJob): Promise<unknown> {
  switch (job.task) {
    case "parse":
      return parseUpload(job.fileName, job.bytes, job.sheet);
    case "preview": {
      // The reply is sent to the browser as it is: serialized here, not on the request thread.
      const result = previewRequest(decoder.decode(job.body), job.directory);
      return "failure" in result ? result : { json: JSON.stringify(result) };
    }
    case "commit":
      return commitRequest(decoder.decode(job.body), job.directory);
  }
}

parentPort!.on("message", async ({ id, request }: { id: number; request: ImportJob }) => {
  try {
    parentPort!.postMessage({ id, ok: true, result: await run(request) });
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
