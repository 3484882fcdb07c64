/**
 * Run in a worker thread by lib/threads/thread-channel.test.ts: changes the caches as Next's
 * thread does after an edit, on parts of its own, then says so.
 */
import { parentPort, workerData } from "node:worker_threads";
import { singleValueCache } from "../../lib/cache/single-value-cache";
import { createRedirectCache, invalidateRedirect } from "../../lib/redirects/redirect-cache";
import { installThreadParts } from "../../lib/threads/thread-parts";

const { redirectId, cacheName } = workerData as { redirectId: string; cacheName: string };
installThreadParts({ redirectCache: createRedirectCache(async () => null) });
invalidateRedirect(redirectId);
singleValueCache(cacheName, async () => "unused", 60_000).invalidate();
parentPort!.postMessage("changed");
