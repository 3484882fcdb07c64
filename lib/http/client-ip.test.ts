import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("uses the socket address unless the proxy is trusted", () => {
    expect(clientIp({ "x-forwarded-for": "1.2.3.4" }, "10.0.0.2", false)).toBe("10.0.0.2");
  });
  it("takes the left-most valid X-Forwarded-For entry behind a trusted proxy", () => {
    expect(clientIp({ "x-forwarded-for": "garbage, 2001:db8::1, 10.0.0.1" }, "10.0.0.2", true)).toBe("2001:db8::1");
  });
  it("falls back to the socket when X-Forwarded-For has nothing valid", () => {
    expect(clientIp({ "x-forwarded-for": "unknown" }, "10.0.0.2", true)).toBe("10.0.0.2");
  });
  it("unwraps IPv4-mapped IPv6 addresses", () => {
    expect(clientIp({}, "::ffff:192.0.2.1", false)).toBe("192.0.2.1");
  });
  it("returns null when nothing is known", () => {
    expect(clientIp({}, null, false)).toBeNull();
  });
});
