import QRCode from "qrcode";
import { beforeAll, describe, expect, it } from "vitest";
import { getLatestClicks } from "../../lib/analytics/get-latest-clicks";
import { getOverviewFacts } from "../../lib/analytics/get-overview-facts";
import { getDb } from "../../lib/db/client";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { deleteRedirect } from "../../lib/redirects/delete-redirect";
import { qrQuerySchema, renderRedirectQr } from "../../lib/redirects/render-redirect-qr";
import type { Actor } from "../../lib/auth/roles";
import { uid, userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";
import { rawClick, storeClicks } from "../support/raw-click";

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0";

let editor: Actor;
let viewer: Actor;
beforeAll(async () => {
  editor = await userActor("editor");
  viewer = await userActor("viewer");
});

const raw = (redirectId: string, at: Date) => rawClick(redirectId, { at, userAgent: FIREFOX });

/** 2034: a year no other test file writes clicks in, so a range there holds only these. */
const at = (day: number, hour: number) => new Date(Date.UTC(2034, 4, day, hour, 15));

describe("overview facts", () => {
  it("counts active redirects only and names the newest one", async () => {
    const before = await getOverviewFacts(viewer);
    await createRedirect(editor, { name: "Paused", targetUrl: "https://example.com/p", status: "paused" });
    const gone = await createRedirect(editor, { name: "Gone", targetUrl: "https://example.com/g" });
    await deleteRedirect(editor, gone.id);
    const active = await createRedirect(editor, { name: "Active", targetUrl: "https://example.com/n" });
    const after = await getOverviewFacts(viewer);
    expect(after.activeRedirects).toBe(before.activeRedirects + 1);
    expect(after.newestActiveRedirectId).toBe(active.id);
  });

  it("tells an install without clicks from one with clicks, from the aggregates", async () => {
    // First in this file: on a fresh database (this file alone) it sees an install without clicks.
    const before = await getOverviewFacts(viewer);
    expect(before.hasClicks).toBe((await getDb().clickHourly.count()) > 0);
    const r = await createRedirect(editor, { name: "First click", targetUrl: "https://example.com/f" });
    await storeClicks([raw(r.id, new Date())]);
    expect((await getOverviewFacts(viewer)).hasClicks).toBe(true);
  });
});

describe("latest clicks", () => {
  let a: string;
  let b: string;
  beforeAll(async () => {
    a = (await createRedirect(editor, { name: "Latest A", targetUrl: "https://example.com/a" })).id;
    b = (await createRedirect(editor, { name: "Latest B", targetUrl: "https://example.com/b" })).id;
    await storeClicks([raw(a, at(1, 9)), raw(a, at(2, 9)), raw(b, at(2, 10)), raw(a, at(3, 9)), raw(a, at(9, 9))]);
  });
  const range = { from: new Date(Date.UTC(2034, 4, 1)), to: new Date(Date.UTC(2034, 4, 8)) };

  it("lists the range's clicks newest first, with the redirect's name, for a viewer", async () => {
    const clicks = await getLatestClicks(viewer, range);
    expect(clicks.map((c) => [c.redirectId, c.at])).toEqual([
      [a, at(3, 9).toISOString()],
      [b, at(2, 10).toISOString()],
      [a, at(2, 9).toISOString()],
      [a, at(1, 9).toISOString()],
    ]);
    expect(clicks[1]).toMatchObject({
      redirectName: "Latest B",
      browser: "Firefox",
      os: "Windows",
      deviceType: "desktop",
      isBot: false,
    });
  });

  it("narrows to one redirect and stops at the limit", async () => {
    const clicks = await getLatestClicks(viewer, { ...range, redirectId: a, limit: 2 });
    expect(clicks.map((c) => c.at)).toEqual([at(3, 9).toISOString(), at(2, 9).toISOString()]);
    expect(await getLatestClicks(viewer, { ...range, redirectId: uid("none") })).toEqual([]);
  });

  it("refuses a malformed redirect ID and an oversized limit with a 400", async () => {
    await expectAppError(getLatestClicks(viewer, { ...range, redirectId: "x' OR 1=1 --" }), "bad_request");
    await expectAppError(getLatestClicks(viewer, { ...range, limit: 1_000_000 }), "bad_request");
  });
});

describe("redirect QR code", () => {
  const origin = "https://go.example.com";
  let id: string;
  beforeAll(async () => {
    id = (await createRedirect(editor, { name: "QR", targetUrl: "https://example.com/qr" })).id;
  });

  it("encodes the public link as PNG and SVG, for a viewer", async () => {
    const link = `${origin}/redirect/${id}`;
    const png = await renderRedirectQr(viewer, { id, origin: `${origin}/`, format: "png", size: 256 });
    expect(png.url).toBe(link);
    expect(png.contentType).toBe("image/png");
    const bytes = Buffer.from(png.body as Uint8Array);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Width of the IHDR chunk: the requested size.
    expect(bytes.readUInt32BE(16)).toBe(256);
    const options = { errorCorrectionLevel: "M", margin: 2, width: 256, color: { dark: "#000000", light: "#ffffff" } } as const;
    expect(bytes.equals(await QRCode.toBuffer(link, { ...options, type: "png" }))).toBe(true);

    const svg = await renderRedirectQr(viewer, { id, origin, format: "svg", size: 256 });
    expect(svg.contentType).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toBe(await QRCode.toString(link, { ...options, type: "svg" }));
    expect(svg.body).toMatch(/^<svg [^>]*width="256"/);
  });

  it("answers 404 for unknown and deleted redirects", async () => {
    await expectAppError(renderRedirectQr(viewer, { id: uid("nope"), origin, format: "png", size: 256 }), "not_found");
    const gone = await createRedirect(editor, { name: "Gone QR", targetUrl: "https://example.com/gq" });
    await deleteRedirect(editor, gone.id);
    await expectAppError(renderRedirectQr(viewer, { id: gone.id, origin, format: "svg", size: 256 }), "not_found");
  });

  it("refuses bad sizes, formats and origins with a 400 and reads defaults from an empty query", async () => {
    for (const input of [{ size: 10 }, { size: 5000 }, { size: 12.5 }, { format: "gif" as "png" }]) {
      await expectAppError(renderRedirectQr(viewer, { id, origin, format: "png", size: 256, ...input }), "bad_request");
    }
    await expectAppError(
      renderRedirectQr(viewer, { id, origin: "javascript:alert(1)", format: "png", size: 256 }),
      "bad_request",
    );
    await expectAppError(renderRedirectQr(viewer, { id: "../etc/passwd", origin, format: "png", size: 256 }), "bad_request");
    expect(qrQuerySchema.parse({})).toEqual({ format: "png", size: 512, download: "0" });
    expect(qrQuerySchema.safeParse({ size: "9999999" }).success).toBe(false);
    expect(qrQuerySchema.safeParse({ download: "yes" }).success).toBe(false);
  });
});
