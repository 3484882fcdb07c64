/**
 * The wall clock without Next.js's wrappers. Once Next's server starts it replaces the global
 * `Date` and `Date.now` with versions that look up two AsyncLocalStorage stores on every call
 * (to flag time read during prerendering): ~0.6 µs per `new Date()`, paid on every redirect.
 * server.ts loads the redirect path (and so this module) before starting Next, so these
 * keep the originals; a copy bundled by Next captures the wrapped ones, which are correct too.
 */
const NativeDate = Date;
const nativeNow = Date.now;

/** The current time as a Date. */
export function currentDate(): Date {
  return new NativeDate();
}

/** The current time in milliseconds since the epoch. */
export function currentMs(): number {
  return nativeNow();
}
