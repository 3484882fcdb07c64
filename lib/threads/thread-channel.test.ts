import { once } from "node:events";
import { BroadcastChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { singleValueCache } from "../cache/single-value-cache";
import { createRedirectCache } from "../redirects/redirect-cache";
import { servableRedirect } from "../redirects/servable-redirect.fixture";
import { startTsWorker } from "./start-ts-worker";
import { createThreadChannel } from "./thread-channel";

const redirect = servableRedirect({ id: "edited", targetUrl: "https://example.com/old" });

/** Resolves on the next message on `name`; listeners run in order, so earlier ones have run. */
const nextMessage = (name: string) =>
  new Promise<void>((resolve) => {
    const channel = createThreadChannel<unknown>(name);
    channel.listen(() => {
      channel.close();
      resolve();
    });
  });

describe("thread channel", () => {
  it("delivers a message to the other threads' listeners, not to the sender's", async () => {
    const heard: string[] = [];
    const channel = createThreadChannel<string>("clicktrail:test-echo");
    const heardElsewhere = new Promise<void>((resolve) =>
      channel.listen((m) => {
        heard.push(m);
        if (m === "from elsewhere") resolve();
      }),
    );
    channel.post("from this thread");
    // A second channel object in this thread, as another realm would hold: it hears the post.
    const other = new BroadcastChannel("clicktrail:test-echo");
    other.postMessage("from elsewhere");
    // A channel receives in posting order: its own post, had it come back, would come first.
    await heardElsewhere;
    other.close();
    channel.close();
    expect(heard).toEqual(["from elsewhere"]);
  });

  it("an edit saved on another thread reaches this thread's redirect and settings caches", async () => {
    let loads = 0;
    const cache = createRedirectCache(async () => (loads++, redirect));
    await cache.get("edited");
    expect(cache.get("edited")).not.toBeInstanceOf(Promise);

    let settingsLoads = 0;
    const settings = singleValueCache("test-settings", async () => ++settingsLoads, 60_000);
    expect(await settings.get()).toBe(1);
    expect(await settings.get()).toBe(1);

    const redirectInvalidated = nextMessage("clicktrail:redirect-invalidated");
    const settingsChanged = nextMessage("clicktrail:cache-changed:test-settings");
    const worker = startTsWorker("tests/support/change-caches-in-thread.ts", {
      redirectId: "edited",
      cacheName: "test-settings",
    });
    await once(worker, "message");
    await worker.terminate();

    await Promise.all([redirectInvalidated, settingsChanged]);
    expect(cache.get("edited")).toBeInstanceOf(Promise);
    expect(await settings.get()).toBe(2);
    expect(loads).toBeGreaterThanOrEqual(2);
    cache.close();
    settings.close();
  });
});
