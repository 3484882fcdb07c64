import type { Worker } from "node:worker_threads";
import { providerOf } from "../db/provider";
import { startTsWorker } from "../threads/start-ts-worker";
import type { ClickStore } from "../clicks/click-store";
import type { StoreReply, StoreRequest } from "./click-store-thread";

/**
 * Starts the click store's thread (click-store-thread.ts, docs/adr/0008-click-pipeline.md) and
 * returns its handle for server.ts: a ClickStore that only hands the captured facts over. On
 * SQLite the thread runs a few nice levels below the one answering redirects
 * (docs/adr/0014-background-threads-yield-the-cpu.md). A thread that dies fails the batches
 * in flight (the buffer retries them) and is restarted on the next batch.
 */
export function startClickStoreThread(databaseUrl: string): ClickStore {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>();

  function failAll(err: Error) {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  }

  function start(): Worker {
    // On PostgreSQL half the storing is the database server's work, at normal priority: a lowered
    // thread there left 2.2 s of clicks unstored after 8 s at full speed, 0.7 s unlowered (ADR 0014).
    const background = providerOf(databaseUrl) === "sqlite";
    const w = startTsWorker("lib/click-pipeline/click-store-thread.ts", { databaseUrl }, { background });
    w.on("message", (reply: StoreReply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.ok) pending?.resolve();
      else pending?.reject(new Error(reply.message));
    });
    w.on("error", (err) => failAll(err));
    w.on("exit", (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`click-store thread exited with code ${code}`));
    });
    return w;
  }

  return {
    store(clicks) {
      worker ??= start();
      const req: StoreRequest = { id: nextId++, clicks };
      return new Promise<void>((resolve, reject) => {
        waiting.set(req.id, { resolve, reject });
        worker!.postMessage(req);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
