import { describe, expect, it } from "vitest";
import { ipBucket } from "./ip-bucket";

describe("ipBucket", () => {
  it("keeps IPv4 addresses whole", () => {
    expect(ipBucket("203.0.113.7")).toBe("203.0.113.7");
  });

  it("puts every address of an IPv6 /64 in one bucket, however it is written", () => {
    const bucket = "2001:db8:0:12::/64";
    expect(ipBucket("2001:db8:0:12::1")).toBe(bucket);
    expect(ipBucket("2001:0DB8:0000:0012:ffff:ffff:ffff:ffff")).toBe(bucket);
    expect(ipBucket("2001:db8::12:0:0:0:5")).toBe(bucket);
    expect(ipBucket("2001:db8:0:12::1%eth0")).toBe(bucket);
    expect(ipBucket("2001:db8:0:13::1")).not.toBe(bucket);
  });

  it("handles the short forms and embedded IPv4 addresses", () => {
    expect(ipBucket("::1")).toBe("0:0:0:0::/64");
    expect(ipBucket("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(ipBucket("fe80::")).toBe("fe80:0:0:0::/64");
  });

  it("counts requests without a known address together", () => {
    expect(ipBucket(null)).toBe("unknown");
  });
});
