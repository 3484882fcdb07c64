import { describe, expect, it } from "vitest";
import { redirectCreateSchema, redirectListQuerySchema, redirectUpdateSchema } from "./schema";

const valid = { name: "Winter promo", targetUrl: "https://example.com/a" };

function errorsOf(input: unknown) {
  const r = redirectCreateSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("redirectCreateSchema", () => {
  it("fills the documented defaults", () => {
    expect(redirectCreateSchema.parse(valid)).toEqual({
      ...valid,
      description: "",
      eventType: "redirect",
      eventProperties: {},
      tags: [],
      status: "active",
      statusCode: 302,
      forwardQuery: false,
      trackingDays: 365,
    });
  });

  it.each([
    ["javascript:alert(1)"],
    ["/relative/path"],
    ["example.com"],
    ["ftp://example.com/file"],
    ["https://"],
    [`https://example.com/${"a".repeat(2040)}`],
  ])("rejects the target %s", (targetUrl) => {
    expect(errorsOf({ ...valid, targetUrl })).toHaveProperty("targetUrl");
  });

  it("stops at the length check: an over-long target is never handed to the URL parser", () => {
    const r = redirectCreateSchema.safeParse({ ...valid, targetUrl: "ж".repeat(100_000) });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["must be at most 2048 characters"]);
  });

  it("accepts mixed-case http(s) schemes", () => {
    expect(errorsOf({ ...valid, targetUrl: "HTTPS://Example.com/X" })).toEqual({});
  });

  it.each(["has space", "ümlaut", "a/b", "x".repeat(65), ""])("rejects the ID %j", (id) => {
    expect(errorsOf({ ...valid, id })).toHaveProperty("id");
  });

  it("rejects non-object event properties and wrong types", () => {
    expect(errorsOf({ ...valid, eventProperties: [1, 2] })).toHaveProperty("eventProperties");
    expect(errorsOf({ ...valid, eventProperties: "{}" })).toHaveProperty("eventProperties");
    expect(errorsOf({ ...valid, statusCode: "302" })).toHaveProperty("statusCode");
    expect(errorsOf({ ...valid, statusCode: 303 })).toHaveProperty("statusCode");
    expect(errorsOf({ ...valid, forwardQuery: "yes" })).toHaveProperty("forwardQuery");
    expect(errorsOf({ ...valid, trackingDays: 1.5 })).toHaveProperty("trackingDays");
  });

  it("accepts nested JSON properties and dedupes tags", () => {
    const parsed = redirectCreateSchema.parse({
      ...valid,
      eventProperties: { a: { b: [1, "x", null, true] } },
      tags: ["mail", "mail", "q4"],
    });
    expect(parsed.tags).toEqual(["mail", "q4"]);
  });

  it("rejects unknown fields", () => {
    expect(redirectCreateSchema.safeParse({ ...valid, hacker: 1 }).success).toBe(false);
  });
});

describe("event properties limits", () => {
  const nested = (levels: number) => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };
  const propertiesError = (eventProperties: unknown) => errorsOf({ ...valid, eventProperties }).eventProperties;

  it("says which limit was passed", () => {
    expect(propertiesError(nested(10))).toBeUndefined();
    expect(propertiesError(nested(11))).toBe("must be nested at most 10 levels deep");
    expect(propertiesError(nested(300))).toBe("must be nested at most 10 levels deep");
    expect(propertiesError(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i])))).toBe(
      "must have at most 100 keys in all, nested ones included",
    );
    expect(propertiesError({ list: Array(101).fill(1) })).toBe("lists must have at most 100 items");
    expect(propertiesError({ text: "x".repeat(10_000) })).toBe("must be at most 10,000 characters of JSON");
    expect(propertiesError({ text: "a\u0000b" })).toMatch(/NUL/);
  });

  it("refuses any depth JSON.parse accepts without overflowing the stack", () => {
    const levels = 200_000;
    const deep = JSON.parse(`${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`);
    expect(propertiesError(deep)).toBe("must be nested at most 10 levels deep");
    expect(redirectUpdateSchema.safeParse({ eventProperties: deep }).error?.issues[0].message).toBe(
      "must be nested at most 10 levels deep",
    );
  });
});

describe("text fields", () => {
  it("refuse control characters and unpaired surrogates", () => {
    expect(errorsOf({ ...valid, name: "a\u0000b" })).toEqual({ name: "must not contain control characters" });
    expect(errorsOf({ ...valid, name: "a\nb" })).toHaveProperty("name");
    expect(errorsOf({ ...valid, description: "line 1\nline 2\u0000" })).toHaveProperty("description");
    expect(errorsOf({ ...valid, description: "line 1\nline 2" })).toEqual({});
    expect(errorsOf({ ...valid, name: "a\ud800" })).toHaveProperty("name");
    expect(errorsOf({ ...valid, description: "x".repeat(2001) })).toEqual({ description: "must be at most 2,000 characters" });
  });

  it("drop a list search with a NUL rather than sending it to the database", () => {
    expect(redirectListQuerySchema.parse({ q: "a\u0000" }).q).toBeUndefined();
  });
});

describe("redirectUpdateSchema", () => {
  it("allows a partial patch without applying defaults", () => {
    expect(redirectUpdateSchema.parse({ status: "paused" })).toEqual({ status: "paused" });
  });
  it("does not allow changing the ID", () => {
    expect(redirectUpdateSchema.safeParse({ id: "other" }).success).toBe(false);
  });
});

describe("redirectListQuerySchema", () => {
  it("corrects bad paging and sorting to defaults instead of failing", () => {
    expect(redirectListQuerySchema.parse({ page: "-3", pageSize: "100000", sort: "drop table", order: "x" })).toMatchObject({
      page: 1,
      pageSize: 25,
      sort: "createdAt",
      order: "desc",
    });
  });
});
