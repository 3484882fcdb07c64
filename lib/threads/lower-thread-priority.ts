import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * How many nice levels the background threads (click store, webhook delivery) sit below the
 * threads that answer requests (docs/adr/0014-background-threads-yield-the-cpu.md).
 */
export const BACKGROUND_NICENESS = 3;

/** The calling thread's kernel ID (Linux: /proc/thread-self links to <pid>/task/<tid>). */
export function currentThreadId(): number {
  return Number(path.basename(fs.readlinkSync("/proc/thread-self")));
}

/**
 * Lowers the calling thread's CPU priority by `steps` nice levels; returns its thread ID and
 * new nice value, or null where that is not possible. Linux keeps a nice value per thread and
 * setpriority(2) given a thread ID changes that thread alone. Lowering needs no privilege
 * (raising it back would), so this is one-way.
 */
export function lowerThreadPriority(steps: number): { tid: number; nice: number } | null {
  if (process.platform !== "linux") return null;
  try {
    const tid = currentThreadId();
    const nice = Math.min(19, os.getPriority(tid) + steps);
    os.setPriority(tid, nice);
    return { tid, nice };
  } catch {
    return null;
  }
}
