/**
 * Production entry (`npm start`): validates config, migrates, ensures an admin, then serves.
 * The public endpoints (/redirect, /l signed links, /o open pixels) are answered on this
 * thread by a lean Node http layer calling the same framework-agnostic function the App Router
 * routes mount (docs/adr/0003-redirect-endpoint.md); everything else is proxied to Next.js,
 * which runs in its own thread so that no page or query holds up a redirect
 * (docs/adr/0013-next-in-its-own-thread.md).
 */
import http from "node:http";
import { ConfigError, parseConfig } from "./lib/config";
import { startClickStoreThread } from "./lib/click-pipeline/start-click-store-thread";
import { startDeliveryThread } from "./lib/webhooks/delivery/start-delivery-thread";
import { createNextProxy } from "./lib/http/proxy-to-next";
import { logger } from "./lib/logger";
import {
  createPublicRequestHandler,
  isPublicPath,
  type PublicRequestHandler,
} from "./lib/public-endpoints/handle-public-request";
import { hasMalformedEscapes } from "./lib/http/malformed-path";
import { MAX_HEADER_BYTES } from "./lib/http/max-header-bytes";
import { writePlainResponse } from "./lib/http/write-plain-response";
import { startNextThread } from "./lib/next-thread/start-next-thread";
import { installThreadParts } from "./lib/threads/thread-parts";
import { buildThreadParts, closeThreadParts } from "./lib/wiring/build-thread-parts";
import { prepareInstance } from "./lib/wiring/prepare-instance";

const SHUTDOWN_GRACE_MS = 30_000;
const KEEP_ALIVE_GRACE_MS = 5_000;
const WEBHOOK_GRACE_MS = 3_000;
const NEXT_GRACE_MS = 3_000;

async function main() {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw err;
  }
  (process.env as Record<string, string>).NODE_ENV = "production";
  process.env.CLICKTRAIL_SERVER = "1";
  process.env.NEXTAUTH_URL ??= config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;

  // This thread's parts, built once; the services below read them (lib/threads/thread-parts.ts).
  const parts = buildThreadParts(config, { clickStore: startClickStoreThread(config.DATABASE_URL) });
  installThreadParts(parts);
  await prepareInstance(config);
  const handlePublic = createPublicRequestHandler(parts);

  const nextThread = await startNextThread({
    hostname: config.HOST,
    port: config.PORT,
    onCrash: (code) => {
      logger.fatal({ code }, "Next.js thread ended; shutting down so the server is restarted whole");
      void stop("next-thread-exit", 1);
    },
  });
  const proxyToNext = createNextProxy(nextThread.socketPath);
  const stopDeliveries = startDeliveryThread();

  let stopping = false;
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    // While stopping, ask keep-alive clients to go so the server can close.
    if (stopping) res.setHeader("connection", "close");
    if (req.url && isPublicPath(req.url)) servePublicLean(handlePublic, req, res);
    else if (req.url && hasMalformedEscapes(req.url)) badRequest(res);
    else proxyToNext(req, res);
  });

  server.listen(config.PORT, config.HOST, () => {
    logger.info({ url: `http://localhost:${config.PORT}` }, "Clicktrail is ready");
  });

  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    setTimeout(() => {
      logger.error("shutdown took too long, exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // No new connections; requests already in progress finish and queue their clicks.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), KEEP_ALIVE_GRACE_MS).unref();
    });
    const buffer = parts.clickBuffer;
    const drained = await buffer.drain(SHUTDOWN_GRACE_MS - KEEP_ALIVE_GRACE_MS - WEBHOOK_GRACE_MS - NEXT_GRACE_MS - 3000);
    logger.info({ stored: buffer.stored, pending: buffer.pending, dropped: buffer.dropped, drained }, "click buffer flushed");
    await parts.clickStore.close();
    // After the clicks: their events are in the outbox; sends cut short go out after a restart.
    await stopDeliveries(WEBHOOK_GRACE_MS);
    await nextThread.stop(NEXT_GRACE_MS);
    await closeThreadParts(parts);
    process.exit(exitCode);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  // After an uncaught exception the process state is unknown: stop as on SIGTERM, so the
  // buffered clicks are written, and exit 1 for the supervisor to restart it (docs/adr/0015).
  onUncaughtException = (err) => {
    logger.fatal({ err }, "uncaught exception; stopping gracefully to be restarted");
    void stop("uncaughtException", 1);
  };
}

function servePublicLean(handlePublic: PublicRequestHandler, req: http.IncomingMessage, res: http.ServerResponse) {
  let result;
  try {
    result = handlePublic({
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers: req.headers,
      remoteAddress: req.socket.remoteAddress ?? null,
    });
  } catch (err) {
    unavailable(res, err);
    return;
  }
  // A cache hit comes back as a value: answered in this tick, without a promise.
  if (result instanceof Promise)
    result.then(
      (r) => writePlainResponse(req, res, r),
      (err: unknown) => unavailable(res, err),
    );
  else writePlainResponse(req, res, result);
}

/** Next.js would answer a path it cannot decode with a 500 (lib/http/malformed-path.ts). */
function badRequest(res: http.ServerResponse) {
  res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end("Bad Request: the address holds a malformed percent-escape.");
}

/** Only a lookup (redirect or signing keys, database unreachable) fails: a retryable 503. */
function unavailable(res: http.ServerResponse, err: unknown) {
  logger.error({ err }, "redirect lookup failed");
  if (!res.headersSent) {
    res.writeHead(503, { "content-type": "text/plain", "retry-after": "5", "cache-control": "no-store" });
  }
  res.end("Service temporarily unavailable");
}

// A rejected promise nobody awaited ended one operation, not the process: it is logged as the
// bug it is and the server goes on (docs/adr/0015). Until the server is up, any fault exits.
process.on("unhandledRejection", (reason) => {
  logger.error({ err: reason }, "unhandled promise rejection");
});
let onUncaughtException: (err: Error) => void = (err) => {
  logger.fatal({ err }, "uncaught exception while starting");
  process.exit(1);
};
process.on("uncaughtException", (err) => onUncaughtException(err));

main().catch((err) => {
  // A configuration problem found while preparing (AUTH_SECRET_FILE) reads like one found at parse time.
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\nSee the configuration table in README.md.\n`);
  else logger.fatal({ err }, "failed to start");
  process.exit(1);
});
