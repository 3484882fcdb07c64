/**
 * Slows password guessing: after MAX_FAILURES failed sign-ins for one email within WINDOW_MS,
 * further attempts for it are refused until the window passes. In memory, per process: enough
 * for one instance; behind a load balancer each instance counts on its own.
 */
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;

interface Entry {
  failures: number;
  firstAt: number;
}

const holder = globalThis as unknown as { __clicktrailLoginFailures?: Map<string, Entry> };
const failures = (holder.__clicktrailLoginFailures ??= new Map());

export function isLoginLocked(email: string, now = Date.now()): boolean {
  const entry = failures.get(email);
  if (!entry) return false;
  if (now - entry.firstAt > WINDOW_MS) {
    failures.delete(email);
    return false;
  }
  return entry.failures >= MAX_FAILURES;
}

export function recordLoginFailure(email: string, now = Date.now()): void {
  const entry = failures.get(email);
  if (!entry || now - entry.firstAt > WINDOW_MS) failures.set(email, { failures: 1, firstAt: now });
  else entry.failures++;
}

export function clearLoginFailures(email: string): void {
  failures.delete(email);
}
