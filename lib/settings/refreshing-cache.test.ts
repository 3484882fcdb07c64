import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../logger";
import { refreshingCache } from "./refreshing-cache";

let n = 0;
const key = () => `__refreshingCacheTest${n++}`;

afterEach(() => vi.restoreAllMocks());

describe("refreshingCache", () => {
  it("loads once for concurrent callers and serves from memory until the value is too old", async () => {
    let loads = 0;
    const cache = refreshingCache(key(), async () => ++loads, 5_000);
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    expect(await cache.get()).toBe(1);
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + 5_001);
    expect(await cache.get()).toBe(2);
    expect(loads).toBe(2);
  });

  it("serves a set() value at once and reloads after invalidate()", async () => {
    let loads = 0;
    const cache = refreshingCache(key(), async () => `db-${++loads}`, 5_000);
    expect(await cache.get()).toBe("db-1");
    cache.set("mine");
    expect(await cache.get()).toBe("mine");
    cache.invalidate();
    expect(await cache.get()).toBe("db-2");
  });

  it("does not let a load that started before a change overwrite it", async () => {
    let release!: (v: string) => void;
    const cache = refreshingCache(key(), () => new Promise<string>((r) => (release = r)), 5_000);
    const early = cache.get();
    cache.set("new");
    release("old");
    expect(await early).toBe("old");
    expect(await cache.get()).toBe("new");
  });

  it("keeps the previous value when a reload fails, and fails when there is none", async () => {
    let fail = true;
    const cache = refreshingCache(key(), async () => {
      if (fail) throw new Error("database away");
      return "ok";
    }, 5_000);
    await expect(cache.get()).rejects.toThrow("database away");
    fail = false;
    expect(await cache.get()).toBe("ok");
    fail = true;
    cache.invalidate();
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    expect(await cache.get()).toBe("ok");
    expect(warn).toHaveBeenCalledOnce();
  });

  it("is one cache per process: a second copy with the same key shares the value", async () => {
    const k = key();
    const a = refreshingCache(k, async () => "a", 5_000);
    const b = refreshingCache(k, async () => "b", 5_000);
    expect(await a.get()).toBe("a");
    expect(await b.get()).toBe("a");
    b.set("from b");
    expect(await a.get()).toBe("from b");
  });
});
