/**
 * Next.js's own thread (started by start-next-thread.ts from server.ts): pages, server actions,
 * the REST API and the scheduled retention run here, on their own event loop, so that rendering
 * a dashboard or a synchronous SQLite query for it never holds up a redirect
 * (docs/adr/0013-next-in-its-own-thread.md). It serves HTTP on a Unix socket that only
 * server.ts's proxy talks to.
 */
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import next from "next";
import { parseConfig } from "../config";
import { logger } from "../logger";
import { startRetentionSchedule } from "../privacy/retention";
import { installThreadParts } from "../threads/thread-parts";
import { buildThreadParts, closeThreadParts } from "../wiring/build-thread-parts";

export interface NextThreadData {
  socketPath: string;
  hostname: string;
  port: number;
}
export type NextThreadMessage = { type: "stop" };
export type NextThreadReply = { type: "ready" } | { type: "failed"; message: string } | { type: "stopped" };

const { socketPath, hostname, port } = workerData as NextThreadData;

async function main() {
  // Installed before Next loads its bundle, whose copy of lib/ reads them (lib/threads/thread-parts.ts).
  const parts = buildThreadParts(parseConfig(process.env));
  installThreadParts(parts);
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  const stopRetention = startRetentionSchedule();
  parentPort!.postMessage({ type: "ready" } satisfies NextThreadReply);

  parentPort!.on("message", async (message: NextThreadMessage) => {
    if (message.type !== "stop") return;
    stopRetention();
    // The proxy has stopped sending; requests still in flight finish first.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await app.close().catch(() => undefined);
    await closeThreadParts(parts);
    parentPort!.postMessage({ type: "stopped" } satisfies NextThreadReply);
  });
}

main().catch((err: Error) => {
  logger.fatal({ err }, "Next.js failed to start");
  parentPort!.postMessage({ type: "failed", message: err.message } satisfies NextThreadReply);
});
