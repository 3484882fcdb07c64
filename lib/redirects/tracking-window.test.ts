import { describe, expect, it } from "vitest";
import { isTracking, trackingEndMs } from "./tracking-window";

const created = Date.parse("2026-01-01T00:00:00Z");

describe("the tracking window", () => {
  it("records clicks for trackingDays after it opens, up to the millisecond before it closes", () => {
    expect(trackingEndMs(created, 30)).toBe(Date.parse("2026-01-31T00:00:00Z"));
    expect(isTracking(created, created, 30)).toBe(true);
    expect(isTracking(Date.parse("2026-01-30T23:59:59.999Z"), created, 30)).toBe(true);
    expect(isTracking(Date.parse("2026-01-31T00:00:00Z"), created, 30)).toBe(false);
  });

  it("records nothing with trackingDays 0", () => {
    expect(isTracking(created, created, 0)).toBe(false);
  });
});
