import { describe, expect, it } from "vitest";
import { rewriteOptionsSchema } from "./types";

describe("rewriteOptionsSchema", () => {
  it("fills defaults", () => {
    expect(rewriteOptionsSchema.parse({})).toEqual({
      campaign: null,
      tags: [],
      trackOpens: false,
      prependHttpToWww: false,
    });
  });

  it.each([["{{session@id}}"], ["*|UNIQID|*"], ["{{ contact.id }}"], ["%%SubscriberKey%%"]])(
    "accepts the session template %s",
    (sessionTemplate) => {
      expect(rewriteOptionsSchema.safeParse({ sessionTemplate }).success).toBe(true);
    },
  );

  it.each([
    [{ sessionId: "has space" }, "sessionId"],
    [{ sessionTemplate: "plain" }, "sessionTemplate"],
    [{ sessionTemplate: `{{"x"}}` }, "sessionTemplate"],
    [{ sessionId: "s1", sessionTemplate: "{{session@id}}" }, "sessionTemplate"],
    [{ campaign: "<b>" }, "campaign"],
    [{ tags: ["a<b"] }, "tags.0"],
    [{ trackOpens: "yes" }, "trackOpens"],
    [{ baseUrl: "x" }, "_"],
  ])("rejects %j", (input, path) => {
    const result = rewriteOptionsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join(".") || "_")).toContain(path);
  });
});
