import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { deleteRedirect } from "../../lib/redirects/delete-redirect";
import { handleRedirectRequest, storeClickInBackground } from "../../lib/redirects/handle-redirect-request";
import { updateRedirect } from "../../lib/redirects/update-redirect";
import type { Actor } from "../../lib/auth/roles";
import { uid, userActor } from "../support/actors";

let editor: Actor;
beforeAll(async () => {
  editor = await userActor("editor");
});

const get = (url: string, method = "GET") =>
  handleRedirectRequest({
    method,
    url,
    headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130", referer: "https://mail.example/" },
    remoteAddress: "::ffff:203.0.113.5",
  });

describe("the redirect endpoint on a real database", () => {
  it("redirects and stores the click with its session", async () => {
    const r = await createRedirect(editor, {
      name: "Endpoint",
      targetUrl: "https://example.com/landing",
      eventType: "promo.click",
      eventProperties: { campaign: "q4" },
    });
    const res = await get(`/redirect/${r.id}/s-123`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("https://example.com/landing");
    await storeClickInBackground(res.click);
    const clicks = await getDb().click.findMany({ where: { redirectId: r.id } });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]).toMatchObject({
      sessionId: "s-123",
      eventType: "promo.click",
      properties: { campaign: "q4" },
      targetUrl: "https://example.com/landing",
      source: "redirect",
      ip: "203.0.113.5",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/130",
      referer: "https://mail.example/",
      isBot: false,
    });
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

  it("does not break the redirect when storing the click fails", async () => {
    const r = await createRedirect(editor, { name: "Fail", targetUrl: "https://example.com/f" });
    const res = await get(`/redirect/${r.id}`);
    await expect(
      storeClickInBackground({ ...res.click!, at: new Date("not a date") }),
    ).resolves.toBeUndefined();
  });
});
