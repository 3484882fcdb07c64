import { describe, expect, it } from "vitest";
import { lazy } from "./lazy";

describe("lazy", () => {
  it("builds on the first call only, and not at all if never called", () => {
    let built = 0;
    const part = lazy(() => ({ n: ++built }));
    expect(built).toBe(0);
    const first = part();
    expect(part()).toBe(first);
    expect(built).toBe(1);
  });

  it("tries again after a build that threw", () => {
    let attempts = 0;
    const part = lazy(() => {
      if (++attempts === 1) throw new Error("not yet");
      return "ready";
    });
    expect(() => part()).toThrow("not yet");
    expect(part()).toBe("ready");
    expect(part()).toBe("ready");
    expect(attempts).toBe(2);
  });
});
