import { describe, expect, it } from "vitest";
import { createRedirectCache, MAX_AGE_MS, REFRESH_AFTER_MS } from "./redirect-cache";
import { servableRedirect } from "./servable-redirect.fixture";

// The cache mechanism itself is LoadingCache's (lib/cache/loading-cache.test.ts); these check
// what the redirect cache chooses: its ages, null for unknown IDs, no fallback after an edit.

/** A cache that loaded redirect "a" at t0 from a database whose target and availability the test controls. */
async function cacheWithA() {
  const db = { target: "https://one.example", calls: 0, down: false };
  const cache = createRedirectCache(async () => {
    db.calls++;
    if (db.down) throw new Error("database unreachable");
    return servableRedirect({ targetUrl: db.target });
  });
  const t0 = Date.now();
  await cache.get("a", t0);
  return { db, cache, t0 };
}

describe("the redirect cache", () => {
  it("sees an edit made elsewhere once the entry is older than the max age", async () => {
    const { db, cache, t0 } = await cacheWithA();
    db.target = "https://two.example";
    expect((await cache.get("a", t0 + MAX_AGE_MS + 1))?.targetUrl).toBe("https://two.example");
  });

  it("refreshes in the background between the refresh age and the max age", async () => {
    const { db, cache, t0 } = await cacheWithA();
    db.target = "https://two.example";
    expect((await cache.get("a", t0 + REFRESH_AFTER_MS + 1))?.targetUrl).toBe("https://one.example");
    await new Promise((r) => setTimeout(r, 0));
    expect(db.calls).toBe(2);
    expect((await cache.get("a", Date.now()))?.targetUrl).toBe("https://two.example");
  });

  it("keeps serving the last known answer while the database is down, but not one edited here", async () => {
    const { db, cache, t0 } = await cacheWithA();
    await cache.get("b", t0);
    db.down = true;
    expect((await cache.get("a", t0 + MAX_AGE_MS + 1))?.targetUrl).toBe("https://one.example");
    // A deleted or paused redirect must stop redirecting even if the database cannot say so.
    cache.invalidate("b");
    await expect(cache.get("b")).rejects.toThrow("database unreachable");
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
