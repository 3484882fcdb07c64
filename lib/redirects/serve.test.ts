import { describe, expect, it, vi } from "vitest";
import { parseProxyTrust } from "../http/proxy-trust";
import { createRedirectCache } from "./redirect-cache";
import { servableRedirect } from "./servable-redirect.fixture";
import type { PlainRequest } from "../http/plain-http";
import { parseRedirectPath, serveRedirect, type ServableRedirect } from "./serve";

const created = new Date("2026-01-01T00:00:00Z");
const redirect = servableRedirect({
  id: "promo",
  targetUrl: "https://example.com/landing?src=mail",
  eventType: "campaign.click",
  eventProperties: { campaign: "winter" },
  createdAt: created,
});

function req(url: string, extra: Partial<PlainRequest> = {}): PlainRequest {
  return {
    method: "GET",
    url,
    headers: { "user-agent": "Mozilla/5.0 Test", referer: "https://mail.example/", "accept-language": "de-DE" },
    remoteAddress: "203.0.113.9",
    ...extra,
  };
}

const opts = (over: Partial<ServableRedirect> = {}, more = {}) => ({
  findActiveRedirect: async (id: string) => (id === redirect.id ? { ...redirect, ...over } : null),
  trustProxy: false as const,
  now: new Date("2026-02-01T00:00:00Z"),
  ...more,
});

describe("serveRedirect", () => {
  it("answers the redirect's status code and Location, with no-store", async () => {
    const res = await serveRedirect(req("/redirect/promo"), opts());
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(redirect.targetUrl);
    expect(res.headers["cache-control"]).toBe("private, no-store");
  });

  it.each([301, 307, 308])("uses status code %i when configured", async (code) => {
    const res = await serveRedirect(req("/redirect/promo"), opts({ statusCode: code }));
    expect(res.status).toBe(code);
  });

  it("records a click with session, event and request facts", async () => {
    const res = await serveRedirect(req("/redirect/promo/s-123"), opts());
    expect(res.click).toEqual({
      at: new Date("2026-02-01T00:00:00Z"),
      redirectId: "promo",
      sessionId: "s-123",
      sessionIssue: null,
      eventType: "campaign.click",
      properties: { campaign: "winter" },
      targetUrl: redirect.targetUrl,
      source: "redirect",
      ip: "203.0.113.9",
      userAgent: "Mozilla/5.0 Test",
      referer: "https://mail.example/",
      acceptLanguage: "de-DE",
      gpc: false,
      dnt: false,
      purpose: null,
    });
  });

  it("captures consent signals and prefetch hints for the pipeline", async () => {
    const headers = { "sec-gpc": "1", dnt: "1", "sec-purpose": "prefetch;prerender" };
    const res = await serveRedirect(req("/redirect/promo", { headers }), opts());
    expect(res.click).toMatchObject({ gpc: true, dnt: true, purpose: "prefetch;prerender" });
  });

  it("cuts hostile header values instead of failing", async () => {
    const res = await serveRedirect(
      req("/redirect/promo", { headers: { "user-agent": "x".repeat(16_384), "sec-gpc": "yes" } }),
      opts(),
    );
    expect(res.status).toBe(302);
    expect(res.click?.userAgent).toHaveLength(2048);
    expect(res.click?.gpc).toBe(false);
  });

  it("accepts a percent-encoded colon in the session ID", async () => {
    const res = await serveRedirect(req("/redirect/promo/user%3A42"), opts());
    expect(res.click?.sessionId).toBe("user:42");
  });

  it("redirects HEAD the same way but records no click", async () => {
    const res = await serveRedirect(req("/redirect/promo/s-1", { method: "HEAD" }), opts());
    expect(res.status).toBe(302);
    expect(res.click).toBeNull();
  });

  it("forwards the incoming query when forwardQuery is set, incoming keys winning", async () => {
    const res = await serveRedirect(req("/redirect/promo?utm_source=x&src=override"), opts({ forwardQuery: true }));
    expect(res.headers.location).toBe("https://example.com/landing?utm_source=x&src=override");
    expect(res.click?.targetUrl).toBe(res.headers.location);
  });

  it("ignores the incoming query when forwardQuery is off", async () => {
    const res = await serveRedirect(req("/redirect/promo?utm_source=x"), opts());
    expect(res.headers.location).toBe(redirect.targetUrl);
  });

  it.each([
    ["unknown ID", "/redirect/nope"],
    ["malformed ID", "/redirect/bad$id"],
    ["too long ID", `/redirect/${"a".repeat(65)}`],
    ["unknown ID with a session", "/redirect/nope/<script>"],
  ])("answers 404 without echoing the input for %s", async (_, url) => {
    const res = await serveRedirect(req(url), opts());
    expect(res.status).toBe(404);
    expect(res.click).toBeNull();
    expect(res.body).toContain("This link doesn’t lead anywhere");
    expect(res.body).not.toContain("script>");
    expect(res.body).not.toContain("nope");
  });

  it.each([
    ["malformed", "/redirect/promo/<script>"],
    ["malformed", `/redirect/promo/${"s".repeat(129)}`],
    ["malformed", "/redirect/promo/%E0%A4%A"],
    ["malformed", "/redirect/promo/s-1/more"],
    ["malformed", "/redirect/promo//"],
    ["unfilled", "/redirect/promo/{{session@id}}"],
    ["unfilled", "/redirect/promo/%7B%7Bsession@id%7D%7D"],
    ["unfilled", "/redirect/promo/%%recipient.id%%"],
    ["unfilled", "/redirect/promo/*%7CUNIQID%7C*"],
    ["unfilled", "/redirect/promo/{%25 contact.id %25}"],
  ])("still redirects a %s session, storing the click without it and flagged: %s", async (issue, url) => {
    const res = await serveRedirect(req(url), opts());
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(redirect.targetUrl);
    expect(res.click).toMatchObject({ sessionId: null, sessionIssue: issue, redirectId: "promo" });
  });

  it("flags nothing for a valid session or none", async () => {
    expect((await serveRedirect(req("/redirect/promo/s-1"), opts())).click).toMatchObject({
      sessionId: "s-1",
      sessionIssue: null,
    });
    expect((await serveRedirect(req("/redirect/promo/"), opts())).click).toMatchObject({ sessionId: null, sessionIssue: null });
  });

  it("sends unknown IDs to the configured fallback URL", async () => {
    const res = await serveRedirect(req("/redirect/nope"), opts({}, { notFoundUrl: "https://example.com/404" }));
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("https://example.com/404");
    expect(res.click).toBeNull();
  });

  it("keeps redirecting after the tracking window but stores no click", async () => {
    const res = await serveRedirect(req("/redirect/promo/s-1"), opts({ trackingDays: 30 }));
    expect(res.status).toBe(302);
    expect(res.click).toBeNull();
    const inside = await serveRedirect(req("/redirect/promo/s-1"), opts({ trackingDays: 32 }));
    expect(inside.click).not.toBeNull();
  });

  it("takes the IP from X-Forwarded-For only when the proxy is trusted", async () => {
    const headers = { "x-forwarded-for": "198.51.100.7, 10.0.0.1" };
    const untrusted = await serveRedirect(req("/redirect/promo", { headers }), opts());
    expect(untrusted.click?.ip).toBe("203.0.113.9");
    const trusted = await serveRedirect(
      req("/redirect/promo", { headers }),
      opts({}, { trustProxy: parseProxyTrust("203.0.113.9, 10.0.0.0/8") }),
    );
    expect(trusted.click?.ip).toBe("198.51.100.7");
  });

  it("refuses other methods with 405", async () => {
    const res = await serveRedirect(req("/redirect/promo", { method: "POST" }), opts());
    expect(res.status).toBe(405);
    expect(res.click).toBeNull();
  });
});

