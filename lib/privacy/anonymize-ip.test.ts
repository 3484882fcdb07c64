import { describe, expect, it } from "vitest";
import { anonymizeIp } from "./anonymize-ip";

describe("anonymizeIp", () => {
  it("keeps an IPv4 address's /24", () => {
    expect(anonymizeIp("203.0.113.77", "anonymized")).toBe("203.0.113.0");
    expect(anonymizeIp("10.0.0.0", "anonymized")).toBe("10.0.0.0");
  });

  it("keeps an IPv6 address's /48, in compressed canonical form", () => {
    expect(anonymizeIp("2001:db8:abcd:1234:5678:9abc:def0:1234", "anonymized")).toBe("2001:db8:abcd::");
    expect(anonymizeIp("2001:DB8:ABCD:0012:0000:0000:0000:0001", "anonymized")).toBe("2001:db8:abcd::");
    expect(anonymizeIp("2001:0:0:1::5", "anonymized")).toBe("2001::");
    expect(anonymizeIp("0:0:1:2::", "anonymized")).toBe("0:0:1::");
    expect(anonymizeIp("::1", "anonymized")).toBe("::");
    expect(anonymizeIp("fe80::1%eth0", "anonymized")).toBe("fe80::");
  });

  it("treats an IPv4-mapped IPv6 address as the IPv4 address it is", () => {
    expect(anonymizeIp("::ffff:198.51.100.23", "anonymized")).toBe("198.51.100.0");
    expect(anonymizeIp("::FFFF:c633:6417", "anonymized")).toBe("198.51.100.0");
  });

  it("also cuts the IPv4 address inside a 6to4 prefix to /24", () => {
    expect(anonymizeIp("2002:c633:6417::1", "anonymized")).toBe("2002:c633:6400::");
  });

  it("stores the address as given in full mode and nothing in none mode", () => {
    expect(anonymizeIp("203.0.113.77", "full")).toBe("203.0.113.77");
    expect(anonymizeIp("2001:db8::1", "full")).toBe("2001:db8::1");
    expect(anonymizeIp("203.0.113.77", "none")).toBeNull();
    expect(anonymizeIp("2001:db8::1", "none")).toBeNull();
  });

  it("stores nothing for a missing or invalid address, in every mode", () => {
    for (const mode of ["full", "anonymized", "none"] as const) {
      expect(anonymizeIp(null, mode)).toBeNull();
      for (const bad of [
        "",
        "not-an-ip",
        "256.1.1.1",
        "01.2.3.4",
        "1.2.3",
        " 1.2.3.4",
        "2001:db8::g",
        "1::2::3",
        "x".repeat(16_384),
      ]) {
        expect(anonymizeIp(bad, mode)).toBeNull();
      }
    }
  });
});
