import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("parseConfig", () => {
  it("defaults to SQLite under ./data on port 3000", () => {
    const c = parseConfig({});
    expect(c.DATABASE_URL).toBe("file:./data/clicktrail.db");
    expect(c.PORT).toBe(3000);
    expect(c.TRUST_PROXY).toBe(false);
  });

  it("treats empty values as unset", () => {
    expect(parseConfig({ PUBLIC_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names every variable that is wrong", () => {
    try {
      parseConfig({ PORT: "http", DATABASE_URL: "mysql://x", TRUST_PROXY: "maybe" });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message).toContain("PORT");
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("TRUST_PROXY");
    }
  });

  it("requires ADMIN_EMAIL and ADMIN_PASSWORD together", () => {
    expect(() => parseConfig({ ADMIN_EMAIL: "a@b.co" })).toThrow(/set together/);
  });

  it("parses TRUST_PROXY into a trust rule: off, a hop count or an address list", () => {
    expect(parseConfig({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "0" }).TRUST_PROXY).toBe(false);
    const one = parseConfig({ TRUST_PROXY: "true" }).TRUST_PROXY;
    expect(one !== false && [one("198.51.100.7", 0), one("198.51.100.7", 1)]).toEqual([true, false]);
    const list = parseConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY;
    expect(list !== false && [list("10.1.2.3", 0), list("198.51.100.7", 0)]).toEqual([true, false]);
  });

  it("names TRUST_PROXY with the reason when it cannot be parsed", () => {
    expect(() => parseConfig({ TRUST_PROXY: "10.0.0.0/8, proxy.internal" })).toThrow(
      /TRUST_PROXY: invalid IP address: proxy\.internal; expected true, false, a hop count/,
    );
    expect(() => parseConfig({ TRUST_PROXY: "99" })).toThrow(/TRUST_PROXY: must be at most 20 hops/);
  });

  it("keeps NOT_FOUND_URL in the form it is served in", () => {
    expect(parseConfig({ NOT_FOUND_URL: "https://example.com/ж" }).NOT_FOUND_URL).toBe("https://example.com/%D0%B6");
    expect(parseConfig({}).NOT_FOUND_URL).toBeUndefined();
  });

  it("accepts PostgreSQL URLs", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://u@h/db" }).DATABASE_URL).toBe("postgresql://u@h/db");
  });
});
