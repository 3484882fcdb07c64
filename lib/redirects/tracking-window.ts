const DAY_MS = 86_400_000;

/**
 * Clicks are recorded for `trackingDays` after the window opens: a redirect's creation, or a
 * signed link's issue time. Epoch milliseconds in, so the redirect path allocates nothing here.
 */
export function trackingEndMs(startMs: number, trackingDays: number): number {
  return startMs + trackingDays * DAY_MS;
}

/** Whether a click at `nowMs` falls in the window that opened at `startMs`. */
export function isTracking(nowMs: number, startMs: number, trackingDays: number): boolean {
  return nowMs < trackingEndMs(startMs, trackingDays);
}
