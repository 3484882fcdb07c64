import { validateHeaderValue } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { getClickBuffer } from "../../lib/clicks/click-buffer";
import { getDb } from "../../lib/db/client";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { getStatsReport } from "../../lib/analytics/get-stats-report";
import { parseRange } from "../../lib/analytics/range";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { getRedirectCache } from "../../lib/redirects/redirect-cache";
import { updateRedirect } from "../../lib/redirects/update-redirect";
import { signLink } from "../../lib/signing/sign-link";
import type { Actor } from "../../lib/auth/roles";
import { uid, userActor } from "../support/actors";
import { removeSigningKeysCreatedHere } from "../support/signing-key-cleanup";

removeSigningKeysCreatedHere();

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const get = (url: string) =>
  handlePublicRequest({ method: "GET", url, headers: { "user-agent": CHROME }, remoteAddress: "81.2.69.142" });

let editor: Actor;
beforeAll(async () => {
  editor = await userActor("editor");
});

async function storedClicks(where: { redirectId?: string; source?: string }) {
  expect(await getClickBuffer().drain(5000)).toBe(true);
  return getDb().click.findMany({ where, orderBy: { id: "asc" } });
}

describe("every accepted target is servable", () => {
  it("stores a pasted non-ASCII target percent-encoded and serves it as a valid Location", async () => {
    const r = await createRedirect(editor, { name: "Umlaut", targetUrl: "https://bücher.example/straße/ж?q=日本#größe" });
    expect(r.targetUrl).toBe("https://xn--bcher-kva.example/stra%C3%9Fe/%D0%B6?q=%E6%97%A5%E6%9C%AC#gr%C3%B6%C3%9Fe");
    const row = await getDb().redirect.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.targetUrl).toBe(r.targetUrl);
    const res = await get(`/redirect/${r.id}/s-1`);
    expect(res.status).toBe(302);
    expect(() => validateHeaderValue("location", res.headers.location)).not.toThrow();
    expect(res.headers.location).toBe(r.targetUrl);
    const updated = await updateRedirect(editor, r.id, { targetUrl: "https://example.com/é" });
    expect(updated.targetUrl).toBe("https://example.com/%C3%A9");
  });

  it("serves a target stored before normalisation without ending the process", async () => {
    const r = await createRedirect(editor, { name: "Legacy", targetUrl: "https://example.com/legacy" });
    await getDb().redirect.update({ where: { id: r.id }, data: { targetUrl: "https://example.com/ж legacy" } });
    getRedirectCache().invalidate(r.id);
    const res = await get(`/redirect/${r.id}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("https://example.com/%D0%B6%20legacy");
    const clicks = await storedClicks({ redirectId: r.id });
    expect(clicks.map((c) => c.targetUrl)).toEqual(["https://example.com/%D0%B6%20legacy"]);
  });

  it("signs a non-ASCII target in its servable form", async () => {
    const token = await signLink({ kind: "link", targetUrl: "https://example.com/ж", tags: [], campaign: uid("c") });
    const res = await get(`/l/${token}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("https://example.com/%D0%B6");
  });
});

describe("recipients are never stranded by a broken session", () => {
  it("redirects unfilled and malformed sessions, stores the clicks without them, flagged, and counts them", async () => {
    const r = await createRedirect(editor, { name: "Newsletter", targetUrl: "https://example.com/news" });
    const paths = [
      `/redirect/${r.id}/{{session@id}}`,
      `/redirect/${r.id}/%7B%7Bsession@id%7D%7D`,
      `/redirect/${r.id}/%%recipient.id%%`,
      `/redirect/${r.id}/<script>`,
      `/redirect/${r.id}/a/b`,
      `/redirect/${r.id}/s-good`,
    ];
    for (const path of paths) {
      const res = await get(path);
      expect(res.status, path).toBe(302);
      expect(res.headers.location).toBe("https://example.com/news");
    }
    const clicks = await storedClicks({ redirectId: r.id });
    expect(clicks.map((c) => [c.sessionId, c.sessionIssue])).toEqual([
      [null, "unfilled"],
      [null, "unfilled"],
      [null, "unfilled"],
      [null, "malformed"],
      [null, "malformed"],
      ["s-good", null],
    ]);
    const report = await getStatsReport(editor, { range: parseRange({ range: "24h" }), redirectId: r.id });
    expect(report.sessionIssues).toEqual({ unfilled: 3, malformed: 2 });
    const overview = await getStatsReport(editor, { range: parseRange({ range: "24h" }) });
    expect(overview.sessionIssues.unfilled).toBeGreaterThanOrEqual(3);
  });

  it("sends a signed link with an unfilled session to its target, flagged; a signed session stands", async () => {
    const campaign = uid("c");
    const plain = await signLink({ kind: "link", targetUrl: "https://example.com/offer", tags: [], campaign });
    const pinned = await signLink({
      kind: "link",
      targetUrl: "https://example.com/offer",
      sessionId: "s-pinned",
      tags: [],
      campaign,
    });
    expect((await get(`/l/${plain}/{{session@id}}`)).status).toBe(302);
    expect((await get(`/l/${plain}/bad%20session`)).status).toBe(302);
    expect((await get(`/l/${pinned}/{{session@id}}`)).status).toBe(302);
    // A different valid session than the signed one is still refused: the signer chose the recipient.
    expect((await get(`/l/${pinned}/s-other`)).status).toBe(404);
    const pixel = await signLink({ kind: "pixel", tags: [], campaign });
    expect((await get(`/o/${pixel}/%7B%7Bsession@id%7D%7D.gif`)).status).toBe(200);
    const clicks = (await storedClicks({})).filter((c) => (c.properties as { campaign?: string }).campaign === campaign);
    expect(clicks.map((c) => [c.source, c.sessionId, c.sessionIssue])).toEqual([
      ["signed", null, "unfilled"],
      ["signed", null, "malformed"],
      ["signed", "s-pinned", null],
      ["pixel", null, "unfilled"],
    ]);
  });

  it("keeps the 404 page for unknown IDs and bad tokens whatever the session", async () => {
    expect((await get("/redirect/no-such-id/{{session@id}}")).status).toBe(404);
    expect((await get("/l/not-a-token/{{session@id}}")).status).toBe(404);
  });
});
