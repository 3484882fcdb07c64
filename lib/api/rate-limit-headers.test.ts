import { describe, expect, it } from "vitest";
import { rateLimitHeaders, withRateLimitHeaders, type RateLimitState } from "./rate-limit-headers";

const policy = { name: "api-key", quota: 600, windowSeconds: 60 };

describe("rateLimitHeaders", () => {
  it("states the policy and what is left of it, as the IETF draft's Structured Fields", () => {
    expect(rateLimitHeaders({ policy, allowed: true, remaining: 599, resetSeconds: 60 })).toEqual({
      "ratelimit-policy": '"api-key";q=600;w=60',
      ratelimit: '"api-key";r=599;t=60',
    });
  });

  it("adds Retry-After to a refusal, at the same moment as t", () => {
    const headers = rateLimitHeaders({ policy, allowed: false, remaining: 0, resetSeconds: 17 });
    expect(headers["retry-after"]).toBe("17");
    expect(headers.ratelimit).toBe('"api-key";r=0;t=17');
  });
});

describe("withRateLimitHeaders", () => {
  it("sets the fields on the handler's response, keeping its own headers", () => {
    const state: RateLimitState = { policy, allowed: true, remaining: 3, resetSeconds: 9 };
    const res = withRateLimitHeaders(Response.json({ ok: true }, { headers: { "cache-control": "no-store" } }), state);
    expect(res.headers.get("ratelimit")).toBe('"api-key";r=3;t=9');
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.has("retry-after")).toBe(false);
  });

  it("leaves a response alone when no limit applied", () => {
    const res = withRateLimitHeaders(new Response(null, { status: 204 }), null);
    expect([...res.headers.keys()].filter((h) => h.startsWith("ratelimit"))).toEqual([]);
  });
});
