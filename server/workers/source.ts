import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * Under Vitest and tsx (tests, the bench) a worker module is TypeScript source: the worker
 * loads tsx first, then the module, through a small CommonJS bootstrap. In the Next build the
 * caller writes `new Worker(new URL("./worker.ts", import.meta.url))` itself, which Turbopack
 * bundles as the worker's own entry.
 *
 * `beside`: the caller's `import.meta.url`; `file`: the worker module next to it.
 */
export function isSource(beside: string): boolean {
  return beside.endsWith(".ts");
}

export function workerFromSource(beside: string, file: string, resourceLimits: ResourceLimits): Worker {
  const entry = path.join(path.dirname(fileURLToPath(beside)), file);
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(require("node:url").pathToFileURL(require("node:worker_threads").workerData.entry).href); });`;
  return new Worker(bootstrap, { eval: true, workerData: { entry }, resourceLimits });
}
