import { LoadingCache } from "../cache/loading-cache";
import { logger } from "../logger";
import { createThreadChannel } from "../threads/thread-channel";
import { threadPart } from "../threads/thread-parts";
import type { ServableRedirect } from "./serve";

/**
 * The serve-time lookup, from memory (docs/adr/0008-click-pipeline.md). An entry younger than
 * REFRESH_AFTER_MS is used as is; between that and MAX_AGE_MS it is used while a background
 * reload runs; older entries are reloaded before use. Edits in this process invalidate at
 * once, in every thread; edits by other instances or processes (CLI) are seen within
 * MAX_AGE_MS. If a reload fails (database unreachable) the last known answer keeps being
 * served, but not after the redirect was edited. Unknown IDs are cached too, so a flood of
 * 404s does not reach the database.
 */
export const REFRESH_AFTER_MS = 250;
export const MAX_AGE_MS = 500;
const MAX_ENTRIES = 50_000;

export type RedirectCache = LoadingCache<string, ServableRedirect | null>;

declare module "../threads/thread-parts" {
  interface ThreadParts {
    redirectCache: RedirectCache;
  }
}

/** One per thread; the thread channel carries the IDs of edited redirects between them. */
export function createRedirectCache(load: (id: string) => Promise<ServableRedirect | null>): RedirectCache {
  return new LoadingCache({
    load,
    refreshAfterMs: REFRESH_AFTER_MS,
    maxAgeMs: MAX_AGE_MS,
    maxEntries: MAX_ENTRIES,
    fallbackAfterInvalidate: false,
    onStaleServed: (err, id) => logger.warn({ err, id }, "redirect lookup failed, serving the last known answer"),
    channel: createThreadChannel<string>("clicktrail:redirect-invalidated"),
  });
}

export function getRedirectCache(): RedirectCache {
  return threadPart("redirectCache");
}

/** After an edit: this thread's cache forgets the redirect at once, the other threads' within milliseconds. */
export function invalidateRedirect(id: string): void {
  getRedirectCache().invalidate(id);
}
