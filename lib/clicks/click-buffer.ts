import { logger } from "../logger";
import type { RawClick } from "./raw-click";
import { threadPart } from "../threads/thread-parts";
import type { ClickStore } from "./click-store";

/**
 * Write-behind buffer between the response path and the database
 * (docs/adr/0008-click-pipeline.md). Clicks are queued in memory and written in batches of
 * BATCH_SIZE, every FLUSH_INTERVAL_MS or as soon as a batch is full. A failed batch is kept
 * and retried with backoff; later clicks wait behind it. At MAX_PENDING queued clicks new
 * ones are refused (counted and logged) so memory stays bounded; the redirect still answers.
 */
export const BATCH_SIZE = 1000;
export const FLUSH_INTERVAL_MS = 200;
export const MAX_PENDING = 200_000;
const MAX_BACKOFF_MS = 5_000;

export class ClickBuffer {
  private queue: RawClick[] = [];
  private head = 0;
  private inFlight: RawClick[] | null = null;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private retryAt = 0;
  private backoffMs = 0;
  private lastDropLog = 0;
  dropped = 0;
  stored = 0;

  private readonly maxPending: number;

  constructor(
    private readonly store: ClickStore,
    opts: { maxPending?: number } = {},
  ) {
    this.maxPending = opts.maxPending ?? MAX_PENDING;
  }

  get pending(): number {
    return this.queue.length - this.head + (this.inFlight?.length ?? 0);
  }

  /** Queues a click; false when the buffer is full and the click was refused. */
  enqueue(click: RawClick): boolean {
    if (this.pending >= this.maxPending) {
      this.dropped++;
      if (Date.now() - this.lastDropLog > 1000) {
        this.lastDropLog = Date.now();
        logger.error({ dropped: this.dropped, pending: this.pending }, "click buffer full, clicks refused");
      }
      return false;
    }
    this.queue.push(click);
    this.timer ??= setInterval(() => void this.flush(), FLUSH_INTERVAL_MS).unref();
    if (this.queue.length - this.head >= BATCH_SIZE) void this.flush();
    return true;
  }

  /** Writes everything queued now; one flush at a time. Resolves when done or when a write failed. */
  flush(): Promise<void> {
    if (Date.now() < this.retryAt) return this.running ?? Promise.resolve();
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** For shutdown: flushes until empty, retrying failures, until the deadline. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending > 0 && Date.now() < deadline) {
      await this.flush();
      if (this.pending > 0) await new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, this.retryAt - Date.now()))));
    }
    return this.pending === 0;
  }

  private async run(): Promise<void> {
    while (this.pending > 0) {
      try {
        if (!this.inFlight) {
          this.inFlight = this.queue.slice(this.head, this.head + BATCH_SIZE);
          this.head += this.inFlight.length;
          this.compact();
        }
        await this.store.store(this.inFlight);
        this.stored += this.inFlight.length;
        this.inFlight = null;
        this.backoffMs = 0;
        this.retryAt = 0;
      } catch (err) {
        this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs ? this.backoffMs * 2 : 250);
        this.retryAt = Date.now() + this.backoffMs;
        logger.warn({ err, pending: this.pending, retryInMs: this.backoffMs }, "storing clicks failed, will retry");
        return;
      }
      // Let waiting requests through between batches.
      await new Promise((r) => setImmediate(r));
    }
  }

  private compact() {
    if (this.head > 10_000 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

declare module "../threads/thread-parts" {
  interface ThreadParts {
    /** In front of the thread's clickStore. */
    clickBuffer: ClickBuffer;
  }
}

export function getClickBuffer(): ClickBuffer {
  return threadPart("clickBuffer");
}
