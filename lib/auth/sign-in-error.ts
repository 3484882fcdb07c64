/**
 * What a refused sign-in tells the browser. next-auth passes the message of an error thrown by
 * `authorize` to the client as `error`; these are the only messages it carries, and they never
 * say whether the account exists. No server imports: the login form uses this too.
 */
const THROTTLED = "Throttled:";
export const SIGN_IN_UNAVAILABLE = "Unavailable";

export class SignInThrottledError extends Error {
  readonly retryAfterSeconds: number;

  constructor(retryAfterMs: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    super(`${THROTTLED}${seconds}`);
    this.name = "SignInThrottledError";
    this.retryAfterSeconds = seconds;
  }
}

/** The message for next-auth's `error`, or null for an ordinary failure. */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (error === SIGN_IN_UNAVAILABLE) return "Sign-in is unavailable right now. Try again in a moment.";
  const seconds = error?.startsWith(THROTTLED) ? Number(error.slice(THROTTLED.length)) : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < 1) return null;
  return `Too many attempts. Try again in ${formatWait(seconds)}.`;
}

function formatWait(seconds: number): string {
  if (seconds <= 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 90) return `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}
