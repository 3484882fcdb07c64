/**
 * The webhook delivery thread (started by start-delivery-thread.ts from server.ts):
 * building, signing and sending events, and the database work around them, stay off the
 * thread that answers redirects.
 */
import { parentPort, workerData } from "node:worker_threads";
import { getConfig } from "../../config";
import { disconnectDb } from "../../db/client";
import { createDeliveryLoop } from "./delivery-loop";

export type DeliveryThreadMessage = { type: "stop"; graceMs: number } | { type: "busy"; busy: boolean };
export type DeliveryThreadReply = { type: "stopped" };

const loop = createDeliveryLoop({ ...(workerData as object), allowPrivate: getConfig().ALLOW_PRIVATE_WEBHOOKS });
loop.start();

parentPort!.on("message", async (message: DeliveryThreadMessage) => {
  if (message.type === "busy") return loop.setBusy(message.busy);
  await loop.stop(message.graceMs);
  await disconnectDb();
  parentPort!.postMessage({ type: "stopped" } satisfies DeliveryThreadReply);
});
