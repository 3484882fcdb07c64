import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { MAX_PROXY_HOPS, parseProxyTrust } from "./proxy-trust";

const xff = (value: string | string[]) => ({ "x-forwarded-for": value });
const trust = parseProxyTrust;
const everyone = () => true;

describe("clientIp without a trusted proxy", () => {
  it("uses the socket address whatever X-Forwarded-For says", () => {
    expect(clientIp(xff("1.2.3.4"), "10.0.0.2", false)).toBe("10.0.0.2");
  });
  it("unwraps IPv4-mapped IPv6 addresses", () => {
    expect(clientIp({}, "::ffff:192.0.2.1", false)).toBe("192.0.2.1");
  });
  it("returns null when nothing is known", () => {
    expect(clientIp({}, null, false)).toBeNull();
  });
  it("ignores X-Forwarded-For from a peer outside the trusted list", () => {
    expect(clientIp(xff("1.2.3.4"), "203.0.113.50", trust("10.0.0.0/8"))).toBe("203.0.113.50");
  });
});

describe("clientIp behind trusted proxies", () => {
  it("ignores spoofed left-most entries: the proxy's own entry is the client", () => {
    const h = xff("6.6.6.6, 7.7.7.7, 198.51.100.7");
    expect(clientIp(h, "10.0.0.1", trust("true"))).toBe("198.51.100.7");
    expect(clientIp(h, "10.0.0.1", trust("loopback, 10.0.0.1"))).toBe("198.51.100.7");
  });

  it("follows a chain of trusted hops to the first untrusted address", () => {
    // client → CDN (192.0.2.10) → load balancer (10.0.0.5) → this server; the client spoofed 6.6.6.6
    const h = xff("6.6.6.6, 198.51.100.7, 192.0.2.10");
    const list = trust("10.0.0.0/8, 192.0.2.0/24");
    expect(clientIp(h, "10.0.0.5", list)).toBe("198.51.100.7");
    expect(clientIp(h, "10.0.0.5", trust("2"))).toBe("198.51.100.7");
    expect(clientIp(h, "10.0.0.5", trust("3"))).toBe("6.6.6.6");
  });

  it("stops at the socket when the peer is not trusted, even if entries are", () => {
    expect(clientIp(xff("10.0.0.9"), "198.51.100.7", trust("uniquelocal"))).toBe("198.51.100.7");
  });

  it("matches IPv6 CIDRs and named ranges", () => {
    const list = trust("2001:db8:aaaa::/48, loopback");
    expect(clientIp(xff("2001:db8:ffff::1, 2001:db8:aaaa::2"), "::1", list)).toBe("2001:db8:ffff::1");
    expect(clientIp(xff("2001:db8:ffff::1"), "2001:db8:aaab::1", list)).toBe("2001:db8:aaab::1");
  });

  it("matches IPv4 CIDRs against IPv4-mapped IPv6 peers and entries", () => {
    const list = trust("10.0.0.0/8");
    expect(clientIp(xff("::ffff:198.51.100.7, ::ffff:10.1.2.3"), "::ffff:10.0.0.1", list)).toBe("198.51.100.7");
    expect(clientIp(xff("198.51.100.7"), "::ffff:11.0.0.1", list)).toBe("11.0.0.1");
  });

  it("does not let an IPv6 range match IPv4 addresses, nor the reverse", () => {
    expect(clientIp(xff("198.51.100.7"), "10.0.0.1", trust("::/1"))).toBe("10.0.0.1");
    expect(clientIp(xff("198.51.100.7"), "fd00::1", trust("0.0.0.0/1"))).toBe("fd00::1");
  });

  it("takes the left-most entry when the hop count is larger than the chain", () => {
    expect(clientIp(xff("198.51.100.7, 10.0.0.3"), "10.0.0.1", trust("5"))).toBe("198.51.100.7");
    expect(clientIp({}, "10.0.0.1", trust("5"))).toBe("10.0.0.1");
  });

  it("ends the walk at garbage instead of skipping it", () => {
    expect(clientIp(xff("198.51.100.7, unknown"), "10.0.0.1", trust("true"))).toBe("10.0.0.1");
    expect(clientIp(xff("198.51.100.7, , 10.0.0.3"), "10.0.0.1", trust("10.0.0.0/8"))).toBe("10.0.0.3");
    // With a hop count, junk between hops must not shift the count onto the spoofed entry.
    expect(clientIp(xff("6.6.6.6, 198.51.100.7:1234, 10.0.0.3"), "10.0.0.1", trust("2"))).toBe("10.0.0.3");
    for (const junk of ["", "   ", "1.2.3", "01.2.3.4", "2130706433", "0x7f.1", "[::1]", "1.2.3.4/8", "::ffff:999.1.1.1"]) {
      expect(clientIp(xff(junk), "10.0.0.1", trust("true"))).toBe("10.0.0.1");
    }
  });

  it("treats repeated X-Forwarded-For headers as one list", () => {
    expect(clientIp(xff(["6.6.6.6", "198.51.100.7"]), "10.0.0.1", trust("true"))).toBe("198.51.100.7");
  });

  it("trusts hop counts when the socket is unknown (route handlers), address lists not", () => {
    expect(clientIp(xff("198.51.100.7"), null, trust("1"))).toBe("198.51.100.7");
    expect(clientIp(xff("198.51.100.7"), null, trust("10.0.0.0/8"))).toBeNull();
  });

  it("reads only the end of a huge header and follows at most MAX_PROXY_HOPS entries", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.1`);
    // Every entry trusted: the walk stops MAX_PROXY_HOPS entries from the right.
    expect(clientIp(xff(["198.51.100.7", ...many].join(", ")), "10.0.0.1", everyone)).toBe(many[many.length - MAX_PROXY_HOPS]);
    // One untrusted address in the last entries is found as usual.
    expect(clientIp(xff([...many, "198.51.100.7", "10.9.9.9"].join(",")), "10.0.0.1", trust("10.0.0.0/8"))).toBe("198.51.100.7");
  });

  it("never reads a fragment of an entry cut by the character window as an address", () => {
    // A 64 KB entry whose last 7 characters start exactly where the 1,024-character window does.
    const huge = `${"9".repeat(65_000)}1.2.3.4`;
    const header = `${huge},${" ".repeat(1008)}10.0.0.3`;
    expect(header.length - huge.length).toBe(1024 - "1.2.3.4".length);
    expect(clientIp(xff(header), "10.0.0.1", everyone)).toBe("10.0.0.3");
    expect(clientIp(xff(huge), "10.0.0.1", everyone)).toBe("10.0.0.1");
  });

  it("does work bounded by the hop cap, not the header size", () => {
    let calls = 0;
    const counting = () => {
      calls++;
      return true;
    };
    clientIp(xff(Array.from({ length: 4000 }, () => "10.0.0.3").join(",")), "10.0.0.1", counting);
    expect(calls).toBe(MAX_PROXY_HOPS + 1);
  });
});
