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
    expect(
      redirectListQuerySchema.parse({ page: "-3", pageSize: "100000", sort: "drop table", order: "x" }),
    ).toMatchObject({ page: 1, pageSize: 25, sort: "createdAt", order: "desc" });
  });
});
