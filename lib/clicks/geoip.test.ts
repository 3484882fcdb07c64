import fs from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../logger";
import { countryLookup, lookupCountry } from "./geoip";

describe("lookupCountry", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Real addresses with long-stable allocations. (DB-IP places Google's 2001:4860:4860::8888 in
  // CA, so the IPv6 cases use Comcast's and Hetzner's ranges instead.)
  it.each([
    ["8.8.8.8", "US"],
    ["81.2.69.142", "GB"],
    ["2001:558:feed::1", "US"],
    ["2a01:4f8:c17:b8f::2", "DE"],
  ])("%s is in %s", (ip, country) => {
    expect(lookupCountry(ip)).toBe(country);
  });

  it("finds anonymised addresses (IPv4 /24, IPv6 /48) in the same country", () => {
    expect(lookupCountry("8.8.8.0")).toBe("US");
    expect(lookupCountry("81.2.69.0")).toBe("GB");
    expect(lookupCountry("2001:558:feed::")).toBe("US");
    expect(lookupCountry("2a01:4f8:c17::")).toBe("DE");
  });

  it("answers null for documentation ranges, anonymised or not", () => {
    expect(lookupCountry("203.0.113.0")).toBeNull();
    expect(lookupCountry("2001:db8:abcd::")).toBeNull();
  });

  it("reads an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(lookupCountry("::ffff:8.8.8.8")).toBe("US");
    expect(lookupCountry("::FFFF:81.2.69.142")).toBe("GB");
  });

  it.each(["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.1.1", "::1", "fe80::1", "fc00::1", "::"])(
    "answers null for the private or loopback address %s",
    (ip) => {
      expect(lookupCountry(ip)).toBeNull();
    },
  );

  it.each([null, "", "garbage", "1.2.3", "1.2.3.4.5", "256.1.1.1", " 8.8.8.8", "8.8.8.8\u0000", "x".repeat(16 * 1024)])(
    "answers null for the invalid input %j without throwing",
    (ip) => {
      // "1.2.3" and "1.2.3.4.5" matter: the mmdb reader alone would answer a country for both.
      expect(lookupCountry(ip)).toBeNull();
    },
  );

  it("reads the database file once, on the first lookup", () => {
    const read = vi.spyOn(fs, "readFileSync");
    const lookup = countryLookup();
    expect(read).not.toHaveBeenCalled();
    expect(lookup("8.8.8.8")).toBe("US");
    expect(lookup("81.2.69.142")).toBe("GB");
    expect(read).toHaveBeenCalledTimes(1);
    expect(String(read.mock.calls[0][0])).toMatch(/@ip-location-db[\\/]dbip-country-mmdb[\\/]dbip-country\.mmdb$/);
  });

  it("logs a database that cannot be loaded once, then answers null without retrying", () => {
    const read = vi.spyOn(fs, "readFileSync").mockImplementation(() => {
      throw new Error("ENOENT");
    });
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const lookup = countryLookup();
    expect(lookup("8.8.8.8")).toBeNull();
    expect(lookup("81.2.69.142")).toBeNull();
    expect(read).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
