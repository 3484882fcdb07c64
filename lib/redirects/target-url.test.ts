import { describe, expect, it } from "vitest";
import { normaliseTargetUrl, readableTargetUrl, servableTargetUrl } from "./target-url";
import { redirectCreateSchema, targetUrlSchema } from "./schema";

describe("normaliseTargetUrl", () => {
  it.each([
    ["https://example.com/ж", "https://example.com/%D0%B6"],
    ["https://example.com/Grüße?q=Straße#Über", "https://example.com/Gr%C3%BC%C3%9Fe?q=Stra%C3%9Fe#%C3%9Cber"],
    ["https://пример.рф/путь", "https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C"],
    ["https://例え.jp/日本語 ページ", "https://xn--r8jz45g.jp/%E6%97%A5%E6%9C%AC%E8%AA%9E%20%E3%83%9A%E3%83%BC%E3%82%B8"],
    ["HTTPS://Example.COM", "https://example.com/"],
  ])("stores %s as %s", (input, stored) => {
    expect(normaliseTargetUrl(input)).toBe(stored);
    expect(targetUrlSchema.parse(input)).toBe(stored);
  });

  it("counts the length once encoded", () => {
    const result = targetUrlSchema.safeParse(`https://example.com/${"ж".repeat(400)}`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/once its non-ASCII characters are percent-encoded/);
  });

  it("stores the normalised target through the create schema", () => {
    expect(redirectCreateSchema.parse({ name: "n", targetUrl: "https://example.com/ж" }).targetUrl).toBe(
      "https://example.com/%D0%B6",
    );
  });

  it("refuses what is not an absolute http(s) URL without throwing", () => {
    for (const bad of ["ftp://x", "https://", "not a url", "javascript:alert(1)", "https://exa mple.com/"]) {
      expect(targetUrlSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("servableTargetUrl", () => {
  it("serves a normalised target as is and normalises an old stored one", () => {
    expect(servableTargetUrl("https://example.com/%D0%B6")).toBe("https://example.com/%D0%B6");
    expect(servableTargetUrl("https://example.com/ж")).toBe("https://example.com/%D0%B6");
    expect(servableTargetUrl("https://example.com/a b")).toBe("https://example.com/a%20b");
    expect(servableTargetUrl("no url at all ж")).toBeNull();
  });
});

describe("readableTargetUrl", () => {
  it.each([
    ["https://example.com/%D0%B6", "https://example.com/ж"],
    ["https://xn--e1afmkfd.xn--p1ai/%D0%BF?x=%C3%BC#%C3%9C", "https://пример.рф/п?x=ü#Ü"],
    ["https://example.com/a%20b%2Fc%25d", "https://example.com/a%20b%2Fc%25d"],
    ["https://user:pw@example.com:8443/x", "https://user:pw@example.com:8443/x"],
  ])("shows %s as %s", (href, readable) => {
    expect(readableTargetUrl(href)).toBe(readable);
    expect(normaliseTargetUrl(readableTargetUrl(href))).toBe(href);
  });

  it("keeps escapes that would show invisible or bidirectional characters", () => {
    expect(readableTargetUrl("https://example.com/%E2%80%AE%D0%B6")).toBe("https://example.com/%E2%80%AE%D0%B6");
    expect(readableTargetUrl("https://example.com/%D0")).toBe("https://example.com/%D0");
  });
});
