import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { deleteRedirect } from "../../lib/redirects/delete-redirect";
import { getClickBuffer } from "../../lib/clicks/click-buffer";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { updateRedirect } from "../../lib/redirects/update-redirect";
import type { Actor } from "../../lib/auth/roles";
import { userActor } from "../support/actors";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
let editor: Actor;
beforeAll(async () => {
  editor = await userActor("editor");
});

const get = (url: string, method = "GET") =>
  handlePublicRequest({
    method,
    url,
    headers: { "user-agent": CHROME, referer: "https://mail.example/", "accept-language": "en-GB,en;q=0.9" },
    remoteAddress: "::ffff:81.2.69.142",
  });

describe("the redirect endpoint on a real database", () => {
  it("redirects and stores the enriched click with its session", async () => {
    const r = await createRedirect(editor, {
      name: "Endpoint",
      targetUrl: "https://example.com/landing",
      eventType: "promo.click",
      eventProperties: { campaign: "q4" },
    });
    const res = await get(`/redirect/${r.id}/s-123`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("https://example.com/landing");
    await getClickBuffer().drain(5000);
    const clicks = await getDb().click.findMany({ where: { redirectId: r.id } });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]).toMatchObject({
      sessionId: "s-123",
      eventType: "promo.click",
      properties: { campaign: "q4" },
      targetUrl: "https://example.com/landing",
      source: "redirect",
      ip: "81.2.69.0", // anonymized by default (/24)
      userAgent: CHROME,
      referer: "https://mail.example/",
      acceptLanguage: "en-GB,en;q=0.9",
      browser: "Chrome",
      os: "Linux",
      deviceType: "desktop",
      country: "GB",
      isBot: false,
      botReason: null,
      privacyReason: null,
    });
  });

  it("answers a redirect held in the cache synchronously and still stores its click", async () => {
    const r = await createRedirect(editor, { name: "Warm", targetUrl: "https://example.com/warm" });
    await get(`/redirect/${r.id}/s-cold`);
    const warm = get(`/redirect/${r.id}/s-warm`);
    expect(warm).not.toBeInstanceOf(Promise);
    expect(warm).toMatchObject({ status: 302, headers: { location: "https://example.com/warm" } });
    await getClickBuffer().drain(5000);
    const sessions = (await getDb().click.findMany({ where: { redirectId: r.id }, orderBy: { id: "asc" } })).map(
      (c) => c.sessionId,
    );
    expect(sessions).toEqual(["s-cold", "s-warm"]);
  });

  it("answers 404 for paused and deleted redirects, and again once resumed", async () => {
    const r = await createRedirect(editor, { name: "Pause", targetUrl: "https://example.com/p" });
    await updateRedirect(editor, r.id, { status: "paused" });
    expect((await get(`/redirect/${r.id}`)).status).toBe(404);
    await updateRedirect(editor, r.id, { status: "active" });
    expect((await get(`/redirect/${r.id}`)).status).toBe(302);
    await deleteRedirect(editor, r.id);
    expect((await get(`/redirect/${r.id}`)).status).toBe(404);
  });

  it("stores no click for HEAD or outside the tracking window", async () => {
    const r = await createRedirect(editor, { name: "Window", targetUrl: "https://example.com/w", trackingDays: 0 });
    const res = await get(`/redirect/${r.id}/s-1`);
    expect(res.status).toBe(302);
    expect(res.click).toBeNull();
    const live = await createRedirect(editor, { name: "Head", targetUrl: "https://example.com/h" });
    expect((await get(`/redirect/${live.id}`, "HEAD")).click).toBeNull();
  });

  it("serves an edit at once on this instance", async () => {
    const r = await createRedirect(editor, { name: "Cached", targetUrl: "https://example.com/before" });
    expect((await get(`/redirect/${r.id}`)).headers.location).toBe("https://example.com/before");
    await updateRedirect(editor, r.id, { targetUrl: "https://example.com/after" });
    expect((await get(`/redirect/${r.id}`)).headers.location).toBe("https://example.com/after");
    await updateRedirect(editor, r.id, { status: "paused" });
    expect((await get(`/redirect/${r.id}`)).status).toBe(404);
  });

  it("serves a redirect created after its ID was looked up (no stale 404)", async () => {
    const id = `late-${Date.now()}`;
    expect((await get(`/redirect/${id}`)).status).toBe(404);
    await createRedirect(editor, { id, name: "Late", targetUrl: "https://example.com/late" });
    expect((await get(`/redirect/${id}`)).status).toBe(302);
  });
});
