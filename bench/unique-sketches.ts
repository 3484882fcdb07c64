// How long the unique-sessions answer takes from hourly sketches: 90 days × 24 hours of
// sketches (sparse and dense) deserialized, merged and counted, against the exact count.
// Usage: npx tsx bench/unique-sketches.ts
import { HyperLogLog } from "../lib/clicks/hyperloglog";

const HOURS = 90 * 24;
for (const perHour of [20, 500]) {
  const stored: Uint8Array[] = [];
  const exact = new Set<string>();
  for (let h = 0; h < HOURS; h++) {
    const sketch = new HyperLogLog();
    for (let i = 0; i < perHour; i++) {
      // Sessions recur across hours: a third of each hour's sessions were seen before.
      const id = i % 3 === 0 ? `s-${(h * perHour + i) % 5000}` : `s-${h}-${i}`;
      sketch.add(id);
      exact.add(id);
    }
    stored.push(sketch.serialize());
  }
  const bytes = stored.reduce((n, b) => n + b.length, 0);
  const times: number[] = [];
  let estimate = 0;
  for (let run = 0; run < 20; run++) {
    const t = performance.now();
    const merged = new HyperLogLog();
    for (const b of stored) merged.merge(HyperLogLog.deserialize(b));
    estimate = merged.count();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${perHour} sessions/hour, ${HOURS} hourly sketches (${(bytes / 1024).toFixed(0)} KiB): ` +
      `merge+count p50 ${times[10].toFixed(1)} ms, p95 ${times[18].toFixed(1)} ms; ` +
      `estimate ${estimate} vs exact ${exact.size} (${(((estimate - exact.size) / exact.size) * 100).toFixed(1)} %)`,
  );
}
