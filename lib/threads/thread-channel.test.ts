import { once } from "node:events";
import { BroadcastChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { getRedirectCache, RedirectCache } from "../redirects/redirect-cache";
import { servableRedirect } from "../redirects/servable-redirect.fixture";
import { refreshingCache } from "../settings/refreshing-cache";
import { startTsWorker } from "./start-ts-worker";
import { threadChannel } from "./thread-channel";

const redirect = servableRedirect({ id: "edited", targetUrl: "https://example.com/old" });

/** Resolves on the next message on `name`; listeners run in order, so earlier ones have run. */
const nextMessage = (name: string) => new Promise<void>((resolve) => threadChannel<unknown>(name).listen(() => resolve()));

describe("thread channel", () => {
  it("delivers a message to the other threads' listeners, not to the sender's", async () => {
    const heard: string[] = [];
    const heardElsewhere = new Promise<void>((resolve) =>
      threadChannel<string>("clicktrail:test-echo").listen((m) => {
        heard.push(m);
        if (m === "from elsewhere") resolve();
      }),
    );
    threadChannel<string>("clicktrail:test-echo").post("from this thread");
    // A second channel object in this thread, as another realm would hold: it hears the post.
    const other = new BroadcastChannel("clicktrail:test-echo");
    other.postMessage("from elsewhere");
    // A channel receives in posting order: its own post, had it come back, would come first.
    await heardElsewhere;
    other.close();
    expect(heard).toEqual(["from elsewhere"]);
  });

  it("an edit saved on another thread reaches this thread's redirect and settings caches", async () => {
    let loads = 0;
    const holder = globalThis as unknown as { __clicktrailRedirectCache?: RedirectCache };
    holder.__clicktrailRedirectCache = new RedirectCache(async () => (loads++, redirect));
    const cache = getRedirectCache();
    await cache.get("edited");
    expect(cache.get("edited")).not.toBeInstanceOf(Promise);

    let settingsLoads = 0;
    const settings = refreshingCache("__clicktrailTestSettings", async () => ++settingsLoads, 60_000);
    expect(await settings.get()).toBe(1);
    expect(await settings.get()).toBe(1);

    const redirectInvalidated = nextMessage("clicktrail:redirect-invalidated");
    const settingsChanged = nextMessage("clicktrail:cache-changed:__clicktrailTestSettings");
    const worker = startTsWorker("tests/support/change-caches-in-thread.ts", { redirectId: "edited", cacheKey: "__clicktrailTestSettings" });
    await once(worker, "message");
    await worker.terminate();

    await Promise.all([redirectInvalidated, settingsChanged]);
    expect(cache.get("edited")).toBeInstanceOf(Promise);
    expect(await settings.get()).toBe(2);
    expect(loads).toBeGreaterThanOrEqual(2);
    delete holder.__clicktrailRedirectCache;
  });
});
