import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../config";
import { createApiRateLimiter } from "./rate-limit";

const inMemory = (perKey: number, anonymous: number) => createApiRateLimiter({ perKey, anonymous, db: null });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the per-key limit", () => {
  it("allows the quota in a window, refuses the next call until the window ends, and counts keys apart", async () => {
    const limiter = inMemory(3, 0);
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push(await limiter.countKey("key-a"));
    expect(seen.map((s) => [s?.allowed, s?.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    vi.setSystemTime(new Date("2026-03-01T12:00:20Z"));
    expect(await limiter.countKey("key-a")).toEqual({
      policy: { name: "api-key", quota: 3, windowSeconds: 60 },
      allowed: false,
      remaining: 0,
      resetSeconds: 40,
    });
    expect(await limiter.countKey("key-b")).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("gives the whole quota back once the window has passed", async () => {
    const limiter = inMemory(2, 0);
    for (let i = 0; i < 3; i++) await limiter.countKey("key-a");
    vi.setSystemTime(new Date("2026-03-01T12:01:00.001Z"));
    expect(await limiter.countKey("key-a")).toMatchObject({ allowed: true, remaining: 1, resetSeconds: 60 });
  });

  it("counts nothing and reports nothing when set to 0", async () => {
    const limiter = inMemory(0, 0);
    for (let i = 0; i < 5; i++) expect(await limiter.countKey("key-a")).toBeNull();
    expect(await limiter.countAddress("192.0.2.1")).toBeNull();
    expect(await limiter.spentAddress("192.0.2.1")).toBeNull();
  });
});

describe("the per-address limit on unauthenticated calls", () => {
  it("reports an address as spent once it used its quota, without counting the question", async () => {
    const limiter = inMemory(0, 2);
    for (let i = 0; i < 5; i++) expect(await limiter.spentAddress("192.0.2.1")).toBeNull();
    expect(await limiter.countAddress("192.0.2.1")).toMatchObject({ allowed: true, remaining: 1 });
    expect(await limiter.spentAddress("192.0.2.1")).toBeNull();
    expect(await limiter.countAddress("192.0.2.1")).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.spentAddress("192.0.2.1")).toMatchObject({
      policy: { name: "api-anonymous", quota: 2, windowSeconds: 60 },
      allowed: false,
      resetSeconds: 60,
    });
    expect(await limiter.spentAddress("192.0.2.2")).toBeNull();
    vi.setSystemTime(new Date("2026-03-01T12:01:00Z"));
    expect(await limiter.spentAddress("192.0.2.1")).toBeNull();
  });

  it("counts IPv6 clients per /64, whatever the spelling of the address", async () => {
    const limiter = inMemory(0, 3);
    await limiter.countAddress("2001:db8:1:2::1");
    await limiter.countAddress("2001:0DB8:0001:0002:ffff:0:0:9");
    expect(await limiter.countAddress("2001:db8:1:2:a:b:1.2.3.4")).toMatchObject({ remaining: 0 });
    expect(await limiter.countAddress("2001:db8:1:3::1")).toMatchObject({ remaining: 2 });
    // "::" here stands for one zero group: 2001:db8:0:1:2:3:4:5.
    expect(await limiter.countAddress("2001:db8:0:1::9")).toMatchObject({ remaining: 2 });
    expect(await limiter.countAddress("2001:db8::1:2:3:4:5")).toMatchObject({ remaining: 1 });
  });

  it("puts calls whose address is unknown in one counter", async () => {
    const limiter = inMemory(0, 2);
    await limiter.countAddress(null);
    expect(await limiter.countAddress(null)).toMatchObject({ remaining: 0 });
  });
});

describe("API_RATE_LIMIT and API_RATE_LIMIT_ANONYMOUS", () => {
  it("default to 600 calls a minute per key and 60 per address; 0 turns a limit off", () => {
    expect(parseConfig({})).toMatchObject({ API_RATE_LIMIT: 600, API_RATE_LIMIT_ANONYMOUS: 60 });
    expect(parseConfig({ API_RATE_LIMIT: "0", API_RATE_LIMIT_ANONYMOUS: "5" })).toMatchObject({
      API_RATE_LIMIT: 0,
      API_RATE_LIMIT_ANONYMOUS: 5,
    });
  });

  it.each(["-1", "1.5", "many"])("refuses %j, naming the variable", (value) => {
    expect(() => parseConfig({ API_RATE_LIMIT: value })).toThrow(/API_RATE_LIMIT: must be a whole number of calls per minute/);
    expect(() => parseConfig({ API_RATE_LIMIT_ANONYMOUS: value })).toThrow(/API_RATE_LIMIT_ANONYMOUS: must be a whole/);
  });
});
