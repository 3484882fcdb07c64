import { describe, expect, it } from "vitest";
import { MAX_AGE_MS, REFRESH_AFTER_MS, RedirectCache } from "./redirect-cache";
import type { ServableRedirect } from "./serve";
import { servableRedirect } from "./servable-redirect.fixture";

const redirect = (targetUrl: string) => servableRedirect({ targetUrl });

function fakeDb() {
  const db = { target: "https://one.example", calls: 0, down: false, lastLoad: null as Promise<ServableRedirect> | null };
  const load = (): Promise<ServableRedirect> => {
    db.calls++;
    db.lastLoad = db.down ? Promise.reject(new Error("database unreachable")) : Promise.resolve(redirect(db.target));
    return db.lastLoad;
  };
  return { db, load };
}

describe("RedirectCache", () => {
  it("returns a cached entry as a value and a load as a promise", async () => {
    const { load } = fakeDb();
    const cache = new RedirectCache(load);
    const first = cache.get("a");
    expect(first).toBeInstanceOf(Promise);
    await first;
    const hit = cache.get("a");
    expect(hit).not.toBeInstanceOf(Promise);
    expect((hit as ServableRedirect).targetUrl).toBe("https://one.example");
  });

  it("answers from memory within the refresh age", async () => {
    const { db, load } = fakeDb();
    const cache = new RedirectCache(load);
    await cache.get("a");
    await cache.get("a");
    expect(db.calls).toBe(1);
  });

  it("loads a missing entry once for concurrent requests", async () => {
    const { db, load } = fakeDb();
    const cache = new RedirectCache(load);
    await Promise.all([cache.get("a"), cache.get("a"), cache.get("a")]);
    expect(db.calls).toBe(1);
  });

  it("sees an edit made elsewhere once the entry is older than the max age", async () => {
    const { db, load } = fakeDb();
    const cache = new RedirectCache(load);
    await cache.get("a");
    const t0 = Date.now(); // after the load: the entry is at least as old as the offsets below say
    db.target = "https://two.example";
    expect((await cache.get("a", t0 + MAX_AGE_MS + 1))?.targetUrl).toBe("https://two.example");
  });

  it("refreshes in the background between the refresh age and the max age", async () => {
    const { db, load } = fakeDb();
    const cache = new RedirectCache(load);
    await cache.get("a");
    const t0 = Date.now(); // after the load: the entry is at least as old as the offsets below say
    db.target = "https://two.example";
    expect((await cache.get("a", t0 + REFRESH_AFTER_MS + 1))?.targetUrl).toBe("https://one.example");
    expect(db.calls).toBe(2);
    await db.lastLoad; // the background refresh: the cache's handler on it runs before this resumes
    expect((await cache.get("a", Date.now()))?.targetUrl).toBe("https://two.example");
  });

  it("forgets an entry at once when invalidated", async () => {
    const { db, load } = fakeDb();
    const cache = new RedirectCache(load);
    await cache.get("a");
    db.target = "https://two.example";
    cache.invalidate("a");
    expect((await cache.get("a"))?.targetUrl).toBe("https://two.example");
  });

  it("keeps serving the last known answer while the database is down", async () => {
    const { db, load } = fakeDb();
    const cache = new RedirectCache(load);
    await cache.get("a");
    const t0 = Date.now(); // after the load: the entry is at least as old as the offsets below say
    db.down = true;
    expect((await cache.get("a", t0 + MAX_AGE_MS + 1))?.targetUrl).toBe("https://one.example");
    await expect(cache.get("never-seen")).rejects.toThrow("database unreachable");
  });

  it("caches unknown IDs too", async () => {
    let calls = 0;
    const cache = new RedirectCache(async () => {
      calls++;
      return null;
    });
    expect(await cache.get("nope")).toBeNull();
    expect(await cache.get("nope")).toBeNull();
    expect(calls).toBe(1);
  });
});
