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

test("a malformed session still reaches the target; an unknown ID gets the 404 page without its text echoed", async ({
  request,
}) => {
  const res = await request.get(`/redirect/${ID}/%3Cscript%3Ealert(1)%3C%2Fscript%3E`, { maxRedirects: 0 });
  expect(res.status()).toBe(302);
  expect(res.headers().location).toBe(`${E2E.targetUrl}/hostile`);
  const unknown = await request.get(`/redirect/no-such-id/%3Cscript%3Ealert(1)%3C%2Fscript%3E`, { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).not.toContain("alert(1)");
});

test("the server survives crash and stall inputs while redirects are served, and loses no click", async ({ request }) => {
  const key = /^ {2}(\S+)$/m.exec(cli("create-api-key", "--name", "e2e-hostile", "--role", "editor"))![1];
  const auth = { authorization: `Bearer ${key}` };
  const RECIPIENTS = 300;
  const recipients = (async () => {
    for (let i = 0; i < RECIPIENTS; i++) {
      const res = await request.get(`/redirect/${ID}/s-survive-${i}`, { maxRedirects: 0 });
      expect(res.status()).toBe(302);
    }
  })();
  const hostile = (async () => {
    // A target with a non-ASCII path used to end the process on its first hit.
    const created = await request.post("/api/v1/redirects", {
      headers: auth,
      data: { id: "e2e-cyrillic", name: "Cyrillic", targetUrl: "https://example.com/ж" },
    });
    expect(created.status()).toBe(201);
    const follow = await request.get("/redirect/e2e-cyrillic", { maxRedirects: 0 });
    expect(follow.status()).toBe(302);
    expect(follow.headers().location).toBe("https://example.com/%D0%B6");
    // Event properties nested hundreds of levels deep used to answer 500.
    let nested: unknown = "leaf";
    for (let i = 0; i < 300; i++) nested = { n: nested };
    const deep = await request.post("/api/v1/redirects", {
      headers: auth,
      data: { name: "Deep", targetUrl: "https://example.com/", eventProperties: nested },
    });
    expect(deep.status()).toBe(400);
    // A text part of 160,000 "{{" after a URL used to hold every request for seconds.
    const stall = await request.post("/api/v1/rewrite", {
      headers: auth,
      data: { html: "<p>hi</p>", text: `https://e.com/${"{{".repeat(160_000)}` },
    });
    expect(stall.status()).toBeLessThan(500);
    expect((await request.get("/api/health")).status()).toBe(200);
    const unfilled = await request.get(`/redirect/${ID}/%7B%7Bsession@id%7D%7D`, { maxRedirects: 0 });
    expect(unfilled.status()).toBe(302);
  })();
  await Promise.all([recipients, hostile]);
  expect((await request.get("/api/health")).status()).toBe(200);
  await expect
    .poll(() =>
      withDb(
        (db) => (db.prepare(`SELECT count(*) AS n FROM "Click" WHERE sessionId LIKE 's-survive-%'`).get() as { n: number }).n,
      ),
    )
    .toBe(RECIPIENTS);
  const flagged = withDb((db) =>
    db.prepare(`SELECT sessionId, sessionIssue FROM "Click" WHERE redirectId = ? AND sessionIssue = 'unfilled'`).all(ID),
  );
  expect(flagged).toEqual([{ sessionId: null, sessionIssue: "unfilled" }]);
});

test("a path Next.js cannot decode gets a 400, not a 500", async ({ request }) => {
  for (const path of ["/api/v1/redirects/%ZZ", "/redirects/%E0%A4%A", "/api/v1/webhooks/%FF/test"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
  }
  expect((await request.get("/api/health")).status()).toBe(200);
});
