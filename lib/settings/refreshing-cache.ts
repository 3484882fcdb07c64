import { logger } from "../logger";
import { threadChannel } from "../threads/thread-channel";

interface Slot<T> {
  value?: T;
  loadedAt: number;
  /** Bumped by set() and invalidate(), so a load that started earlier cannot store old data. */
  generation: number;
  loading?: Promise<T>;
}

export interface RefreshingCache<T> {
  /** The cached value, reloaded when older than maxAgeMs; concurrent callers share one load. */
  get(): Promise<T>;
  /** Replaces the value at once (after this process changed it). */
  set(value: T): void;
  /** Makes the next get() reload. */
  invalidate(): void;
}

/**
 * A value read from the database at most every maxAgeMs, so other instances sharing the
 * database see a change within that time; the other threads of this process are told at once.
 * Held on globalThis under `key`: Next bundles its own copy of lib/, and server.ts loads
 * another, but there must be one cache per thread.
 */
export function refreshingCache<T>(key: string, load: () => Promise<T>, maxAgeMs: number): RefreshingCache<T> {
  const holder = globalThis as unknown as Record<string, Slot<T> | undefined>;
  // A change made on another thread of this process (Next's, say) reaches this one at once.
  const changed = threadChannel<null>(`clicktrail:cache-changed:${key}`);
  const slot = (): Slot<T> => {
    let s = holder[key];
    if (!s) {
      const created: Slot<T> = (s = holder[key] = { loadedAt: 0, generation: 0 });
      changed.listen(() => forget(created));
    }
    return s;
  };
  const forget = (s: Slot<T>) => {
    s.generation++;
    s.loadedAt = 0;
    s.loading = undefined;
  };

  async function reload(s: Slot<T>): Promise<T> {
    const generation = s.generation;
    try {
      const value = await load();
      if (s.generation === generation) {
        s.value = value;
        s.loadedAt = Date.now();
      }
      return value;
    } catch (err) {
      // A stale value beats failing every caller while the database is briefly away.
      if (s.value === undefined) throw err;
      logger.warn({ err, cache: key }, "cache reload failed; serving the previous value");
      return s.value;
    }
  }

  return {
    get() {
      const s = slot();
      if (s.value !== undefined && Date.now() - s.loadedAt < maxAgeMs) return Promise.resolve(s.value);
      if (!s.loading) {
        const loading: Promise<T> = reload(s).finally(() => {
          if (s.loading === loading) s.loading = undefined;
        });
        s.loading = loading;
      }
      return s.loading;
    },
    set(value) {
      const s = slot();
      s.generation++;
      s.value = value;
      s.loadedAt = Date.now();
      s.loading = undefined;
      changed.post(null);
    },
    invalidate() {
      forget(slot());
      changed.post(null);
    },
  };
}
