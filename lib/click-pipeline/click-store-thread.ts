/**
 * The click store's worker thread (started by start-click-store-thread.ts): enrichment, aggregates
 * and database writes run here, off the thread that answers redirects. better-sqlite3 is
 * synchronous, so on the main thread every batch and every WAL checkpoint would stall
 * requests in flight.
 */
import { parentPort, workerData } from "node:worker_threads";
import { BurstDetector } from "../bots/burst-detector";
import { createDb } from "../db/client";
import { createOptOutCache } from "../privacy/opt-outs";
import type { RawClick } from "../clicks/raw-click";
import { createPrivacySettingsCache } from "../settings/privacy-settings";
import { createClickStore } from "../clicks/click-store";
import { createClickWriter } from "./create-click-writer";

export interface StoreRequest {
  id: number;
  clicks: RawClick[];
}

export type StoreReply = { id: number; ok: true } | { id: number; ok: false; message: string };

// This thread's parts, built once and handed down: its own caches (a change saved on Next's
// thread reaches them over the thread channels) and burst state, its own connections.
const { databaseUrl } = workerData as { databaseUrl: string };
const db = createDb(databaseUrl);
const store = createClickStore(createClickWriter(databaseUrl), {
  privacySettings: createPrivacySettingsCache(db),
  optOuts: createOptOutCache(db),
  burst: new BurstDetector(),
});

parentPort!.on("message", async (req: StoreRequest) => {
  try {
    await store.store(req.clicks);
    parentPort!.postMessage({ id: req.id, ok: true } satisfies StoreReply);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, ok: false, message: (err as Error).message } satisfies StoreReply);
  }
});
