import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getClickBuffer } from "../../lib/click-pipeline/get-click-buffer";
import { getConfig, parseConfig } from "../../lib/config";
import { getDb } from "../../lib/db/client";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { createRedirect } from "../../lib/redirects/create-redirect";
import type { Actor } from "../../lib/auth/roles";
import { userActor } from "../support/actors";

const CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const holder = globalThis as unknown as { __clicktrailConfig: ReturnType<typeof getConfig> };
const saved = getConfig();
let editor: Actor;
beforeAll(async () => {
  editor = await userActor("editor");
});
afterEach(() => {
  holder.__clicktrailConfig = saved;
});

function trustProxy(value: string) {
  holder.__clicktrailConfig = { ...saved, TRUST_PROXY: parseConfig({ TRUST_PROXY: value }).TRUST_PROXY };
}

/** One click through the public handler from `peer` with this X-Forwarded-For; the stored row. */
async function clickFrom(peer: string, forwardedFor: string) {
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
}

// 6.6.6.6 is what the client claims (US); 81.2.69.142 (GB) is what the proxy saw and appended.
const SPOOFED = "6.6.6.6, 81.2.69.142";

describe("the client IP behind a reverse proxy, on a real database", () => {
  it("stores the address the trusted proxy appended, not the one the client sent", async () => {
    trustProxy("loopback");
    expect(await clickFrom("::ffff:127.0.0.1", SPOOFED)).toEqual({ ip: "81.2.69.0", country: "GB" });
  });

  it("follows a chain of trusted proxies given by hop count", async () => {
    trustProxy("2");
    expect(await clickFrom("10.0.0.5", `${SPOOFED}, 10.0.0.9`)).toEqual({ ip: "81.2.69.0", country: "GB" });
  });

  it("stores the socket address when the peer is not a trusted proxy", async () => {
    trustProxy("loopback, uniquelocal");
    expect(await clickFrom("81.2.69.142", "6.6.6.6")).toEqual({ ip: "81.2.69.0", country: "GB" });
  });

  it("stores the socket address with TRUST_PROXY off", async () => {
    trustProxy("false");
    expect(await clickFrom("81.2.69.142", "6.6.6.6")).toEqual({ ip: "81.2.69.0", country: "GB" });
  });
});
