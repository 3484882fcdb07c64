import { describe, expect, it } from "vitest";
import { MAX_PROXY_HOPS, parseProxyTrust } from "./proxy-trust";

describe("parseProxyTrust", () => {
  it.each(["false", "no", "0", "FALSE", " 0 "])("%j trusts no one", (v) => {
    expect(parseProxyTrust(v)).toBe(false);
  });

  it.each(["true", "yes", "1"])("%j trusts exactly one hop, whatever its address", (v) => {
    const trust = parseProxyTrust(v);
    expect(trust !== false && [trust("203.0.113.1", 0), trust("203.0.113.1", 1)]).toEqual([true, false]);
  });

  it("takes a number as a hop count", () => {
    const trust = parseProxyTrust("3");
    expect(trust !== false && [0, 1, 2, 3].map((hop) => trust("", hop))).toEqual([true, true, true, false]);
  });

  it("takes addresses, CIDRs, netmasks and Express's named ranges", () => {
    const trust = parseProxyTrust(
      "192.0.2.7, 10.0.0.0/8, 172.16.0.0/255.240.0.0, 2001:DB8::/32, loopback, linklocal, uniquelocal",
    );
    if (trust === false) throw new Error("expected a rule");
    for (const ip of [
      "192.0.2.7",
      "10.255.0.1",
      "172.31.0.1",
      "2001:db8::9",
      "127.0.0.1",
      "::1",
      "169.254.1.1",
      "fe80::1",
      "192.168.1.1",
      "fd12::1",
    ]) {
      expect([ip, trust(ip, 5)]).toEqual([ip, true]);
    }
    for (const ip of ["192.0.2.8", "11.0.0.1", "172.32.0.1", "2001:db9::1", "8.8.8.8", "2606:4700::1111", "", "junk"]) {
      expect([ip, trust(ip, 0)]).toEqual([ip, false]);
    }
  });

  it.each([
    ["maybe", /invalid IP address: maybe/],
    ["10.0.0.0/33", /invalid range on address: 10\.0\.0\.0\/33/],
    ["10.0.0.1,,10.0.0.2", /empty entry/],
    ["10.0.0.1,", /empty entry/],
    [String(MAX_PROXY_HOPS + 1), /at most 20 hops/],
    ["-1", /invalid IP address/],
    ["1.5", /invalid IP address/],
  ])("refuses %j with a message that says why", (v, message) => {
    expect(() => parseProxyTrust(v)).toThrow(message);
    expect(() => parseProxyTrust(v)).toThrow(/hop|proxy addresses/);
  });
});
