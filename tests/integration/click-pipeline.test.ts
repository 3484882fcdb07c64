import os from "node:os";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { getClickBuffer } from "../../lib/clicks/click-buffer";
import { ClickBuffer } from "../../lib/clicks/click-buffer";
import type { ClickStore } from "../../lib/clicks/click-store";
import { startClickStoreThread } from "../../lib/click-pipeline/start-click-store-thread";
import { HyperLogLog } from "../../lib/clicks/hyperloglog";
import { getDb } from "../../lib/db/client";
import { providerOf } from "../../lib/db/provider";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { createRedirect } from "../../lib/redirects/create-redirect";
import type { Actor } from "../../lib/auth/roles";
import { BACKGROUND_NICENESS, currentThreadId } from "../../lib/threads/lower-thread-priority";
import { threadNiceValues } from "../../lib/threads/thread-nice-values.fixture";
import { threadPart } from "../../lib/threads/thread-parts";
import { uid, userActor } from "../support/actors";
import { CHROME_ANDROID, rawClick } from "../support/raw-click";
import { storeClickNow, withConfig } from "../support/thread-parts";

let editor: Actor;
beforeAll(async () => {
  editor = await userActor("editor");
});

/** This file's click store, which stores in this thread (tests/support/setup-env.ts). */
const clickStore = () => threadPart("clickStore");

async function hourly(redirectId: string) {
  return getDb().clickHourly.findMany({ where: { redirectId }, orderBy: { hour: "asc" } });
}

