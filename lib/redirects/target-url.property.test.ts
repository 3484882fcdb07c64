import { validateHeaderValue } from "node:http";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redirectCreateSchema } from "./schema";
import { servableRedirect } from "./servable-redirect.fixture";
import { serveRedirect, type ServedResponse } from "./serve";
import { normaliseTargetUrl, readableTargetUrl } from "./target-url";

/** Strings that look like targets often enough to get past the schema, with any characters. */
const candidate = fc.oneof(
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom("https://", "http://", "HTTP://", "https:///", "https:\\\\", " https://"),
        fc.oneof(fc.domain(), fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 })),
        fc.constantFrom("/", "?", "#", ":8080/", "/%", ""),
        fc.string({ unit: "binary", maxLength: 300 }),
      )
      .map(([scheme, host, separator, rest]) => `${scheme}${host}${separator}${rest}`),
    weight: 6,
  },
);
const query = fc.oneof(
  fc.constant(""),
  fc.string({ unit: "binary", maxLength: 100 }).map((q) => `?${q}`),
);

/** What both mounts do with the answer: Node's writeHead (server.ts) and a Fetch Response (App Router). */
function expectSendable(res: ServedResponse) {
  for (const [name, value] of Object.entries(res.headers)) {
    expect(() => validateHeaderValue(name, value)).not.toThrow();
  }
  expect(() => new Response(null, { status: res.status, headers: res.headers })).not.toThrow();
}

describe("every target the schema accepts is servable", () => {
  it("answers with a Location both mounts accept, with and without the forwarded query", () => {
    let accepted = 0;
    fc.assert(
      fc.property(candidate, query, fc.boolean(), (targetUrl, search, forwardQuery) => {
        const parsed = redirectCreateSchema.safeParse({ name: "p", targetUrl });
        if (!parsed.success) return;
        accepted++;
        const redirect = servableRedirect({ id: "p", targetUrl: parsed.data.targetUrl, forwardQuery });
        const res = serveRedirect(
          { method: "GET", url: `/redirect/p${search}`, headers: {}, remoteAddress: null },
          { findActiveRedirect: () => redirect, trustProxy: false },
        ) as ServedResponse;
        expect(res.status).toBe(302);
        expectSendable(res);
        // The form shows the readable form; saving it again stores the same target.
        expect(normaliseTargetUrl(readableTargetUrl(parsed.data.targetUrl))).toBe(parsed.data.targetUrl);
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the serve path, or the property says nothing.
    expect(accepted).toBeGreaterThan(1000);
  });
});
