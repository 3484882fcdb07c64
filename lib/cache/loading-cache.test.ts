import { describe, expect, it, vi } from "vitest";
import type { ThreadChannel } from "../threads/thread-channel";
import { LoadingCache, type LoadingCacheOptions } from "./loading-cache";

/** A source whose value, availability and reads the test controls. */
function source() {
  const db = { value: "one", calls: 0, down: false };
  const load = async (key: string) => {
    db.calls++;
    if (db.down) throw new Error("database unreachable");
    return `${key}:${db.value}`;
  };
  return { db, load };
}

function cache(load: (key: string) => Promise<string>, over: Partial<LoadingCacheOptions<string, string>> = {}) {
  return new LoadingCache<string, string>({
    load,
    refreshAfterMs: 250,
    maxAgeMs: 500,
    fallbackAfterInvalidate: false,
    onStaleServed: () => undefined,
    ...over,
  });
}

/** A channel that records what this thread posts and lets the test speak as another thread. */
function fakeChannel() {
  let hear: (key: string) => void = () => undefined;
  const channel: ThreadChannel<string> & { posted: string[]; closed: boolean } = {
    posted: [],
    closed: false,
    post: (key) => void channel.posted.push(key),
    listen: (onMessage) => void (hear = onMessage),
    close: () => void (channel.closed = true),
  };
  return { channel, fromOtherThread: (key: string) => hear(key) };
}

describe("LoadingCache", () => {
  it("returns a usable entry as a value and a load as a promise", async () => {
    const c = cache(source().load);
    const miss = c.get("a");
    expect(miss).toBeInstanceOf(Promise);
    expect(await miss).toBe("a:one");
    const hit = c.get("a");
    expect(hit).not.toBeInstanceOf(Promise);
    expect(hit).toBe("a:one");
  });

  it("loads a missing key once for concurrent callers", async () => {
    const { db, load } = source();
    const c = cache(load);
    expect(await Promise.all([c.get("a"), c.get("a"), c.get("a")])).toEqual(["a:one", "a:one", "a:one"]);
    expect(db.calls).toBe(1);
  });

  it("serves a stale entry while reloading it in the background, then the new value", async () => {
    const { db, load } = source();
    const c = cache(load);
    const t0 = Date.now();
    await c.get("a", t0);
    db.value = "two";
    expect(c.get("a", t0 + 251)).toBe("a:one");
    await vi.waitFor(() => expect(db.calls).toBe(2));
    await new Promise((r) => setTimeout(r, 0));
    expect(c.get("a")).toBe("a:two");
  });

  it("awaits the reload of an entry older than the max age", async () => {
    const { db, load } = source();
    const c = cache(load);
    const t0 = Date.now();
    await c.get("a", t0);
    db.value = "two";
    const old = c.get("a", t0 + 501);
    expect(old).toBeInstanceOf(Promise);
    expect(await old).toBe("a:two");
  });

  it("without a background window reloads an entry once it is maxAgeMs old", async () => {
    const { db, load } = source();
    const c = cache(load, { refreshAfterMs: 5_000, maxAgeMs: 5_000 });
    const t0 = Date.now();
    await c.get("a", t0);
    expect(c.get("a", t0 + 4_999)).toBe("a:one");
    db.value = "two";
    expect(await c.get("a", t0 + 5_001)).toBe("a:two");
  });

  it("keeps serving the last known value while the source is down, and fails without one", async () => {
    const { db, load } = source();
    const onStaleServed = vi.fn();
    const c = cache(load, { onStaleServed });
    const t0 = Date.now();
    await c.get("a", t0);
    db.down = true;
    expect(await c.get("a", t0 + 501)).toBe("a:one");
    expect(onStaleServed).toHaveBeenCalledOnce();
    expect(onStaleServed.mock.calls[0][1]).toBe("a");
    await expect(c.get("never-seen")).rejects.toThrow("database unreachable");
  });

  it("serves a set() value at once", async () => {
    const { db, load } = source();
    const c = cache(load);
    c.set("a", "mine");
    expect(c.get("a")).toBe("mine");
    expect(db.calls).toBe(0);
  });

  it("does not store a load that started before a set() or invalidate() of its key", async () => {
    let release!: (v: string) => void;
    const c = cache(() => new Promise<string>((r) => (release = r)));
    const early = c.get("a");
    c.set("a", "new");
    release("old");
    expect(await early).toBe("old");
    expect(c.get("a")).toBe("new");

    const before = c.get("b");
    const releaseB = release;
    c.invalidate("b");
    const after = c.get("b");
    release("fresh");
    releaseB("stale");
    expect(await before).toBe("stale");
    expect(await after).toBe("fresh");
    expect(c.get("b")).toBe("fresh");
  });

  it("forgets an invalidated entry for good, or keeps it as the fallback when asked to", async () => {
    const gone = source();
    const strict = cache(gone.load);
    await strict.get("a");
    gone.db.down = true;
    strict.invalidate("a");
    await expect(strict.get("a")).rejects.toThrow("database unreachable");

    const kept = source();
    const lenient = cache(kept.load, { fallbackAfterInvalidate: true });
    await lenient.get("a");
    kept.db.value = "two";
    lenient.invalidate("a");
    expect(await lenient.get("a")).toBe("a:two");
    kept.db.down = true;
    lenient.invalidate("a");
    expect(await lenient.get("a")).toBe("a:two");
  });

  it("holds at most maxEntries keys", async () => {
    const { db, load } = source();
    const c = cache(load, { maxEntries: 4 });
    for (const key of ["a", "b", "c", "d", "e"]) await c.get(key);
    expect(db.calls).toBe(5);
    await c.get("a");
    expect(db.calls).toBe(6);
  });

  it("tells the other threads of a set() or invalidate(), and forgets what they change", async () => {
    const { db, load } = source();
    const { channel, fromOtherThread } = fakeChannel();
    const c = cache(load, { channel });
    await c.get("a");
    c.set("b", "mine");
    c.invalidate("a");
    expect(channel.posted).toEqual(["b", "a"]);

    await c.get("a");
    db.value = "two";
    fromOtherThread("a");
    expect(channel.posted).toHaveLength(2);
    expect(await c.get("a")).toBe("a:two");

    c.close();
    expect(channel.closed).toBe(true);
  });
});
