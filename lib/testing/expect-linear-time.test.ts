import { describe, expect, it } from "vitest";
import { jsonArrayOf, repeatTo } from "./expect-linear-time";

describe("the worst-case input builders", () => {
  it("repeatTo gives exactly the size asked for: head, the unit cut to fit, tail", () => {
    expect(repeatTo("<a ", "ab", ">")(10)).toBe("<a ababab>");
    expect(repeatTo("<a ", "ab", ">")(9)).toBe("<a ababa>");
    expect(repeatTo("", "xyz")(4_000)).toHaveLength(4_000);
  });

  it("jsonArrayOf gives an array of the unit about the size asked for as JSON", () => {
    expect(jsonArrayOf("!")(1)).toEqual(["!"]);
    const items = jsonArrayOf("redirect")(1_000);
    expect(new Set(items)).toEqual(new Set(["redirect"]));
    expect(JSON.stringify(items).length).toBeGreaterThan(990);
    expect(JSON.stringify(items).length).toBeLessThanOrEqual(1_000);
  });
});
