import { describe, expect, it } from "vitest";
import { clearLoginFailures, isLoginLocked, recordLoginFailure } from "./login-throttle";

describe("login throttle", () => {
  it("locks an email after ten failures within fifteen minutes", () => {
    const email = "locked@example.com";
    for (let i = 0; i < 9; i++) recordLoginFailure(email, 1000 + i);
    expect(isLoginLocked(email, 2000)).toBe(false);
    recordLoginFailure(email, 2000);
    expect(isLoginLocked(email, 2000)).toBe(true);
  });

  it("unlocks when the window has passed or after a success", () => {
    const email = "window@example.com";
    for (let i = 0; i < 10; i++) recordLoginFailure(email, 0);
    expect(isLoginLocked(email, 15 * 60_000 + 1)).toBe(false);
    for (let i = 0; i < 10; i++) recordLoginFailure(email, 0);
    clearLoginFailures(email);
    expect(isLoginLocked(email, 1)).toBe(false);
  });
});
