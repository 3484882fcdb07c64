import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../logger";
import { singleValueCache, type SingleValueCache } from "./single-value-cache";

const made: SingleValueCache<unknown>[] = [];
function cache<V>(load: () => Promise<V>): SingleValueCache<V> {
  // A name per cache: caches of one name in one thread would hear each other's changes.
  const c = singleValueCache(`test-${made.length}`, load, 5_000);
  made.push(c);
  return c;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const c of made.splice(0)) c.close();
});

describe("singleValueCache", () => {
  it("loads once for concurrent callers and serves from memory after", async () => {
    let loads = 0;
    const c = cache(async () => ++loads);
    expect(await Promise.all([c.get(), c.get(), c.get()])).toEqual([1, 1, 1]);
    expect(c.get()).toBe(1);
    expect(loads).toBe(1);
  });

  it("serves a set() value at once and reloads after invalidate()", async () => {
    let loads = 0;
    const c = cache(async () => `db-${++loads}`);
    expect(await c.get()).toBe("db-1");
    c.set("mine");
    expect(c.get()).toBe("mine");
    c.invalidate();
    expect(await c.get()).toBe("db-2");
  });

  it("does not let a load that started before a change overwrite it", async () => {
    let release!: (v: string) => void;
    const c = cache(() => new Promise<string>((r) => (release = r)));
    const early = c.get();
    c.set("new");
    release("old");
    expect(await early).toBe("old");
    expect(await c.get()).toBe("new");
  });

  it("keeps the previous value when a reload fails, even after invalidate(), and fails when there is none", async () => {
    let fail = true;
    const c = cache(async () => {
      if (fail) throw new Error("database away");
      return "ok";
    });
    await expect(c.get()).rejects.toThrow("database away");
    fail = false;
    expect(await c.get()).toBe("ok");
    fail = true;
    c.invalidate();
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => logger);
    expect(await c.get()).toBe("ok");
    expect(warn).toHaveBeenCalledOnce();
  });
});
