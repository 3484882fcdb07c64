/**
 * The wall clock as this module found it. Next.js replaces the global `Date` and `Date.now`
 * of the thread it runs in with versions that look up two AsyncLocalStorage stores per call
 * (~0.6 µs per `new Date()`). Since Next runs in its own thread (docs/adr/0013), server.ts's
 * thread, which answers redirects, keeps the native Date, so these are the natives there;
 * they keep the redirect path's clock independent of whatever loads in its thread, and
 * lib/redirects/serve.test.ts holds the path to reading time only here. The copy Next bundles
 * (next dev, the App Router mount) captures Next's wrappers, which are correct too.
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
