/**
 * Run in a worker thread by lib/threads/thread-channel.test.ts: changes the caches as Next's
 * thread does after an edit, then says so.
 */
import { parentPort, workerData } from "node:worker_threads";
import { invalidateRedirect } from "../../lib/redirects/redirect-cache";
import { refreshingCache } from "../../lib/settings/refreshing-cache";

const { redirectId, cacheKey } = workerData as { redirectId: string; cacheKey: string };
invalidateRedirect(redirectId);
refreshingCache(cacheKey, async () => "unused", 60_000).invalidate();
parentPort!.postMessage("changed");
