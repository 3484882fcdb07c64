import { describe, expect, it } from "vitest";
import { createRedirectCache, MAX_AGE_MS, REFRESH_AFTER_MS } from "./redirect-cache";
import type { ServableRedirect } from "./serve";
import { servableRedirect } from "./servable-redirect.fixture";

const redirect = (targetUrl: string) => servableRedirect({ targetUrl });

function fakeDb() {
  const db = { target: "https://one.example", calls: 0, down: false };
  const load = async () => {
    db.calls++;
    if (db.down) throw new Error("database unreachable");
    return redirect(db.target);
  };
  return { db, load };
}

describe("the redirect cache", () => {
  it("returns a cached entry as a value and a load as a promise", async () => {
    const { load } = fakeDb();
    const cache = createRedirectCache(load);
    const first = cache.get("a");
    expect(first).toBeInstanceOf(Promise);
    await first;
    const hit = cache.get("a");
    expect(hit).not.toBeInstanceOf(Promise);
    expect((hit as ServableRedirect).targetUrl).toBe("https://one.example");
  });

  it("answers from memory within the refresh age", async () => {
    const { db, load } = fakeDb();
    const cache = createRedirectCache(load);
    await cache.get("a");
    await cache.get("a");
    expect(db.calls).toBe(1);
  });

  it("loads a missing entry once for concurrent requests", async () => {
    const { db, load } = fakeDb();
    const cache = createRedirectCache(load);
    await Promise.all([cache.get("a"), cache.get("a"), cache.get("a")]);
    expect(db.calls).toBe(1);
  });

  it("sees an edit made elsewhere once the entry is older than the max age", async () => {
    const { db, load } = fakeDb();
    const cache = createRedirectCache(load);
    const t0 = Date.now();
    await cache.get("a", t0);
    db.target = "https://two.example";
    expect((await cache.get("a", t0 + MAX_AGE_MS + 1))?.targetUrl).toBe("https://two.example");
  });

  it("refreshes in the background between the refresh age and the max age", async () => {
    const { db, load } = fakeDb();
    const cache = createRedirectCache(load);
    const t0 = Date.now();
    await cache.get("a", t0);
    db.target = "https://two.example";
    expect((await cache.get("a", t0 + REFRESH_AFTER_MS + 1))?.targetUrl).toBe("https://one.example");
    await new Promise((r) => setTimeout(r, 0));
    expect(db.calls).toBe(2);
    expect((await cache.get("a", Date.now()))?.targetUrl).toBe("https://two.example");
  });

  it("forgets an entry at once when invalidated", async () => {
    const { db, load } = fakeDb();
    const cache = createRedirectCache(load);
    await cache.get("a");
    db.target = "https://two.example";
    cache.invalidate("a");
    expect((await cache.get("a"))?.targetUrl).toBe("https://two.example");
  });

  it("keeps serving the last known answer while the database is down", async () => {
    const { db, load } = fakeDb();
    const cache = createRedirectCache(load);
    const t0 = Date.now();
    await cache.get("a", t0);
    db.down = true;
    expect((await cache.get("a", t0 + MAX_AGE_MS + 1))?.targetUrl).toBe("https://one.example");
    await expect(cache.get("never-seen")).rejects.toThrow("database unreachable");
  });

  it("caches unknown IDs too", async () => {
    let calls = 0;
    const cache = createRedirectCache(async () => {
      calls++;
      return null;
    });
    expect(await cache.get("nope")).toBeNull();
    expect(await cache.get("nope")).toBeNull();
    expect(calls).toBe(1);
  });
});
