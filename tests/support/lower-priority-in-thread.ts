/**
 * Run in a worker thread by lib/threads/lower-thread-priority.test.ts: lowers this thread's
 * priority by `steps` when given, then reports its thread ID and nice value.
 */
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { currentThreadId, lowerThreadPriority } from "../../lib/threads/lower-thread-priority";

const { steps } = workerData as { steps?: number };
if (steps !== undefined) lowerThreadPriority(steps);
const tid = currentThreadId();
parentPort!.postMessage({ tid, nice: os.getPriority(tid) });
