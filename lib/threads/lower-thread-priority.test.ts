import { once } from "node:events";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { BACKGROUND_NICENESS, currentThreadId } from "./lower-thread-priority";
import { startTsWorker } from "./start-ts-worker";
import { threadNiceValues } from "./thread-nice-values.fixture";

type Report = { tid: number; nice: number };

async function report(steps: number | undefined, opts: { background?: boolean } = {}): Promise<Report> {
  const worker = startTsWorker("tests/support/lower-priority-in-thread.ts", { steps }, opts);
  const [reported] = (await once(worker, "message")) as [Report];
  expect(threadNiceValues().get(reported.tid)).toBe(reported.nice);
  await worker.terminate();
  return reported;
}

describe.runIf(process.platform === "linux")("thread priority", () => {
  const own = () => os.getPriority(currentThreadId());

  it("lowerThreadPriority lowers the calling thread alone, not its creator", async () => {
    const before = own();
    const lowered = await report(3);
    expect(lowered.nice).toBe(Math.min(19, before + 3));
    expect(lowered.tid).not.toBe(currentThreadId());
    expect(own()).toBe(before);
  });

  it("stops at the lowest priority, 19", async () => {
    expect((await report(40)).nice).toBe(19);
  });

  it("a background worker runs BACKGROUND_NICENESS levels below its creator; others at its level", async () => {
    const before = own();
    expect((await report(undefined, { background: true })).nice).toBe(Math.min(19, before + BACKGROUND_NICENESS));
    expect((await report(undefined)).nice).toBe(before);
  });
});
