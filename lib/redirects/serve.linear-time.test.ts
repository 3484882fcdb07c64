import { describe, it } from "vitest";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { expectLinearTime, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { servableRedirect } from "./servable-redirect.fixture";
import type { PlainRequest } from "../http/plain-http";
import { parseRedirectPath, serveRedirect } from "./serve";

const PATHS: [string, (size: number) => string][] = [
  ["an ID that never ends", repeatTo("/redirect/", "a")],
  ["a run of slashes", repeatTo("/redirect/", "/")],
  ["a session of % escapes that do not decode", repeatTo("/redirect/a/", "%")],
  ["a session of encoded braces", repeatTo("/redirect/a/", "%7B")],
  ["a session of template marks", repeatTo("/redirect/a/", "{{")],
  ["a session of valid characters", repeatTo("/redirect/a/", "a.")],
];

describe("the redirect path takes time linear in the request, up to the 64 KB header cap", LINEAR_TIME_SUITE, () => {
  it.each(PATHS)("parseRedirectPath: %s", (_, path) => {
    expectLinearTime({ maxSize: MAX_HEADER_BYTES, input: path, run: parseRedirectPath });
  });

  it.each(PATHS)("serveRedirect: %s, with every header at the cap", (_, path) => {
    const redirect = servableRedirect({ id: "a" });
    const options = {
      findActiveRedirect: (id: string) => (id === "a" ? redirect : null),
      trustProxy: false as const,
      now: new Date(0),
    };
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size): PlainRequest => ({
        method: "GET",
        url: `${path(size)}?${repeatTo("", "a=1&")(size)}`,
        headers: Object.fromEntries(
          ["user-agent", "referer", "accept-language", "sec-purpose", "sec-gpc", "dnt"].map((h) => [h, repeatTo("", " a")(size)]),
        ),
        remoteAddress: "203.0.113.9",
      }),
      run: (req) => serveRedirect(req, options),
    });
  });

  it.each([
    ["distinct keys", (i: number) => `k${i}=1`],
    ["one repeated key", () => "k=1"],
    ["keys the target already has", (i: number) => `t${i % 50}=x`],
  ])("serveRedirect forwarding a query of %s onto the target", (_, pair) => {
    const query = Array.from({ length: 50 }, (__, i) => `t${i}=1`).join("&");
    const redirect = servableRedirect({ id: "a", forwardQuery: true, targetUrl: `https://example.com/landing?${query}` });
    const options = { findActiveRedirect: () => redirect, trustProxy: false as const, now: new Date(0) };
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size): PlainRequest => {
        const pairs: string[] = [];
        for (let i = 0, length = 0; length < size; i++) length += (pairs[i] = pair(i)).length + 1;
        return { method: "GET", url: `/redirect/a?${pairs.join("&")}`, headers: {}, remoteAddress: null };
      },
      run: (req) => serveRedirect(req, options),
    });
  });
});
