import { GenerationMap } from "../cache/generation-map";

/**
 * The burst rule: one key (a session ID or an IP; callers record both) clicking more than
 * maxDistinctLinks different links within windowMs is a scanner opening every link of a message,
 * not a reader. The click that crosses the threshold and every further click of that key while
 * the window still holds more than maxDistinctLinks links are flagged (reason "burst").
 * Repeats of one link are not a burst. In memory: one detector per click store
 * (lib/clicks/click-store.ts), which sees all of a thread's clicks.
 */
export class BurstDetector {
  private readonly windowMs: number;
  private readonly maxDistinctLinks: number;
  /**
   * At most maxKeys keys; one is forgotten only after at least maxKeys / 2 others have been
   * recorded since its own last click (two generations: a Map reordered on every click, the
   * textbook LRU, gets slow on V8 when one key, a flood from one IP, is recorded again and again).
   */
  private readonly recent: GenerationMap<string, RecentLinks>;

  constructor(opts: { windowMs?: number; maxDistinctLinks?: number; maxKeys?: number } = {}) {
    this.windowMs = opts.windowMs ?? 3_000;
    this.maxDistinctLinks = opts.maxDistinctLinks ?? 5;
    const maxKeys = opts.maxKeys ?? 50_000;
    if (!(this.windowMs > 0) || !(this.maxDistinctLinks >= 1) || !(maxKeys >= 1)) {
      throw new RangeError("BurstDetector needs windowMs > 0, maxDistinctLinks >= 1 and maxKeys >= 1");
    }
    this.recent = new GenerationMap(maxKeys);
  }

  /** Records a click; true when it belongs to a burst. */
  record(key: string, linkId: string, atMs: number): boolean {
    const recent = this.recent.get(key);
    if (!recent) {
      // Most keys click once: one-element literals stay one element long, where arrays grown by
      // push reserve 17 slots.
      this.recent.set(key, { links: [linkId], times: [atMs] });
      return false;
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
}

/** A key's distinct links, oldest click first, with the time of each one's latest click. */
interface RecentLinks {
  links: string[];
  times: number[];
}
