import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import * as collection from "../../app/api/v1/redirects/route";
import { createApiRateLimiter, useApiRateLimiter } from "../../lib/api/rate-limit";
import { getClickBuffer } from "../../lib/clicks/click-buffer";
import { createDb, getDb, type Db } from "../../lib/db/client";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { PEER_HEADER } from "../../lib/http/peer-header";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { apiKeyOf, userActor } from "../support/actors";

const BASE = "http://localhost/api/v1/redirects";
const none = { params: Promise.resolve({}) } as never;
let lastOctet = 0;
/** A client address no other test has used, so counters kept in the database never mix. */
const freshIp = () => `198.51.100.${++lastOctet}`;

/** GET /api/v1/redirects as server.ts hands it to Next: the TCP peer in PEER_HEADER. */
const list = (key: string | null, ip: string) =>
  collection.GET(new Request(BASE, { headers: { ...(key && { authorization: `Bearer ${key}` }), [PEER_HEADER]: ip } }), none);

const limits = (res: Response) => ({
  status: res.status,
  policy: res.headers.get("ratelimit-policy"),
  ratelimit: res.headers.get("ratelimit"),
  retryAfter: res.headers.get("retry-after"),
});

async function revokedKey(): Promise<string> {
  const key = await apiKeyOf("viewer");
  await getDb().apiKey.updateMany({ where: { prefix: key.slice(0, 9) }, data: { revokedAt: new Date() } });
  return key;
}

beforeAll(() => {
  // The peer header is only believed behind server.ts, which sets this.
  process.env.CLICKTRAIL_SERVER = "1";
});
afterAll(() => {
  delete process.env.CLICKTRAIL_SERVER;
});

