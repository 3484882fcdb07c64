import { beforeAll, describe, expect, it } from "vitest";
import { getClickBuffer } from "../../lib/clicks/click-buffer";
import { getDb } from "../../lib/db/client";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { deleteRedirect } from "../../lib/redirects/delete-redirect";
import { rotateSigningKey } from "../../lib/signing/rotate-signing-key";
import { signLink } from "../../lib/signing/sign-link";
import type { Actor } from "../../lib/auth/roles";
import { uid, userActor } from "../support/actors";
import { removeSigningKeysCreatedHere } from "../support/signing-key-cleanup";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const GMAIL_PROXY = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";

removeSigningKeysCreatedHere();

let editor: Actor;
let admin: Actor;
beforeAll(async () => {
  editor = await userActor("editor");
  admin = await userActor("admin");
});

const get = (url: string, method = "GET", ua = CHROME) =>
  handlePublicRequest({ method, url, headers: { "user-agent": ua, "accept-language": "en" }, remoteAddress: "81.2.69.142" });

/** Clicks whose properties carry this test's campaign, once the buffer has written them. */
async function clicksOf(campaign: string) {
  expect(await getClickBuffer().drain(5000)).toBe(true);
  const rows = await getDb().click.findMany({ where: { source: { in: ["signed", "pixel"] } }, orderBy: { id: "asc" } });
  return rows.filter((r) => (r.properties as { campaign?: string }).campaign === campaign);
}

describe("signed links /l/{token}", () => {
  it("redirect to the signed target and store a click with the tags, campaign and key version", async () => {
    const r = await createRedirect(editor, {
      name: "Signed",
      targetUrl: "https://example.com/r",
      eventType: "newsletter.click",
      eventProperties: { list: "weekly" },
    });
    const campaign = uid("c");
    const token = await signLink({
      kind: "link",
      targetUrl: "https://example.com/article?id=7",
      redirectId: r.id,
      tags: ["hero", "k:v"],
      campaign,
    });
    const res = await get(`/l/${token}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("https://example.com/article?id=7");
    expect((await get(`/l/${token}/s-recipient-1`)).status).toBe(302);
    expect((await get(`/l/${token}`, "HEAD")).status).toBe(302);

    const clicks = await clicksOf(campaign);
    expect(clicks).toHaveLength(2);
    expect(clicks[0]).toMatchObject({
      source: "signed",
      redirectId: r.id,
      eventType: "newsletter.click",
      targetUrl: "https://example.com/article?id=7",
      sessionId: null,
    });
    expect(clicks[0].properties).toMatchObject({
      list: "weekly",
      tags: ["hero", "k:v"],
      campaign,
      keyVersion: expect.any(Number),
    });
    expect(clicks[1].sessionId).toBe("s-recipient-1");
  });

  it("answer the 404 page, never a redirect, for altered, truncated and foreign tokens", async () => {
    const campaign = uid("c");
    const token = await signLink({ kind: "link", targetUrl: "https://example.com/x", campaign });
    const flipped = token.slice(0, 10) + (token[10] === "A" ? "B" : "A") + token.slice(11);
    const pixel = await signLink({ kind: "pixel", campaign });
    for (const url of [
      `/l/${flipped}`,
      `/l/${token.slice(0, -3)}`,
      `/l/${token}x`,
      `/l/${pixel}`,
      "/l/",
      `/l/${flipped}/{{session@id}}`,
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.location, url).toBeUndefined();
    }
    expect(await clicksOf(campaign)).toHaveLength(0);
  });

  it("keep working after the redirect is deleted and after the key is rotated", async () => {
    const r = await createRedirect(editor, { name: "Gone", targetUrl: "https://example.com/gone" });
    const campaign = uid("c");
    const token = await signLink({ kind: "link", targetUrl: "https://example.com/still", redirectId: r.id, campaign });
    await deleteRedirect(editor, r.id);
    await rotateSigningKey(admin);
    const res = await get(`/l/${token}`);
    expect(res.headers.location).toBe("https://example.com/still");
    const [click] = await clicksOf(campaign);
    // The click is not tied to the deleted redirect (see serve-signed-link.ts) but names it.
    expect(click.redirectId).toBeNull();
    expect(click.properties).toMatchObject({ redirectId: r.id });
  });

  it("redirect without recording once the tracking window from the issue time is over", async () => {
    const campaign = uid("c");
    const issued = new Date(Date.now() - 400 * 86_400_000);
    const token = await signLink({ kind: "link", targetUrl: "https://example.com/old", campaign }, issued);
    expect((await get(`/l/${token}`)).status).toBe(302);
    expect(await clicksOf(campaign)).toHaveLength(0);
  });
});

describe("open pixels /o/{token}.gif", () => {
  it("answer a 1×1 GIF that is never cached and record email.opened, image proxies as bots", async () => {
    const campaign = uid("c");
    const token = await signLink({ kind: "pixel", tags: ["may"], campaign });
    const res = await get(`/o/${token}.gif`);
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({ "content-type": "image/gif", "cache-control": "private, no-store" });
    expect(
      Buffer.from(res.body as Uint8Array)
        .subarray(0, 6)
        .toString("latin1"),
    ).toBe("GIF89a");
    await get(`/o/${token}/s-9.gif`, "GET", GMAIL_PROXY);
    const link = await signLink({ kind: "link", targetUrl: "https://example.com/", campaign });
    expect((await get(`/o/${link}.gif`)).status).toBe(404);
    expect((await get(`/o/${token}`)).status).toBe(404);

    const clicks = await clicksOf(campaign);
    expect(clicks.map((c) => [c.source, c.eventType, c.sessionId, c.isBot])).toEqual([
      ["pixel", "email.opened", null, false],
      ["pixel", "email.opened", "s-9", true],
    ]);
    expect(clicks[1].botReason).toBe("scanner:google-image-proxy");
  });
});
