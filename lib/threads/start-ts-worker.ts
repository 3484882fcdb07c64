import path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * Starts a worker thread running a TypeScript file of this project (path relative to the
 * project folder). Resolved at run time and loaded through tsx's require hook, like server.ts
 * itself: a worker does not inherit the parent's module loader.
 */
export function startTsWorker(file: string, workerData: unknown): Worker {
  const absolute = path.join(/* turbopackIgnore: true */ process.cwd(), file);
  const bootstrap = `require("tsx/cjs"); require(${JSON.stringify(absolute)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