describe("API rate limits", () => {
  const clients: Db[] = [];
  const instance = (url: string) => {
    const db = createDb(url);
    clients.push(db);
    return db;
  };

  beforeEach(() => {
    // Frozen clock: every window is whole (t=60) until a test moves it on.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T12:00:00Z"));
    // The store production picks: PostgreSQL's table on PostgreSQL, memory on SQLite.
    useApiRateLimiter(createApiRateLimiter({ perKey: 3, anonymous: 2 }));
  });
  afterEach(async () => {
    vi.useRealTimers();
    await Promise.all(clients.splice(0).map((db) => db.$disconnect()));
  });

  it("answers the call past a key's quota with 429, Retry-After, the RateLimit fields and the standard body; other keys go on", async () => {
    const key = await apiKeyOf("viewer");
    const other = await apiKeyOf("viewer");
    const ip = freshIp();
    for (const remaining of [2, 1, 0]) {
      expect(limits(await list(key, ip))).toEqual({
        status: 200,
        policy: '"api-key";q=3;w=60',
        ratelimit: `"api-key";r=${remaining};t=60`,
        retryAfter: null,
      });
    }
    const refused = await list(key, ip);
    expect(limits(refused)).toEqual({
      status: 429,
      policy: '"api-key";q=3;w=60',
      ratelimit: '"api-key";r=0;t=60',
      retryAfter: "60",
    });
    expect(await refused.json()).toEqual({
      error: {
        code: "rate_limited",
        message: "This API key made more than 3 calls in 60 seconds; try again in 60 seconds.",
        details: null,
      },
    });
    expect(limits(await list(other, ip))).toMatchObject({ status: 200, ratelimit: '"api-key";r=2;t=60' });
  });

  it("limits calls without a valid key per client address, and refuses a spent address before trying its key", async () => {
    const good = await apiKeyOf("viewer");
    const revoked = await revokedKey();
    const ip = freshIp();
    expect(limits(await list(null, ip))).toMatchObject({ status: 401, ratelimit: '"api-anonymous";r=1;t=60' });
    expect(limits(await list("ct_notakey", ip))).toMatchObject({
      status: 401,
      policy: '"api-anonymous";q=2;w=60',
      ratelimit: '"api-anonymous";r=0;t=60',
    });
    const refused = await list(revoked, ip);
    expect(limits(refused)).toMatchObject({ status: 429, retryAfter: "60" });
    expect((await refused.json()).error).toEqual({
      code: "rate_limited",
      message: "More than 2 calls without a valid API key came from this address in 60 seconds; try again in 60 seconds.",
      details: null,
    });
    // Even the right key is not looked at from there until the window ends.
    expect(limits(await list(good, ip))).toMatchObject({ status: 429, ratelimit: '"api-anonymous";r=0;t=60' });

    const elsewhere = freshIp();
    expect(limits(await list(good, elsewhere))).toMatchObject({ status: 200, ratelimit: '"api-key";r=2;t=60' });
    expect(limits(await list(null, elsewhere))).toMatchObject({ status: 401, ratelimit: '"api-anonymous";r=1;t=60' });
  });

  it("gives the quotas back when the window ends", async () => {
    const key = await apiKeyOf("viewer");
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await list(key, ip);
    for (let i = 0; i < 3; i++) await list(null, ip);
    vi.setSystemTime(new Date("2026-03-01T12:00:45Z"));
    expect(limits(await list(key, freshIp()))).toMatchObject({ status: 429, retryAfter: "15" });
    expect(limits(await list(null, ip))).toMatchObject({ status: 429, retryAfter: "15" });

    vi.setSystemTime(new Date("2026-03-01T12:01:00.001Z"));
    expect(limits(await list(null, ip))).toMatchObject({ status: 401, ratelimit: '"api-anonymous";r=1;t=60' });
    expect(limits(await list(key, freshIp()))).toMatchObject({ status: 200, ratelimit: '"api-key";r=2;t=60' });
  });

  it("keeps answering, counted by the in-memory insurance limiter, when the counters' database fails", async () => {
    const unreachable = instance("postgresql://clicktrail@127.0.0.1:1/unreachable");
    useApiRateLimiter(createApiRateLimiter({ perKey: 2, anonymous: 1, db: unreachable }));
    const key = await apiKeyOf("viewer");
    const ip = freshIp();
    expect(limits(await list(key, ip))).toMatchObject({ status: 200, ratelimit: '"api-key";r=1;t=60' });
    expect(limits(await list(key, ip))).toMatchObject({ status: 200, ratelimit: '"api-key";r=0;t=60' });
    expect(limits(await list(key, ip))).toMatchObject({ status: 429, retryAfter: "60" });
    expect(limits(await list(null, ip))).toMatchObject({ status: 401, ratelimit: '"api-anonymous";r=0;t=60' });
    expect(limits(await list(key, ip))).toMatchObject({ status: 429, ratelimit: '"api-anonymous";r=0;t=60' });
  });

  it.runIf(inject("databaseKind") === "postgres")("counts once for instances that share the PostgreSQL database", async () => {
    const one = createApiRateLimiter({ perKey: 3, anonymous: 2, db: instance(inject("databaseUrl")) });
    const two = createApiRateLimiter({ perKey: 3, anonymous: 2, db: instance(inject("databaseUrl")) });
    const key = await apiKeyOf("viewer");
    const ip = freshIp();
    useApiRateLimiter(one);
    await list(key, ip);
    await list(null, ip);
    useApiRateLimiter(two);
    expect(limits(await list(key, ip))).toMatchObject({ status: 200, ratelimit: '"api-key";r=1;t=60' });
    expect(limits(await list(null, ip))).toMatchObject({ status: 401, ratelimit: '"api-anonymous";r=0;t=60' });
    useApiRateLimiter(one);
    expect(limits(await list(key, ip))).toMatchObject({ status: 429, ratelimit: '"api-anonymous";r=0;t=60' });
    expect(limits(await list(key, freshIp()))).toMatchObject({ status: 200, ratelimit: '"api-key";r=0;t=60' });
    useApiRateLimiter(two);
    expect(limits(await list(key, freshIp()))).toMatchObject({ status: 429, ratelimit: '"api-key";r=0;t=60' });
  });
});

describe("the redirect endpoints", () => {
  it("send every recipient behind one address on, far past the API's limits for that address", async () => {
    useApiRateLimiter(createApiRateLimiter({ perKey: 1, anonymous: 1 }));
    const ip = freshIp();
    await list(null, ip);
    expect((await list(null, ip)).status).toBe(429);

    const editor = await userActor("editor");
    const r = await createRedirect(editor, { name: "Corporate NAT", targetUrl: "https://example.com/all-hands" });
    const recipients = 200;
    for (let i = 0; i < recipients; i++) {
      const res = await handlePublicRequest({
        method: "GET",
        url: `/redirect/${r.id}/s-${i}`,
        headers: { "user-agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36" },
        remoteAddress: ip,
      });
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe("https://example.com/all-hands");
      expect(
        Object.keys(res.headers).filter((h) => h.toLowerCase().startsWith("ratelimit") || h.toLowerCase() === "retry-after"),
      ).toEqual([]);
    }
    await getClickBuffer().drain(10_000);
    expect(await getDb().click.count({ where: { redirectId: r.id } })).toBe(recipients);
  });
});
