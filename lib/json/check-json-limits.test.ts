import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkJsonLimits, type JsonLimits } from "./check-json-limits";

const LIMITS: JsonLimits = { maxDepth: 10, maxKeys: 100, maxItems: 100, maxChars: 10_000 };
const ROOMY: JsonLimits = { maxDepth: 1_000, maxKeys: 1_000_000, maxItems: 1_000_000, maxChars: 100_000_000 };

function nestedObjects(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 1; i < levels; i++) value = { a: value };
  return { a: value };
}

describe("checkJsonLimits", () => {
  it("measures exactly what JSON.stringify writes, so a value at the limit passes and one over fails", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const chars = JSON.stringify(value).length;
        expect(checkJsonLimits(value, { ...ROOMY, maxChars: chars })).toBeNull();
        expect(checkJsonLimits(value, { ...ROOMY, maxChars: chars - 1 })).toBe("chars");
      }),
      { numRuns: 500 },
    );
  });

  it("counts the value itself as level 1", () => {
    expect(checkJsonLimits(nestedObjects(10), LIMITS)).toBeNull();
    expect(checkJsonLimits(nestedObjects(11), LIMITS)).toBe("depth");
    expect(checkJsonLimits({ a: [[[[[[[[[1]]]]]]]]] }, LIMITS)).toBeNull();
    expect(checkJsonLimits({ a: [[[[[[[[[[1]]]]]]]]]] }, LIMITS)).toBe("depth");
  });

  it("stops at the limit for any depth JSON.parse accepts, without recursing", () => {
    const levels = 400_000;
    const deepObjects = JSON.parse(`${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`);
    const deepArrays = JSON.parse(`{"a":${"[".repeat(levels)}${"]".repeat(levels)}}`);
    expect(checkJsonLimits(deepObjects, LIMITS)).toBe("depth");
    expect(checkJsonLimits(deepArrays, LIMITS)).toBe("depth");
    // The recursive alternatives overflow the stack on the same value.
    expect(() => JSON.stringify(deepObjects)).toThrow(RangeError);
  });

  it("counts keys across every level", () => {
    const flat = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    expect(checkJsonLimits(flat, LIMITS)).toBeNull();
    expect(checkJsonLimits({ ...flat, extra: 1 }, LIMITS)).toBe("keys");
    const nested = { a: Object.fromEntries(Array.from({ length: 99 }, (_, i) => [`k${i}`, i])) };
    expect(checkJsonLimits(nested, LIMITS)).toBeNull();
    expect(checkJsonLimits({ ...nested, b: { c: 1 } }, LIMITS)).toBe("keys");
  });

  it("caps every array's length", () => {
    expect(checkJsonLimits({ a: Array(100).fill(0) }, LIMITS)).toBeNull();
    expect(checkJsonLimits({ a: [Array(101).fill(0)] }, LIMITS)).toBe("items");
  });

  it("refuses NUL and unpaired surrogates in keys and strings, and accepts paired ones", () => {
    expect(checkJsonLimits({ a: "x\u0000" }, LIMITS)).toBe("text");
    expect(checkJsonLimits({ a: ["\ud800"] }, LIMITS)).toBe("text");
    expect(checkJsonLimits({ "\udc00": 1 }, LIMITS)).toBe("text");
    expect(checkJsonLimits({ "k\u0000": 1 }, LIMITS)).toBe("text");
    expect(checkJsonLimits({ emoji: "😀", "tab\tand\nline": "é" }, LIMITS)).toBeNull();
  });

  it("refuses a wide value by its size though no array is too long", () => {
    // 100 arrays of 100 arrays of 100 numbers: a million values, each list within its limit.
    const wide = { a: Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => Array(100).fill(0))) };
    expect(checkJsonLimits(wide, LIMITS)).toBe("chars");
  });
});
