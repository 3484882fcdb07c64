import net from "node:net";
import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { cli, withDb } from "./support";

const ID = "e2e-hostile";

test.beforeAll(() => {
  cli("create-redirect", "--json", JSON.stringify({ id: ID, name: "Hostile input", targetUrl: `${E2E.targetUrl}/hostile` }));
});

/** Sends raw bytes, as no well-behaved client library would, and returns the status line. */
function rawRequest(head: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(E2E.port, "127.0.0.1", () => socket.end(head));
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("end", () => resolve(data.split("\r\n")[0]));
    socket.on("error", reject);
  });
}

async function storedClick(sessionId: string) {
  let row: Record<string, unknown> | undefined;
  await expect
    .poll(() => {
      row = withDb((db) => db.prepare(`SELECT * FROM "Click" WHERE sessionId = ?`).get(sessionId)) as typeof row;
      return Boolean(row);
    })
    .toBe(true);
  return row!;
}

test("a 16 KB user agent is still redirected and stored cut to 512 characters", async ({ request }) => {
  const res = await request.get(`/redirect/${ID}/s-huge-ua`, {
    maxRedirects: 0,
    headers: { "user-agent": `Mozilla/5.0 ${"x".repeat(16_384)}` },
  });
  expect(res.status()).toBe(302);
  expect((await storedClick("s-huge-ua")).userAgent).toHaveLength(512);
});

test("non-UTF-8 bytes, a forged Sec-GPC and a garbage X-Forwarded-For do not break the redirect", async () => {
  const head = Buffer.concat([
    Buffer.from(`GET /redirect/${ID}/s-bytes HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nUser-Agent: Mozilla/5.0 `),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]),
    Buffer.from("\r\nSec-GPC: yes\r\nX-Forwarded-For: not-an-ip, <script>\r\n\r\n"),
  ]);
  expect(await rawRequest(head)).toBe("HTTP/1.1 302 Found");
  const click = await storedClick("s-bytes");
  expect(click.privacyReason).toBeNull();
  expect(click.ip).toBe("127.0.0.0");
});

test("a malformed session ID gets the 404 page without its text echoed", async ({ request }) => {
  const res = await request.get(`/redirect/${ID}/%3Cscript%3Ealert(1)%3C%2Fscript%3E`, { maxRedirects: 0 });
  expect(res.status()).toBe(404);
  expect(await res.text()).not.toContain("alert(1)");
});
