import { describe, expect, it } from "vitest";
import { parseRange } from "./range";
import { bucketStarts, buildSeries } from "./series";

const hour = (iso: string, total: number, bot = 0) => ({ hour: new Date(iso), total, human: total - bot, bot });

describe("buildSeries", () => {
  it("buckets days across the spring daylight-saving change in the range's time zone", () => {
    // Berlin moves from UTC+1 to UTC+2 on 2026-03-29: that day has 23 hours.
    const range = parseRange({ from: "2026-03-28", to: "2026-03-30", tz: "Europe/Berlin" });
    expect(range.interval).toBe("day");
    const series = buildSeries(range, [
      hour("2026-03-27T23:00:00Z", 1), // 00:00 on the 28th in Berlin
      hour("2026-03-28T22:00:00Z", 2), // 23:00 on the 28th (UTC+1)
      hour("2026-03-28T23:00:00Z", 4), // 00:00 on the 29th
      hour("2026-03-29T21:00:00Z", 8, 3), // 23:00 on the 29th (UTC+2)
      hour("2026-03-29T22:00:00Z", 16), // 00:00 on the 30th
      hour("2026-03-30T21:00:00Z", 32), // 23:00 on the 30th
    ]);
    expect(series.map((p) => p.t)).toEqual(["2026-03-27T23:00:00.000Z", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"]);
    expect(series.map((p) => p.total)).toEqual([3, 12, 48]);
    expect(series[1]).toMatchObject({ human: 9, bot: 3 });
  });

  it("gives the autumn change day 25 hours", () => {
    const range = parseRange({ from: "2026-10-25", to: "2026-10-26", tz: "Europe/Berlin" });
    const starts = bucketStarts(range);
    expect(starts.map((t) => new Date(t).toISOString())).toEqual(["2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z"]);
    const series = buildSeries(range, [hour("2026-10-25T22:00:00Z", 5), hour("2026-10-25T23:00:00Z", 7)]);
    expect(series.map((p) => p.total)).toEqual([5, 7]);
  });

  it("has one bucket per hour for short ranges and zero-fills empty ones", () => {
    const range = parseRange({ range: "24h" }, new Date("2026-11-26T10:30:00Z"));
    const series = buildSeries(range, [hour("2026-11-26T10:00:00Z", 2)]);
    expect(series).toHaveLength(24);
    expect(series.at(-1)).toMatchObject({ t: "2026-11-26T10:00:00.000Z", total: 2 });
    expect(series.slice(0, -1).every((p) => p.total === 0)).toBe(true);
  });

  it("ignores rows outside the range", () => {
    const range = parseRange({ from: "2026-01-10", to: "2026-01-10", tz: "UTC" });
    expect(buildSeries(range, [hour("2026-01-09T23:00:00Z", 9)]).every((p) => p.total === 0)).toBe(true);
  });
});
