import type { Worker } from "node:worker_threads";
import { logger } from "../../logger";
import { startTsWorker } from "../../threads/start-ts-worker";
import type { DeliveryThreadMessage, DeliveryThreadReply } from "./delivery-thread";

const RESTART_DELAY_MS = 5000;

/** Runs the delivery worker in its own thread, restarted if it dies; returns its graceful stop. */
export function startDeliveryThread(): (graceMs: number) => Promise<void> {
  let stopping = false;
  let worker: Worker = start();

  function start(): Worker {
    const w = startTsWorker("lib/webhooks/delivery/delivery-thread.ts", {});
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
