/**
 * The webhook delivery thread (started by start-delivery-thread.ts from server.ts):
 * building, signing and sending events, and the database work around them, stay off the
 * thread that answers redirects.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readAuthSecret } from "../../auth/secret";
import { lazy } from "../../cache/lazy";
import { parseConfig } from "../../config";
import { createDb } from "../../db/client";
import { providerOf } from "../../db/provider";
import { installThreadParts } from "../../threads/thread-parts";
import { createDeliveryLoop } from "./delivery-loop";

export type DeliveryThreadMessage = { type: "stop"; graceMs: number } | { type: "busy"; busy: boolean };
export type DeliveryThreadReply = { type: "stopped" };

// This thread's parts, built once. The loop gets them as arguments; the destinations'
// secrets are opened by shared code that reads AUTH_SECRET from the installed parts.
const config = parseConfig(process.env);
const db = createDb(config.DATABASE_URL);
installThreadParts({ config, db, authSecret: lazy(() => readAuthSecret(config)) });
const loop = createDeliveryLoop({
  ...(workerData as object),
  db,
  provider: providerOf(config.DATABASE_URL),
  allowPrivate: config.ALLOW_PRIVATE_WEBHOOKS,
});
loop.start();

parentPort!.on("message", async (message: DeliveryThreadMessage) => {
  if (message.type === "busy") return loop.setBusy(message.busy);
  await loop.stop(message.graceMs);
  await db.$disconnect();
  parentPort!.postMessage({ type: "stopped" } satisfies DeliveryThreadReply);
});
