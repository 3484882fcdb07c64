import type { Db } from "../../db/client";
import type { DbProvider } from "../../db/provider";
import { logger } from "../../logger";
import { listenForOutbox } from "../outbox-signal";
import { attemptDelivery } from "./attempt-delivery";
import { claimDeliveries } from "./claim-deliveries";
import { loadDeliveryJobs, type DeliveryJob } from "./load-delivery-jobs";
import { recordOutcomes, type Outcome } from "./record-outcomes";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy";

export interface DeliveryLoopOptions {
  /** Requests in flight at once, across destinations. */
  concurrency?: number;
  /** Per attempt: connect, answer and the read of its start. */
  timeoutMs?: number;
  /** How often due retries (and other instances' events) are looked for; new events wake it at once. */
  pollMs?: number;
  /** How long a taken delivery is this loop's; a loop whose thread dies hands it on after this. */
  leaseMs?: number;
  /** Outcomes are written in batches at most this far apart. */
  flushMs?: number;
  retryPolicy?: RetryPolicy;
  allowPrivate: boolean;
  db: Db;
  provider: DbProvider;
}

export interface DeliveryLoop {
  start(): void;
  /** Looks for due deliveries now (new events, a redelivery). */
  wake(): void;
  /** Takes nothing more, waits up to `graceMs` for requests in flight, returns the rest to the queue. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when nothing is in flight or waiting to be recorded (tests). */
  idle(): Promise<void>;
  /**
   * While the redirect thread is saturated, delivery pauses: no claims, no sends, no database
   * work (Prisma's per-query CPU alone cost the redirect path ~15 % on two cores). Events wait
   * safely in the outbox and are sent once the load eases; requests in flight finish.
   */
  setBusy(busy: boolean): void;
}

const MAX_OUTCOMES_PER_WRITE = 200;

/**
 * The outbox's consumer (docs/adr/0011-webhook-outbox.md): takes due deliveries, sends each
 * signed with a timeout, and records outcomes in batches. Runs in its own thread under
 * server.ts (delivery-thread.ts) so sending never competes with the redirect path's event loop.
 */
export function createDeliveryLoop(options: DeliveryLoopOptions): DeliveryLoop {
  const concurrency = options.concurrency ?? 64;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pollMs = options.pollMs ?? 1000;
  // Taken rows wait in the local queue for at most about two rounds of sends before their own.
  const leaseMs = options.leaseMs ?? 3 * timeoutMs + 20_000;
  const flushMs = options.flushMs ?? 50;
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const { db, provider } = options;
  // Deliveries are taken in batches (one claim and three reads for up to `batch` of them) and
  // sent from a local queue; a claim per freed slot cost more than the sends themselves.
  const batch = concurrency * 2;

  const inFlight = new Map<number, AbortController>();
  const queue: DeliveryJob[] = [];
  let outcomes: Outcome[] = [];
  let running = false;
  let claiming = false;
  let claimAgain = false;
  let flushing: Promise<void> | null = null;
  let flushTimer: NodeJS.Timeout | null = null;
  let pollTimer: NodeJS.Timeout | null = null;
  let unlisten: (() => void) | null = null;
  let idleWaiters: (() => void)[] = [];
  let busy = false;

  async function pump(): Promise<void> {
    fill();
    if (!running || busy) return;
    if (claiming) {
      claimAgain = true;
      return;
    }
    claiming = true;
    try {
      do {
        claimAgain = false;
        // Refill once the queue is down to one round of sends.
        const want = batch - queue.length;
        if (queue.length > concurrency || !running || busy) break;
        const now = new Date();
        const ids = await claimDeliveries(db, provider, want, now, new Date(now.getTime() + leaseMs));
        const jobs = await loadDeliveryJobs(db, ids, now);
        // A pause that began during this claim: hand them back like the rest of the queue.
        if (busy) {
          for (const job of jobs) record({ kind: "release", job });
          break;
        }
        queue.push(...jobs);
        fill();
        if (ids.length === want) claimAgain = true;
      } while (claimAgain && running);
    } catch (err) {
      // The database is away: the next poll tries again; taken rows come back when their lease ends.
      logger.error({ err }, "webhook delivery: could not take deliveries");
    } finally {
      claiming = false;
      settleIdle();
    }
  }

  function fill() {
    while (running && !busy && inFlight.size < concurrency && queue.length > 0) launch(queue.shift()!);
  }

  function launch(job: DeliveryJob) {
    const controller = new AbortController();
    inFlight.set(job.deliveryId, controller);
    void attemptDelivery(job, { timeoutMs, allowPrivate: options.allowPrivate, signal: controller.signal }).then((outcome) => {
      inFlight.delete(job.deliveryId);
      record(outcome);
      if (queue.length <= concurrency) void pump();
      else fill();
    });
  }

  function record(outcome: Outcome) {
    outcomes.push(outcome);
    if (outcomes.length >= MAX_OUTCOMES_PER_WRITE) void flush();
    else flushTimer ??= setTimeout(() => void flush(), flushMs);
  }

  async function flush(): Promise<void> {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
    if (flushing) {
      await flushing;
      if (outcomes.length > 0) return flush();
      return;
    }
    if (outcomes.length === 0) return settleIdle();
    const batch = outcomes;
    outcomes = [];
    flushing = recordOutcomes(db, provider, batch, policy)
      .catch((err) => {
        // Kept and written with the next batch; the deliveries stay leased meanwhile.
        logger.error({ err, outcomes: batch.length }, "webhook delivery: could not record outcomes");
        outcomes = [...batch, ...outcomes];
        flushTimer ??= setTimeout(() => void flush(), Math.max(flushMs, 1000));
      })
      .finally(() => {
        flushing = null;
      });
    await flushing;
    if (outcomes.length >= MAX_OUTCOMES_PER_WRITE) return flush();
    settleIdle();
  }

  function settleIdle() {
    if (inFlight.size > 0 || queue.length > 0 || outcomes.length > 0 || flushing || claiming) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  }

  return {
    start() {
      if (running) return;
      running = true;
      unlisten = listenForOutbox(() => void pump());
      pollTimer = setInterval(() => void pump(), pollMs);
      void pump();
    },
    wake() {
      void pump();
    },
    setBusy(value) {
      if (value === busy) return;
      busy = value;
      // Taken but unsent events go back to the queue: a long pause would outlast their lease.
      if (busy) for (const job of queue.splice(0)) record({ kind: "release", job });
      else void pump();
    },
    async stop(graceMs = timeoutMs) {
      running = false;
      unlisten?.();
      unlisten = null;
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = null;
      while (claiming) await new Promise((r) => setTimeout(r, 5));
      const deadline = Date.now() + graceMs;
      while (inFlight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const controller of inFlight.values()) controller.abort();
      while (inFlight.size > 0) await new Promise((r) => setTimeout(r, 5));
      for (const job of queue.splice(0)) record({ kind: "release", job });
      await flush();
      if (outcomes.length > 0) await flush();
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      if (outcomes.length > 0) {
        logger.error(
          { outcomes: outcomes.length },
          "webhook delivery: outcomes not recorded at stop; those events will be sent again",
        );
      }
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
  };
}
