import { describe, expect, it } from "vitest";
import { SIGN_IN_UNAVAILABLE, signInErrorMessage, SignInThrottledError } from "./sign-in-error";

describe("sign-in error messages", () => {
  it("tells a throttled client how long to wait, in whole seconds rounded up", () => {
    const err = new SignInThrottledError(41_200);
    expect(err.retryAfterSeconds).toBe(42);
    expect(signInErrorMessage(err.message)).toBe("Too many attempts. Try again in 42 seconds.");
    expect(signInErrorMessage(new SignInThrottledError(3).message)).toBe("Too many attempts. Try again in 1 second.");
  });

  it("switches to minutes and hours for long waits", () => {
    expect(signInErrorMessage(new SignInThrottledError(900_000).message)).toBe("Too many attempts. Try again in 15 minutes.");
    expect(signInErrorMessage(new SignInThrottledError(24 * 3600_000).message)).toBe("Too many attempts. Try again in 24 hours.");
  });

  it("leaves ordinary failures and anything unexpected to the generic message", () => {
    for (const error of ["CredentialsSignin", "Throttled:", "Throttled:-3", "Throttled:1e400", null, undefined]) {
      expect(signInErrorMessage(error)).toBeNull();
    }
    expect(signInErrorMessage(SIGN_IN_UNAVAILABLE)).toMatch(/unavailable/);
  });
});
