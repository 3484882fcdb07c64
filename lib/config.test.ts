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

  it("accepts PostgreSQL URLs", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://u@h/db" }).DATABASE_URL).toBe("postgresql://u@h/db");
  });
});
