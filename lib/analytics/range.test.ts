import { describe, expect, it } from "vitest";
import { parseRange, parseRangeLenient, rangeParams } from "./range";

const NOW = new Date("2026-11-26T10:20:00Z");
const iso = (d: Date) => d.toISOString();

describe("parseRange", () => {
  it("ends day presets with today in the time zone and defaults to 30 days in UTC", () => {
    const r = parseRange({}, NOW);
    expect([r.preset, r.tz, r.interval, iso(r.from), iso(r.to)]).toEqual([
      "30d",
      "UTC",
      "day",
      "2026-10-28T00:00:00.000Z",
      "2026-11-27T00:00:00.000Z",
    ]);
    const tokyo = parseRange({ range: "7d", tz: "Asia/Tokyo" }, NOW);
    expect([iso(tokyo.from), iso(tokyo.to)]).toEqual(["2026-11-19T15:00:00.000Z", "2026-11-26T15:00:00.000Z"]);
  });

  it("covers the last 24 whole hours including the current one, by hour", () => {
    const r = parseRange({ range: "24h" }, NOW);
    expect([iso(r.from), iso(r.to), r.interval]).toEqual(["2026-11-25T11:00:00.000Z", "2026-11-26T11:00:00.000Z", "hour"]);
    expect([iso(r.previous.from), iso(r.previous.to)]).toEqual(["2026-11-24T11:00:00.000Z", "2026-11-25T11:00:00.000Z"]);
  });

  it("accepts bounds from 1970-01-01 to 2999-12-31", () => {
    const r = parseRange({ from: "2999-12-30", to: "2999-12-31", tz: "Etc/GMT+12" }, NOW);
    expect(iso(r.to)).toBe("3000-01-01T12:00:00.000Z");
    expect(iso(parseRange({ from: "1970-01-01", to: "1970-01-02" }, NOW).previous.from)).toBe("1969-12-30T00:00:00.000Z");
  });

  it("includes both days of a custom range and accepts exact instants", () => {
    const r = parseRange({ from: "2026-03-28", to: "2026-03-29", tz: "Europe/Berlin" }, NOW);
    expect([r.preset, iso(r.from), iso(r.to)]).toEqual(["custom", "2026-03-27T23:00:00.000Z", "2026-03-29T22:00:00.000Z"]);
    const exact = parseRange({ from: "2026-01-01T10:30:00Z", to: "2026-01-01T12:10:00+01:00" }, NOW);
    expect([iso(exact.from), iso(exact.to)]).toEqual(["2026-01-01T10:00:00.000Z", "2026-01-01T12:00:00.000Z"]);
  });

  it.each([
    [{ from: "2026-02-30", to: "2026-03-01" }, "from"],
    [{ from: "yesterday", to: "2026-03-01" }, "from"],
    [{ from: "2026-03-05", to: "2026-03-01" }, "to"],
    [{ tz: "Mars/Olympus" }, "tz"],
    [{ range: "1y" }, "range"],
    [{ range: "custom", to: "2026-03-01" }, "from"],
    [{ from: "2020-01-01", to: "2026-01-01" }, "from"],
    [{ from: '2026-01-01\'; DROP TABLE "Click"; --', to: "2026-01-02" }, "from"],
    [{ from: "9999-12-30", to: "9999-12-31" }, "from"],
    [{ from: "2026-01-01", to: "3000-01-01" }, "to"],
    [{ from: "0100-01-01T00:00:00Z", to: "0100-01-03T00:00:00Z" }, "from"],
    [{ from: "1969-12-31", to: "1970-01-02" }, "from"],
  ])("rejects %j with a message on %s", (query, field) => {
    expect(() => parseRange(query, NOW)).toThrow(
      expect.objectContaining({ code: "bad_request", details: expect.objectContaining({ [field]: expect.any(Array) }) }),
    );
  });
});

describe("parseRangeLenient", () => {
  it("falls back to the default range, keeps a valid zone and says what it corrected", () => {
    const { range, corrected } = parseRangeLenient({ range: "1y", tz: "Europe/Berlin" }, NOW);
    expect([range.preset, range.tz]).toEqual(["30d", "Europe/Berlin"]);
    expect(corrected.join(" ")).toMatch(/range/);
    expect(parseRangeLenient({ range: "7d" }, NOW).corrected).toEqual([]);
  });
});

describe("rangeParams", () => {
  it("round-trips a custom range through the URL", () => {
    const r = parseRange({ from: "2026-03-28", to: "2026-03-29", tz: "Europe/Berlin" }, NOW);
    expect(rangeParams(r)).toEqual({ range: "custom", tz: "Europe/Berlin", from: "2026-03-28", to: "2026-03-29" });
    expect(rangeParams(parseRange({ range: "7d" }, NOW))).toEqual({ range: "7d", tz: "UTC" });
  });
});
