import { performance, type EventLoopUtilization } from "node:perf_hooks";
import type { Worker } from "node:worker_threads";
import { logger } from "../../logger";
import { startTsWorker } from "../../threads/start-ts-worker";
import type { DeliveryThreadMessage, DeliveryThreadReply } from "./delivery-thread";

const RESTART_DELAY_MS = 5000;
const LOAD_SAMPLE_MS = 100;
/** Event-loop utilization of the calling (redirect) thread that marks it saturated, and clear again. */
const BUSY_ABOVE = 0.85;
const CALM_BELOW = 0.6;

/**
 * Runs the delivery loop in its own thread (delivery-thread.ts), restarted if it dies, and
 * tells it when this thread — the one answering redirects — is saturated, so that sending
 * yields to redirects on a small machine (docs/adr/0011-webhook-outbox.md); it also runs a
 * few nice levels below (docs/adr/0014-background-threads-yield-the-cpu.md). Returns the
 * graceful stop.
 */
export function startDeliveryThread(): (graceMs: number) => Promise<void> {
  let stopping = false;
  let busy = false;
  let worker: Worker = start();

  let last: EventLoopUtilization = performance.eventLoopUtilization();
  const monitor = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, last);
    last = now;
    const next = busy ? utilization >= CALM_BELOW : utilization >= BUSY_ABOVE;
    if (next === busy) return;
    busy = next;
    worker.postMessage({ type: "busy", busy } satisfies DeliveryThreadMessage);
  }, LOAD_SAMPLE_MS).unref();

  function start(): Worker {
    const w = startTsWorker("lib/webhooks/delivery/delivery-thread.ts", {}, { background: true });
    if (busy) w.postMessage({ type: "busy", busy } satisfies DeliveryThreadMessage);
    w.on("error", (err) => logger.error({ err }, "webhook delivery thread failed"));
    w.on("exit", (code) => {
      if (stopping) return;
      logger.error({ code }, "webhook delivery thread exited; restarting");
      setTimeout(() => {
        if (!stopping) worker = start();
      }, RESTART_DELAY_MS).unref();
    });
    return w;
  }

  return async (graceMs) => {
    stopping = true;
    clearInterval(monitor);
    const w = worker;
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      w.once("exit", done);
      w.on("message", (reply: DeliveryThreadReply) => reply.type === "stopped" && done());
      setTimeout(done, graceMs + 2000).unref();
      w.postMessage({ type: "stop", graceMs } satisfies DeliveryThreadMessage);
    });
    await w.terminate();
  };
}
