import path from "node:path";
import { Worker } from "node:worker_threads";
import { BACKGROUND_NICENESS } from "./lower-thread-priority";

/**
 * Starts a worker thread running a TypeScript file of this project (path relative to the
 * project folder). Resolved at run time and loaded through tsx's require hook, like server.ts
 * itself: a worker does not inherit the parent's module loader. A `background` thread first
 * lowers its own CPU priority (docs/adr/0014-background-threads-yield-the-cpu.md).
 */
export function startTsWorker(file: string, workerData: unknown, opts: { background?: boolean } = {}): Worker {
  const project = /* turbopackIgnore: true */ process.cwd();
  const lower = opts.background
    ? `require(${JSON.stringify(path.join(project, "lib/threads/lower-thread-priority.ts"))}).lowerThreadPriority(${BACKGROUND_NICENESS});`
    : "";
  const bootstrap = `require("tsx/cjs"); ${lower} require(${JSON.stringify(path.join(project, file))});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
