import { describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { expectLinearTime } from "../testing/expect-linear-time";
import { installThreadParts } from "../threads/thread-parts";
import { publicOriginOf } from "./request-public-origin";

installThreadParts({ config: parseConfig({}) });

const from = (entries: Record<string, string>) => new Headers(entries);

describe("publicOriginOf without PUBLIC_URL", () => {
  it("builds links on the Host and scheme the request came in with", () => {
    expect(publicOriginOf(from({ host: "links.example.com" }))).toBe("http://links.example.com");
    expect(publicOriginOf(from({ host: "links.example.com:8443", "x-forwarded-proto": "HTTPS, http" }))).toBe(
      "https://links.example.com:8443",
    );
    expect(publicOriginOf(from({ host: "[2001:db8::1]:3000" }))).toBe("http://[2001:db8::1]:3000");
    expect(publicOriginOf(from({ host: "intranet_host" }))).toBe("http://intranet_host");
  });

  it.each([
    "evil.example/path",
    "evil.example?x",
    "a@evil.example",
    "evil.example:3000:1",
    "links.example.com\\@evil",
    "a".repeat(300),
    "/".repeat(10),
  ])("falls back instead of building links on the Host %j", (host) => {
    expect(publicOriginOf(from({ host }), "http://fallback.example")).toBe("http://fallback.example");
  });

  it("takes only http or https from X-Forwarded-Proto", () => {
    expect(publicOriginOf(from({ host: "a.example", "x-forwarded-proto": "javascript" }))).toBe("http://a.example");
  });

  it("reads a crafted Host in linear time", () => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size) => from({ host: `${"a.".repeat(size / 2)}!` }),
      run: (headers) => publicOriginOf(headers),
    });
  });
});
