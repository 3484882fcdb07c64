import { describe, expect, it } from "vitest";
import { HyperLogLog } from "./hyperloglog";

function sketchOf(from: number, to: number): HyperLogLog {
  const h = new HyperLogLog();
  for (let i = from; i < to; i++) h.add(`session-${i}`);
  return h;
}

describe("HyperLogLog", () => {
  it("counts small sets almost exactly and repeats once", () => {
    const h = sketchOf(0, 100);
    for (let i = 0; i < 100; i++) h.add(`session-${i}`);
    expect(Math.abs(h.count() - 100)).toBeLessThanOrEqual(5);
  });

  it.each([1_000, 50_000])("estimates %i distinct values within 5 %", (n) => {
    expect(Math.abs(sketchOf(0, n).count() - n) / n).toBeLessThan(0.05);
  });

  it("merges overlapping sketches into the union", () => {
    const merged = sketchOf(0, 6_000).merge(sketchOf(4_000, 10_000));
    expect(Math.abs(merged.count() - 10_000) / 10_000).toBeLessThan(0.05);
  });

  it("round-trips through the sparse and the dense encoding", () => {
    const small = sketchOf(0, 20);
    const smallBytes = small.serialize();
    expect(smallBytes[0]).toBe(0);
    expect(smallBytes.length).toBeLessThan(100);
    expect(HyperLogLog.deserialize(smallBytes).registers).toEqual(small.registers);
    const big = sketchOf(0, 20_000);
    const bigBytes = big.serialize();
    expect(bigBytes[0]).toBe(1);
    expect(HyperLogLog.deserialize(bigBytes).count()).toBe(big.count());
  });

  it("reads an empty or missing sketch as zero", () => {
    expect(HyperLogLog.deserialize(null).count()).toBe(0);
    expect(new HyperLogLog().isEmpty()).toBe(true);
  });
});
