import type { ThreadChannel } from "../threads/thread-channel";
import { currentMs } from "../time/native-clock";
import { GenerationMap } from "./generation-map";

export interface LoadingCacheOptions<K, V> {
  /** Reads a key's value from its source (the database). */
  load: (key: K) => Promise<V>;
  /** An entry younger than this is served as is. */
  refreshAfterMs: number;
  /** Up to this age an entry is served while a reload runs in the background; older, the reload is awaited. */
  maxAgeMs: number;
  /** Bound on the keys held (lib/cache/generation-map.ts); unbounded when left out. */
  maxEntries?: number;
  /**
   * After invalidate(), whether the old value may still be served if the reload fails (a setting:
   * an old value beats failing every caller) or is gone for good (a deleted redirect).
   */
  fallbackAfterInvalidate: boolean;
  /** A reload failed and the previous value is served instead. */
  onStaleServed: (err: unknown, key: K) => void;
  /** Tells the other threads' caches of this kind about set() and invalidate(), and them to this one. */
  channel?: ThreadChannel<K>;
}

interface Entry<V> {
  value: V;
  /** When the load that read it started: the value is at least this old. */
  loadedAt: number;
}

/**
 * Values read from the database and kept for a short time, so that a lookup usually costs no
 * query, while other instances sharing the database (which no message reaches) are seen within
 * maxAgeMs. Concurrent callers share one load. A usable entry is returned as a value, not a
 * promise: the redirect path's hit stays synchronous (docs/adr/0012-synchronous-redirect-hit.md).
 * If a reload fails the last known value is served. A load that started before a set() or
 * invalidate() of its key is not stored: the row it read may predate the change.
 */
export class LoadingCache<K, V> {
  private readonly entries: GenerationMap<K, Entry<V>>;
  private readonly loading = new Map<K, Promise<V>>();
  private readonly refreshAfterMs: number;
  private readonly maxAgeMs: number;

  constructor(private readonly options: LoadingCacheOptions<K, V>) {
    this.entries = new GenerationMap(options.maxEntries);
    this.refreshAfterMs = options.refreshAfterMs;
    this.maxAgeMs = options.maxAgeMs;
    options.channel?.listen((key) => this.forget(key));
  }

  /** `now`: the redirect path reads the clock Next.js leaves alone (lib/time/native-clock.ts). */
  get(key: K, now = currentMs()): V | Promise<V> {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      const age = now - entry.loadedAt;
      if (age < this.refreshAfterMs) return entry.value;
      if (age < this.maxAgeMs) {
        void this.reload(key, entry, now).catch(() => undefined);
        return entry.value;
      }
    }
    return this.reload(key, entry, now);
  }

  /** Replaces a value at once (this thread changed it); the other threads reload theirs. */
  set(key: K, value: V, now = currentMs()): void {
    this.loading.delete(key);
    this.entries.set(key, { value, loadedAt: now });
    this.options.channel?.post(key);
  }

  /** Makes the next get() of the key reload, here and in the other threads. */
  invalidate(key: K): void {
    this.forget(key);
    this.options.channel?.post(key);
  }

  /** Stops hearing the other threads. */
  close(): void {
    this.options.channel?.close();
  }

  private forget(key: K): void {
    this.loading.delete(key);
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    if (this.options.fallbackAfterInvalidate) entry.loadedAt = -Infinity;
    else this.entries.delete(key);
  }

  private reload(key: K, stale: Entry<V> | undefined, started: number): Promise<V> {
    let pending = this.loading.get(key);
    if (!pending) {
      const request: Promise<V> = this.options
        .load(key)
        .then((value) => {
          if (this.loading.get(key) === request) this.entries.set(key, { value, loadedAt: started });
          return value;
        })
        .catch((err: unknown) => {
          if (!stale) throw err;
          this.options.onStaleServed(err, key);
          return stale.value;
        })
        .finally(() => {
          if (this.loading.get(key) === request) this.loading.delete(key);
        });
      this.loading.set(key, request);
      pending = request;
    }
    return pending;
  }
}
