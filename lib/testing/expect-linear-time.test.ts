import { describe, expect, it } from "vitest";
import { expectLinearTime, jsonArrayOf, LINEAR_TIME_SUITE, repeatTo } from "./expect-linear-time";

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

describe("expectLinearTime", LINEAR_TIME_SUITE, () => {
  const text = repeatTo("", "ab");

  it("passes work in proportion to the input", () => {
    const sum = (s: string) => {
      let total = 0;
      for (let i = 0; i < s.length; i++) total += s.charCodeAt(i);
      return total;
    };
    const timings = expectLinearTime({ input: text, run: sum, maxSize: 1_000_000 });
    expect(timings.at(-1)!.size).toBe(1_000_000);
  });

  it("fails quadratic work at the first step where it shows", () => {
    const pairs = (s: string) => {
      let same = 0;
      for (let i = 0; i < s.length; i++)
        for (let j = i + 1; j < s.length; j++) same += s.charCodeAt(i) === s.charCodeAt(j) ? 1 : 0;
      return same;
    };
    expect(() => expectLinearTime({ input: text, run: pairs, maxSize: 16_000 })).toThrow(/Time grows faster than the input/);
  });
});
