// Reads the JSON reports of every suite and prints one line per suite and a total.
// Exits non-zero when a suite has no report or ran no test, so a silently skipped suite fails.
import fs from "node:fs";

const suites = [
  ["unit", "test-results/unit.json", "vitest"],
  ["integration (SQLite)", "test-results/sqlite.json", "vitest"],
  ["integration (PostgreSQL)", "test-results/postgres.json", "vitest"],
  ["end-to-end", "test-results/e2e.json", "playwright"],
];

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
for (const [name, file, kind] of suites) {
  if (!fs.existsSync(file)) {
    console.log(`${name}: no report (the suite did not run)`);
    missing = true;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  const counts =
    kind === "vitest"
      ? // A failed setup or file counts as one failure even when no single test failed.
        { p: r.numPassedTests, f: r.numFailedTests || (r.success ? 0 : 1), s: r.numPendingTests + r.numTodoTests }
      : { p: r.stats.expected + r.stats.flaky, f: r.stats.unexpected + (r.errors?.length ?? 0), s: r.stats.skipped };
  if (counts.p + counts.f === 0) missing = true;
  console.log(`${name}: ${counts.p} passed, ${counts.f} failed, ${counts.s} skipped`);
  passed += counts.p;
  failed += counts.f;
  skipped += counts.s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing ? 1 : 0);
