import { logger } from "../logger";
import { threadChannel } from "../threads/thread-channel";
import { currentMs } from "../time/native-clock";
import { findActiveRedirect } from "./find-active-redirect";
import type { MaybePromise, ServableRedirect } from "./serve";

/**
 * The serve-time lookup, from memory (docs/adr/0008-click-pipeline.md). An entry younger than
 * REFRESH_AFTER_MS is used as is; between that and MAX_AGE_MS it is used while a background
 * reload runs; older entries are reloaded before use. Edits in this process invalidate at
 * once; edits by other instances or processes (CLI) are seen within MAX_AGE_MS. If a reload
 * fails (database unreachable) the last known answer keeps being served.
 * Unknown IDs are cached too, so a flood of 404s does not reach the database.
 */
export const REFRESH_AFTER_MS = 250;
export const MAX_AGE_MS = 500;
const MAX_ENTRIES = 50_000;

interface Entry {
  value: ServableRedirect | null;
  loadedAt: number;
}

type Loader = (id: string) => Promise<ServableRedirect | null>;

export class RedirectCache {
  private entries = new Map<string, Entry>();
  private loading = new Map<string, Promise<ServableRedirect | null>>();

  constructor(private readonly load: Loader = findActiveRedirect) {}

  /** A usable cached answer is returned as is, not wrapped in a promise: the serve path's hit. */
  get(id: string, now = currentMs()): MaybePromise<ServableRedirect | null> {
    const entry = this.entries.get(id);
    if (entry) {
      const age = now - entry.loadedAt;
      if (age < REFRESH_AFTER_MS) return entry.value;
      if (age < MAX_AGE_MS) {
        void this.reload(id, entry).catch(() => undefined);
        return entry.value;
      }
    }
    return this.reload(id, entry);
  }

  invalidate(id: string): void {
    this.entries.delete(id);
    this.loading.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }

  private reload(id: string, stale: Entry | undefined): Promise<ServableRedirect | null> {
    let pending = this.loading.get(id);
    if (!pending) {
      const started = currentMs();
      const request: Promise<ServableRedirect | null> = this.load(id)
        .then((value) => {
          // Dropped if invalidated meanwhile: the row read may predate the edit.
          if (this.loading.get(id) === request) this.set(id, { value, loadedAt: started });
          return value;
        })
        .catch((err: unknown) => {
          if (!stale) throw err;
          logger.warn({ err, id }, "redirect lookup failed, serving the last known answer");
          return stale.value;
        })
        .finally(() => {
          if (this.loading.get(id) === request) this.loading.delete(id);
        });
      this.loading.set(id, request);
      pending = request;
    }
    return pending;
  }

  private set(id: string, entry: Entry) {
    this.entries.delete(id);
    this.entries.set(id, entry);
    if (this.entries.size > MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }
}

const holder = globalThis as unknown as { __clicktrailRedirectCache?: RedirectCache; __clicktrailRedirectListening?: true };
const invalidated = threadChannel<string>("clicktrail:redirect-invalidated");

/**
 * The thread's one cache (Next's bundled copy of lib/ and server.ts's share it). An edit saved
 * through Next's thread reaches the redirect thread's cache over a thread channel, within
 * milliseconds; the CLI and other instances within MAX_AGE_MS.
 */
export function getRedirectCache(): RedirectCache {
  if (!holder.__clicktrailRedirectListening) {
    holder.__clicktrailRedirectListening = true;
    invalidated.listen((id) => getRedirectCache().invalidate(id));
  }
  holder.__clicktrailRedirectCache ??= new RedirectCache();
  return holder.__clicktrailRedirectCache;
}

export function invalidateRedirect(id: string): void {
  getRedirectCache().invalidate(id);
  invalidated.post(id);
}