describe("click pipeline", () => {
  it("stores every queued click and keeps hourly totals equal to the raw rows", async () => {
    const a = await createRedirect(editor, { name: "A", targetUrl: "https://example.com/a" });
    const buffer = getClickBuffer();
    const base = Date.UTC(2026, 10, 20, 10, 30);
    const sessions = ["s-1", "s-2", "s-3"];
    for (let i = 0; i < 1_200; i++) {
      buffer.enqueue(
        rawClick(a.id, {
          at: new Date(base + (i % 2) * 3_600_000),
          sessionId: sessions[i % 3],
          userAgent: i % 10 === 0 ? "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" : CHROME_ANDROID,
        }),
      );
    }
    expect(await buffer.drain(10_000)).toBe(true);

    const rows = await getDb().click.findMany({ where: { redirectId: a.id } });
    expect(rows).toHaveLength(1_200);
    const hours = await hourly(a.id);
    expect(hours.map((h) => h.hour.toISOString())).toEqual(["2026-11-20T10:00:00.000Z", "2026-11-20T11:00:00.000Z"]);
    for (const h of hours) {
      const inHour = rows.filter((r) => r.at.getTime() >= h.hour.getTime() && r.at.getTime() < h.hour.getTime() + 3_600_000);
      expect(h.total).toBe(inHour.length);
      expect(h.bot).toBe(inHour.filter((r) => r.isBot).length);
      expect(h.human).toBe(inHour.filter((r) => !r.isBot).length);
      expect(HyperLogLog.deserialize(h.sessions).count()).toBe(3);
    }
    expect(hours.reduce((n, h) => n + h.bot, 0)).toBe(120);
  });

  it("stores each click of a batch with its own time and properties, in a full group and in the rest", async () => {
    const r = await createRedirect(editor, { name: "Mixed", targetUrl: "https://example.com/m" });
    const shared = { campaign: "shared" };
    const base = Date.UTC(2026, 10, 21, 9, 0, 0, 0);
    // 53 clicks: one group of 50 rows per INSERT, then three single rows; properties and times
    // alternate between reused and new values inside both.
    const clicks = Array.from({ length: 53 }, (_, i) =>
      rawClick(r.id, {
        sessionId: `s-mixed-${i}`,
        at: new Date(base + Math.floor(i / 3)),
        properties: i % 4 === 0 ? { campaign: `own-${i}` } : shared,
      }),
    );
    await clickStore().store(clicks);
    const rows = await getDb().click.findMany({ where: { redirectId: r.id }, orderBy: { id: "asc" } });
    expect(rows.map((c) => [c.sessionId, c.at.getTime(), (c.properties as { campaign: string }).campaign])).toEqual(
      clicks.map((c, i) => [`s-mixed-${i}`, c.at.getTime(), i % 4 === 0 ? `own-${i}` : "shared"]),
    );
  });

  it("stores values with tabs, line breaks, backslashes, quotes and non-ASCII exactly as captured", async () => {
    const awkward = 'tab\there, line\nbreak\r\n, back\\slash \\N, "quoted", ünïcødé ✓ 🙂';
    const r = await createRedirect(editor, { name: "Awkward", targetUrl: "https://example.com/awkward" });
    const props = { campaign: awkward, nested: { list: [awkward, null, 1.5] } };
    await clickStore().store([
      rawClick(r.id, {
        sessionId: "s-awkward",
        userAgent: awkward,
        referer: awkward,
        acceptLanguage: awkward,
        properties: props,
      }),
      rawClick(r.id, { sessionId: null, userAgent: null, referer: null, acceptLanguage: null, ip: null }),
    ]);
    const rows = await getDb().click.findMany({ where: { redirectId: r.id }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      sessionId: "s-awkward",
      userAgent: awkward,
      referer: awkward,
      acceptLanguage: awkward,
      properties: props,
    });
    expect(rows[1]).toMatchObject({ sessionId: null, userAgent: null, referer: null, acceptLanguage: null, ip: null });
  });

  it("enriches clicks: browser, OS, device, country, anonymized IP", async () => {
    const r = await createRedirect(editor, { name: "Enriched", targetUrl: "https://example.com/e" });
    await storeClickNow(rawClick(r.id, { sessionId: "s-enriched", ip: "8.8.8.8" }));
    const click = await getDb().click.findFirstOrThrow({ where: { redirectId: r.id } });
    expect(click).toMatchObject({
      sessionId: "s-enriched",
      browser: "Chrome",
      os: "Android",
      deviceType: "mobile",
      country: "US",
      ip: "8.8.8.0",
      isBot: false,
      properties: { campaign: "pipeline" },
    });
  });

  it("stores a click with a consent signal anonymously", async () => {
    const r = await createRedirect(editor, { name: "GPC", targetUrl: "https://example.com/g" });
    await storeClickNow(rawClick(r.id, { gpc: true, sessionId: "s-gpc", referer: "https://mail.example/" }));
    await storeClickNow(rawClick(r.id, { dnt: true, sessionId: "s-dnt" }));
    const clicks = await getDb().click.findMany({ where: { redirectId: r.id }, orderBy: { privacyReason: "asc" } });
    expect(clicks.map((c) => c.privacyReason)).toEqual(["dnt", "gpc"]);
    for (const c of clicks) {
      expect(c).toMatchObject({ sessionId: null, ip: null, userAgent: null, referer: null, browser: "Chrome", os: "Android" });
    }
    const [h] = await hourly(r.id);
    expect(h.total).toBe(2);
    expect(HyperLogLog.deserialize(h.sessions).count()).toBe(0);
  });

  it("flags scanners and bursts as bots with a reason and still stores them", async () => {
    const r = await createRedirect(editor, { name: "Bots", targetUrl: "https://example.com/b" });
    await storeClickNow(rawClick(r.id, { userAgent: "Mozilla/5.0 (compatible; proofpoint)" }));
    const burstSession = uid("burst");
    const links = [];
    for (let i = 0; i < 7; i++) links.push(await createRedirect(editor, { name: `L${i}`, targetUrl: "https://example.com/l" }));
    for (const link of links) getClickBuffer().enqueue(rawClick(link.id, { sessionId: burstSession }));
    await getClickBuffer().drain(5000);
    const scanner = await getDb().click.findFirstOrThrow({ where: { redirectId: r.id } });
    expect(scanner).toMatchObject({ isBot: true });
    expect(scanner.botReason).toMatch(/^scanner:/);
    // Each click comes from another address, so the session decides: more than five distinct
    // links within 3 s flags the sixth click and the seventh.
    const burst = await getDb().click.findMany({ where: { sessionId: burstSession } });
    expect(burst).toHaveLength(7);
    const flagged = burst.filter((c) => c.isBot);
    expect(flagged.map((c) => c.botReason)).toEqual(["burst", "burst"]);
    expect(flagged.map((c) => c.redirectId).sort()).toEqual([links[5].id, links[6].id].sort());
  });

  it("keeps a failed batch and retries it until the database takes it", async () => {
    const r = await createRedirect(editor, { name: "Retry", targetUrl: "https://example.com/r" });
    let failures = 2;
    const flaky: ClickStore = {
      store: (clicks) => (failures-- > 0 ? Promise.reject(new Error("database is down")) : clickStore().store(clicks)),
      close: async () => undefined,
    };
    const buffer = new ClickBuffer(flaky);
    for (let i = 0; i < 10; i++) buffer.enqueue(rawClick(r.id));
    expect(await buffer.drain(10_000)).toBe(true);
    buffer.stop();
    expect(await getDb().click.count({ where: { redirectId: r.id } })).toBe(10);
    expect((await hourly(r.id))[0].total).toBe(10);
  });

  it("stores through the worker-thread click store, a background thread on SQLite", async () => {
    const r = await createRedirect(editor, { name: "Worker", targetUrl: "https://example.com/w" });
    const threadsBefore = new Set(threadNiceValues().keys());
    const store = startClickStoreThread(inject("databaseUrl"));
    const buffer = new ClickBuffer(store);
    for (let i = 0; i < 700; i++) buffer.enqueue(rawClick(r.id, { sessionId: `w-${i % 7}` }));
    expect(await buffer.drain(10_000)).toBe(true);
    buffer.stop();
    const own = os.getPriority(currentThreadId());
    const started = [...threadNiceValues()].filter(([tid]) => !threadsBefore.has(tid)).map(([, nice]) => nice);
    const lowered = Math.min(19, own + BACKGROUND_NICENESS);
    if (providerOf(inject("databaseUrl")) === "sqlite") expect(started).toContain(lowered);
    else expect(started).not.toContain(lowered);
    await store.close();
    expect(await getDb().click.count({ where: { redirectId: r.id } })).toBe(700);
    const [h] = await hourly(r.id);
    expect(h.total).toBe(700);
    expect(HyperLogLog.deserialize(h.sessions).count()).toBe(7);
  });

  it("with CLICK_WRITE=sync stores the click before the redirect answers", async () => {
    const r = await createRedirect(editor, { name: "Sync", targetUrl: "https://example.com/sync" });
    await withConfig({ CLICK_WRITE: "sync" }, async () => {
      const res = await handlePublicRequest({ method: "GET", url: `/redirect/${r.id}/s-sync`, headers: {}, remoteAddress: null });
      expect(res.status).toBe(302);
      expect(getClickBuffer().pending).toBe(0);
      expect(await getDb().click.count({ where: { redirectId: r.id, sessionId: "s-sync" } })).toBe(1);
    });
  });

  it("refuses clicks beyond its bound instead of growing without limit", async () => {
    const never: ClickStore = { store: () => Promise.reject(new Error("down")), close: async () => undefined };
    const buffer = new ClickBuffer(never, { maxPending: 5 });
    const accepted = Array.from({ length: 8 }, () => buffer.enqueue(rawClick("x")));
    buffer.stop();
    expect(accepted.filter(Boolean)).toHaveLength(5);
    expect(buffer.dropped).toBe(3);
  });
});
