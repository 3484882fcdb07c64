import { logger } from "../logger";
import { createThreadChannel } from "../threads/thread-channel";
import { LoadingCache } from "./loading-cache";

export interface SingleValueCache<V> {
  /** The value, reloaded once older than maxAgeMs; concurrent callers share one load. */
  get(): V | Promise<V>;
  /** Replaces the value at once (after this thread changed it); the other threads reload theirs. */
  set(value: V): void;
  /** Makes the next get() reload, in every thread. */
  invalidate(): void;
  close(): void;
}

/**
 * One value (a setting, a list) read from the database at most every maxAgeMs, so other
 * instances sharing the database see a change within that time; the other threads of this
 * process hear of set() and invalidate() at once over a thread channel named after the cache.
 * A reload that fails, even after invalidate(), serves the previous value: better than failing
 * every caller while the database is briefly away. One per thread (lib/wiring/build-thread-parts.ts).
 */
export function singleValueCache<V>(name: string, load: () => Promise<V>, maxAgeMs: number): SingleValueCache<V> {
  const cache = new LoadingCache<string, V>({
    load,
    refreshAfterMs: maxAgeMs,
    maxAgeMs,
    fallbackAfterInvalidate: true,
    onStaleServed: (err) => logger.warn({ err, cache: name }, "cache reload failed; serving the previous value"),
    channel: createThreadChannel<string>(`clicktrail:cache-changed:${name}`),
  });
  // The global clock: off the redirect path Next's wrapper of it costs nothing that matters,
  // and tests move it to play another instance's change arriving.
  return {
    get: () => cache.get(name, Date.now()),
    set: (value) => cache.set(name, value, Date.now()),
    invalidate: () => cache.invalidate(name),
    close: () => cache.close(),
  };
}