describe("parseRedirectPath", () => {
  it("accepts a trailing slash", () => {
    expect(parseRedirectPath("/redirect/abc/")).toEqual({ id: "abc", sessionId: null, sessionIssue: null });
    expect(parseRedirectPath("/redirect/abc/s.1/")).toEqual({ id: "abc", sessionId: "s.1", sessionIssue: null });
  });
  it("rejects other paths", () => {
    expect(parseRedirectPath("/redirects/abc")).toBeNull();
    expect(parseRedirectPath("/redirect/")).toBeNull();
    expect(parseRedirectPath("/redirect//s-1")).toBeNull();
    expect(parseRedirectPath("/x/redirect/abc")).toBeNull();
  });
  it("decodes the session ID and checks it after decoding", () => {
    expect(parseRedirectPath("/redirect/abc/a%3Ab")).toEqual({ id: "abc", sessionId: "a:b", sessionIssue: null });
    expect(parseRedirectPath("/redirect/abc/a%2Fb")).toEqual({ id: "abc", sessionId: null, sessionIssue: "malformed" });
    expect(parseRedirectPath("/redirect/abc/%E0%A4%A")).toEqual({ id: "abc", sessionId: null, sessionIssue: "malformed" });
  });
});

describe("serveRedirect on the cache's synchronous answer", () => {
  const sync = {
    findActiveRedirect: (id: string) => (id === redirect.id ? redirect : null),
    trustProxy: false as const,
    now: new Date("2026-02-01T00:00:00Z"),
  };

  it("answers a cached redirect in the same tick, without a promise", () => {
    const res = serveRedirect(req("/redirect/promo/s-1"), sync);
    expect(res).not.toBeInstanceOf(Promise);
    expect(res).toMatchObject({ status: 302, headers: { location: redirect.targetUrl }, click: { sessionId: "s-1" } });
  });

  it("reads the clock without the global Date, which Next.js wraps once its server starts", async () => {
    const cache = createRedirectCache(async () => redirect);
    await cache.get(redirect.id);
    let globalDateCalls = 0;
    const wrapped = new Proxy(Date, {
      construct(target, args: []) {
        globalDateCalls++;
        return Reflect.construct(target, args);
      },
      get(target, key) {
        if (key === "now") return () => (globalDateCalls++, target.now());
        return Reflect.get(target, key);
      },
    });
    vi.stubGlobal("Date", wrapped);
    let res;
    try {
      res = serveRedirect(req("/redirect/promo/s-1"), { findActiveRedirect: (id) => cache.get(id), trustProxy: false });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(res).toMatchObject({ status: 302, click: { sessionId: "s-1" } });
    expect(globalDateCalls).toBe(0);
  });

  it("answers a cached unknown ID with 404 in the same tick", () => {
    const res = serveRedirect(req("/redirect/nope"), sync);
    expect(res).not.toBeInstanceOf(Promise);
    expect(res).toMatchObject({ status: 404, click: null });
  });
});
