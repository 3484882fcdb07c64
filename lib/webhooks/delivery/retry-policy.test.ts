import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, retryDelayMs, shouldDisable } from "./retry-policy";

describe("webhook retry policy", () => {
  it("doubles from 10 s to an hour, with half of each wait random", () => {
    expect(retryDelayMs(1, () => 0)).toBe(5_000);
    expect(retryDelayMs(1, () => 1)).toBe(10_000);
    expect(retryDelayMs(2, () => 1)).toBe(20_000);
    expect(retryDelayMs(4, () => 0.5)).toBe(60_000);
    expect(retryDelayMs(30, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(30, () => 0)).toBe(1_800_000);
  });

  it("retries for about a day in about thirty attempts", () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < 24 * 3600_000) elapsed += retryDelayMs(++attempts, () => 0.5);
    expect(attempts).toBeGreaterThan(20);
    expect(attempts).toBeLessThan(45);
  });

  it("disables only after enough failures over enough time", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    const dayAgo = new Date(now.getTime() - 24 * 3600_000);
    expect(shouldDisable({ failures: 20, since: dayAgo }, now, DEFAULT_RETRY_POLICY)).toBe(true);
    expect(shouldDisable({ failures: 19, since: dayAgo }, now, DEFAULT_RETRY_POLICY)).toBe(false);
    expect(shouldDisable({ failures: 500, since: new Date(now.getTime() - 3600_000) }, now, DEFAULT_RETRY_POLICY)).toBe(false);
    expect(shouldDisable({ failures: 500, since: null }, now, DEFAULT_RETRY_POLICY)).toBe(false);
  });
});
