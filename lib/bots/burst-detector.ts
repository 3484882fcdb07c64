/**
 * The burst rule: one key (a session ID or an IP; callers record both) clicking more than
 * maxDistinctLinks different links within windowMs is a scanner opening every link of a message,
 * not a reader. The click that crosses the threshold and every further click of that key while
 * the window still holds more than maxDistinctLinks links are flagged (reason "burst").
 * Repeats of one link are not a burst. In memory, per process.
 */
export class BurstDetector {
  private readonly windowMs: number;
  private readonly maxDistinctLinks: number;
  /**
   * Keys live in two generations, as in memoPerUserAgent (lib/user-agent/user-agent.ts): at most
   * maxKeys in all, and a key is forgotten only after at least maxKeys / 2 other keys have been
   * recorded since its own last click. A Map reordered on every click, the textbook LRU, gets slow
   * on V8 when one key (a flood from one IP) is recorded again and again.
   */
  private readonly generationKeys: number;
  private young = new Map<string, RecentLinks>();
  private old = new Map<string, RecentLinks>();

  constructor(opts: { windowMs?: number; maxDistinctLinks?: number; maxKeys?: number } = {}) {
    this.windowMs = opts.windowMs ?? 3_000;
    this.maxDistinctLinks = opts.maxDistinctLinks ?? 5;
    const maxKeys = opts.maxKeys ?? 50_000;
    if (!(this.windowMs > 0) || !(this.maxDistinctLinks >= 1) || !(maxKeys >= 1)) {
      throw new RangeError("BurstDetector needs windowMs > 0, maxDistinctLinks >= 1 and maxKeys >= 1");
    }
    this.generationKeys = Math.ceil(maxKeys / 2);
  }

  /** Records a click; true when it belongs to a burst. */
  record(key: string, linkId: string, atMs: number): boolean {
    let recent = this.young.get(key);
    if (!recent) {
      recent = this.old.get(key);
      // Most keys click once: one-element literals stay one element long, where arrays grown by
      // push reserve 17 slots.
      this.remember(key, recent ?? { links: [linkId], times: [atMs] });
      if (!recent) return false;
    }
    const { links, times } = recent;
    let expired = 0;
    while (expired < times.length && atMs - times[expired] >= this.windowMs) expired++;
    if (expired > 0) {
      links.splice(0, expired);
      times.splice(0, expired);
    }
    const seen = links.indexOf(linkId);
    if (seen !== -1) {
      links.splice(seen, 1);
      times.splice(seen, 1);
    }
    links.push(linkId);
    times.push(atMs);
    // Only "more than maxDistinctLinks" matters, so the latest maxDistinctLinks + 1 suffice.
    if (links.length > this.maxDistinctLinks + 1) {
      links.shift();
      times.shift();
    }
    return links.length > this.maxDistinctLinks;
  }

  private remember(key: string, recent: RecentLinks): void {
    this.young.set(key, recent);
    if (this.young.size >= this.generationKeys) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}

/** A key's distinct links, oldest click first, with the time of each one's latest click. */
interface RecentLinks {
  links: string[];
  times: number[];
}

const holder = globalThis as unknown as { __clicktrailBurstDetector?: BurstDetector };

/** The process's detector, shared by Next's bundled copy of this module and the server's. */
export function getBurstDetector(): BurstDetector {
  return (holder.__clicktrailBurstDetector ??= new BurstDetector());
}
