/** When to try again and when to give up on a destination (docs/adr/0011-webhook-outbox.md). */

const BASE_DELAY_MS = 10_000;
const MAX_DELAY_MS = 60 * 60 * 1000;

/**
 * The wait after the n-th failed attempt (n ≥ 1): 10 s doubling to an hour, with "equal
 * jitter" (half fixed, half random) so that events failed together do not retry together.
 * Over the 24-hour delivery window that is about 30 attempts.
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

export interface RetryPolicy {
  /** The wait after the n-th failed attempt of an event (and of a destination's streak). */
  delayMs: (failedAttempts: number) => number;
  disableAfter: {
    /** Consecutive failed attempts, across all its events, before a destination is disabled… */
    failures: number;
    /** …and for at least this long, so a short outage under heavy traffic does not disable it. */
    durationMs: number;
  };
}

/** A destination that has failed every attempt for a day is switched off (an admin re-enables it). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  delayMs: (n) => retryDelayMs(n),
  disableAfter: { failures: 20, durationMs: 24 * 60 * 60 * 1000 },
};

export function shouldDisable(streak: { failures: number; since: Date | null }, now: Date, policy: RetryPolicy): boolean {
  const { failures, durationMs } = policy.disableAfter;
  return streak.since !== null && streak.failures >= failures && now.getTime() - streak.since.getTime() >= durationMs;
}
