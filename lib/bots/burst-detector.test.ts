import { describe, expect, it } from "vitest";
import type { GenerationMap } from "../cache/generation-map";
import { BurstDetector } from "./burst-detector";

type Recent = { links: string[]; times: number[] };
const recent = (d: BurstDetector) => (d as unknown as { recent: GenerationMap<string, Recent> }).recent;
const keyCount = (d: BurstDetector) => recent(d).size;
const recentOf = (d: BurstDetector, key: string) => recent(d).get(key);

/** Records links l0…l(n-1) for key, one every 100 ms from t0; returns each click's verdict. */
function clickLinks(d: BurstDetector, key: string, n: number, t0 = 0): boolean[] {
  return Array.from({ length: n }, (_, i) => d.record(key, `l${i}`, t0 + i * 100));
}

describe("BurstDetector", () => {
  it("lets five different links within 3 s pass and flags the sixth and every further click", () => {
    const d = new BurstDetector();
    expect(clickLinks(d, "s1", 7)).toEqual([false, false, false, false, false, true, true]);
    expect(d.record("s1", "l0", 800)).toBe(true);
  });

  it("does not count one link clicked again and again as a burst", () => {
    const d = new BurstDetector();
    for (let i = 0; i < 100; i++) expect(d.record("s1", "same", i * 10)).toBe(false);
  });

  it("forgets clicks older than the window", () => {
    const d = new BurstDetector();
    clickLinks(d, "s1", 5); // l0…l4 at 0…400 ms
    expect(d.record("s1", "l5", 3_000)).toBe(false); // l0 is 3,000 ms old: out of the window
    expect(d.record("s1", "l6", 3_050)).toBe(true); // l1…l6 within 3 s
    expect(d.record("s1", "l7", 10_000)).toBe(false); // all earlier clicks expired
  });

  it("counts each key on its own", () => {
    const d = new BurstDetector();
    clickLinks(d, "ip:198.51.100.7", 5);
    expect(d.record("session:abc", "l5", 500)).toBe(false);
    expect(d.record("ip:198.51.100.7", "l5", 500)).toBe(true);
  });

  it("takes its window and threshold from the options", () => {
    const d = new BurstDetector({ windowMs: 1_000, maxDistinctLinks: 2 });
    expect(clickLinks(d, "s1", 3)).toEqual([false, false, true]);
    expect(d.record("s2", "a", 0)).toBe(false);
    expect(d.record("s2", "b", 600)).toBe(false);
    expect(d.record("s2", "c", 1_100)).toBe(false); // a has left the 1 s window
  });

  it("keeps at most maxKeys keys, forgetting the ones not recorded lately", () => {
    const d = new BurstDetector({ maxKeys: 4 });
    clickLinks(d, "a", 5);
    d.record("b", "x", 500);
    d.record("a", "l0", 510); // a is recorded again; b is not
    d.record("c", "x", 520);
    d.record("c", "y", 530);
    expect(recentOf(d, "b")).toBeUndefined();
    expect(d.record("a", "l5", 600)).toBe(true); // a's five links are still known

    for (const key of ["d", "e", "f", "g"]) d.record(key, "x", 700);
    expect(recentOf(d, "a")).toBeUndefined();
    expect(d.record("a", "l6", 720)).toBe(false); // a's history is gone

    const many = new BurstDetector({ maxKeys: 1_000 });
    let largest = 0;
    for (let i = 0; i < 10_000; i++) {
      many.record(`ip:${i}`, "x", i);
      largest = Math.max(largest, keyCount(many));
    }
    expect(largest).toBeLessThanOrEqual(1_000);
  });

  it("holds only the latest maxDistinctLinks + 1 links of a key however many it clicks", () => {
    const d = new BurstDetector();
    for (let i = 0; i < 10_000; i++) expect(d.record("flood", `l${i}`, i / 10)).toBe(i >= 5);
    expect(recentOf(d, "flood")?.links).toHaveLength(6);
  });

  it("rejects options that would disable it", () => {
    expect(() => new BurstDetector({ windowMs: 0 })).toThrow(RangeError);
    expect(() => new BurstDetector({ maxDistinctLinks: 0 })).toThrow(RangeError);
    expect(() => new BurstDetector({ maxKeys: Number.NaN })).toThrow(RangeError);
  });
});
