import { beforeAll, describe, expect, it } from "vitest";
import { getClickBuffer } from "../../lib/clicks/click-buffer";
import { parseConfig } from "../../lib/config";
import { getDb } from "../../lib/db/client";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { createRedirect } from "../../lib/redirects/create-redirect";
import type { Actor } from "../../lib/auth/roles";
import { userActor } from "../support/actors";
import { withConfig } from "../support/thread-parts";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
let editor: Actor;
beforeAll(async () => {
  editor = await userActor("editor");
});

/** One click through the public handler, under TRUST_PROXY=`trust`, from `peer` with this X-Forwarded-For; the stored row. */
function clickFrom(trust: string, peer: string, forwardedFor: string) {
  return withConfig({ TRUST_PROXY: parseConfig({ TRUST_PROXY: trust }).TRUST_PROXY }, async () => {
    const r = await createRedirect(editor, { name: "Proxy", targetUrl: "https://example.com/p" });
    const res = await handlePublicRequest({
      method: "GET",
      url: `/redirect/${r.id}/s-1`,
      headers: { "user-agent": CHROME, "x-forwarded-for": forwardedFor },
      remoteAddress: peer,
    });
    expect(res.status).toBe(302);
    await getClickBuffer().drain(5000);
    return getDb().click.findFirstOrThrow({ where: { redirectId: r.id }, select: { ip: true, country: true } });
  });
}

// 6.6.6.6 is what the client claims (US); 81.2.69.142 (GB) is what the proxy saw and appended.
const SPOOFED = "6.6.6.6, 81.2.69.142";

describe("the client IP behind a reverse proxy, on a real database", () => {
  it("stores the address the trusted proxy appended, not the one the client sent", async () => {
    expect(await clickFrom("loopback", "::ffff:127.0.0.1", SPOOFED)).toEqual({ ip: "81.2.69.0", country: "GB" });
  });

  it("follows a chain of trusted proxies given by hop count", async () => {
    expect(await clickFrom("2", "10.0.0.5", `${SPOOFED}, 10.0.0.9`)).toEqual({ ip: "81.2.69.0", country: "GB" });
  });

  it("stores the socket address when the peer is not a trusted proxy", async () => {
    expect(await clickFrom("loopback, uniquelocal", "81.2.69.142", "6.6.6.6")).toEqual({ ip: "81.2.69.0", country: "GB" });
  });

  it("stores the socket address with TRUST_PROXY off", async () => {
    expect(await clickFrom("false", "81.2.69.142", "6.6.6.6")).toEqual({ ip: "81.2.69.0", country: "GB" });
  });
});
