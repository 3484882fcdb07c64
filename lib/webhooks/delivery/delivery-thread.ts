/**
 * The webhook delivery worker's thread (started by start-delivery-thread.ts from server.ts):
 * building, signing and sending events, and the database work around them, stay off the
 * thread that answers redirects.
 */
import { parentPort, workerData } from "node:worker_threads";
import { getConfig } from "../../config";
import { disconnectDb } from "../../db/client";
import { createDeliveryWorker } from "./delivery-loop";

export type DeliveryThreadMessage = { type: "stop"; graceMs: number } | { type: "busy"; busy: boolean };
export type DeliveryThreadReply = { type: "stopped" };

const worker = createDeliveryWorker({ ...(workerData as object), allowPrivate: getConfig().ALLOW_PRIVATE_WEBHOOKS });
worker.start();

parentPort!.on("message", async (message: DeliveryThreadMessage) => {
  if (message.type === "busy") return worker.setBusy(message.busy);
  await worker.stop(message.graceMs);
  await disconnectDb();
  parentPort!.postMessage({ type: "stopped" } satisfies DeliveryThreadReply);
});
