import { describe, expect, it } from "vitest";
import { GenerationMap } from "./generation-map";

describe("GenerationMap", () => {
  it("answers what was set, and undefined for what was not", () => {
    const map = new GenerationMap<string, number>(10);
    map.set("a", 1);
    expect(map.get("a")).toBe(1);
    expect(map.get("b")).toBeUndefined();
  });

  it("holds fewer than maxEntries keys and forgets the ones not used lately", () => {
    const map = new GenerationMap<string, number>(4);
    map.set("a", 1);
    map.set("b", 2); // the young generation is full: a and b become the old one
    map.set("c", 3);
    expect(map.get("a")).toBe(1); // read: a moves up; the generation fills and b's is dropped
    expect(map.get("b")).toBeUndefined();
    map.set("d", 4);
    map.set("e", 5); // a and c, not read since, go with their generation
    expect(map.get("a")).toBeUndefined();
    expect(map.get("c")).toBeUndefined();
    expect(map.get("d")).toBe(4);
    expect(map.get("e")).toBe(5);

    const many = new GenerationMap<number, number>(1_000);
    let largest = 0;
    for (let i = 0; i < 10_000; i++) {
      many.set(i, i);
      largest = Math.max(largest, many.size);
    }
    expect(largest).toBeLessThan(1_000);
  });

  it("keeps a key that is read often however many others pass through", () => {
    const map = new GenerationMap<string, string>(100);
    map.set("hot", "kept");
    for (let i = 0; i < 10_000; i++) {
      map.set(`cold-${i}`, "x");
      if (i % 40 === 0) expect(map.get("hot")).toBe("kept");
    }
    expect(map.get("cold-0")).toBeUndefined();
  });

  it("forgets a deleted key in both generations, and everything on clear", () => {
    const map = new GenerationMap<string, number>(4);
    map.set("a", 1);
    map.set("b", 2);
    map.get("a"); // a is in both generations now
    map.delete("a");
    expect(map.get("a")).toBeUndefined();
    map.clear();
    expect(map.get("b")).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it("is a plain Map without a bound", () => {
    const map = new GenerationMap<number, number>();
    for (let i = 0; i < 10_000; i++) map.set(i, i);
    expect(map.get(0)).toBe(0);
    expect(map.size).toBe(10_000);
  });

  it("rejects a bound that would hold nothing", () => {
    expect(() => new GenerationMap(0)).toThrow(RangeError);
    expect(() => new GenerationMap(Number.NaN)).toThrow(RangeError);
  });
});
