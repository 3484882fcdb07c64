// Analytics at volume: seeds N demo clicks (lib/demo) into a fresh database, then times the
// data behind the overview, a redirect's page and the click log, called in-process as the
// pages and /api/v1 handlers call them (no HTTP, no rendering): p50 / p95 / max over --runs
// runs after 3 warm-ups. Prints a markdown table for bench/RESULTS.md.
// Usage: npx tsx bench/analytics-queries.ts [--db sqlite|postgres] [--clicks 1000000] [--runs 30] [--seed 1]
//        [--baseline <another checkout>]
// --baseline times that checkout's same functions on the same data, alternating call by call in
// this process, and prints the ratio: on a shared machine, runs minutes apart differ by more
// than most changes do. The baseline needs its own lib/db/generated (npm ci there, or a copy).
// PostgreSQL: a database is created on TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres)
// and dropped afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { getStatsReport } from "../lib/analytics/get-stats-report";
import { listClicks } from "../lib/analytics/list-clicks";
import { parseRange } from "../lib/analytics/range";
import { CLI_ACTOR } from "../lib/auth/roles";
import { parseConfig } from "../lib/config";
import { migrate } from "../lib/db/migrate";
import { seedDemo } from "../lib/demo/seed-demo";
import { installThreadParts } from "../lib/threads/thread-parts";
import { buildThreadParts, closeThreadParts } from "../lib/wiring/build-thread-parts";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    clicks: { type: "string", default: "1000000" },
    runs: { type: "string", default: "30" },
    seed: { type: "string", default: "1" },
    baseline: { type: "string" },
  },
});
const RUNS = Number(values.runs);
const WARM_UPS = 3;
const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

interface Database {
  url: string;
  size: () => Promise<string>;
  drop: () => Promise<void>;
}

async function freshDatabase(kind: string): Promise<Database> {
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-bench-"));
    const file = path.join(dir, "bench.db");
    return {
      url: `file:${file}`,
      size: async () => mib(fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0)),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (kind !== "postgres") throw new Error("--db must be sqlite or postgres");
  const name = `clicktrail_bench_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    size: async () => mib(Number((await admin(`SELECT pg_database_size('${name}') AS n`)).rows[0].n)),
    drop: async () => void (await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const count = (n: number) => n.toLocaleString("en");

interface Timing {
  name: string;
  p50: number;
  p95: number;
  max: number;
  note: string;
}

/** The analytics functions of one checkout, called with the same arguments. */
interface Subject {
  getStatsReport: typeof getStatsReport;
  listClicks: typeof listClicks;
}

/** The baseline checkout's modules; one from before the explicit wiring reads DATABASE_URL itself. */
async function loadBaseline(root: string, databaseUrl: string): Promise<Subject> {
  if (!fs.existsSync(path.join(root, "lib/db/generated"))) {
    throw new Error(`${root} has no lib/db/generated: run npm ci there, or copy this checkout's`);
  }
  process.env.DATABASE_URL = databaseUrl;
  const load = (file: string) => import(pathToFileURL(path.join(root, file)).href);
  const [stats, clicks] = await Promise.all([load("lib/analytics/get-stats-report.ts"), load("lib/analytics/list-clicks.ts")]);
  return { getStatsReport: stats.getStatsReport, listClicks: clicks.listClicks };
}

/**
 * Runs each subject's `fn` WARM_UPS times, then RUNS times alternating which goes first;
 * percentiles over the timed runs, one Timing per subject.
 */
async function time(name: string, fns: Array<() => Promise<string>>): Promise<Timing[]> {
  const notes = fns.map(() => "");
  for (let i = 0; i < WARM_UPS; i++) for (const [k, fn] of fns.entries()) notes[k] = await fn();
  const ms: number[][] = fns.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? [...fns.keys()].reverse() : [...fns.keys()];
    for (const k of order) {
      const start = performance.now();
      await fns[k]();
      ms[k].push(performance.now() - start);
    }
  }
  const timings = ms.map((runs, k) => {
    runs.sort((a, b) => a - b);
    const at = (q: number) => runs[Math.min(runs.length - 1, Math.ceil(q * runs.length) - 1)];
    return { name, p50: at(0.5), p95: at(0.95), max: runs[runs.length - 1], note: notes[k] };
  });
  const [t, base] = timings;
  console.log(
    `  ${name}: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, max ${t.max.toFixed(1)} ms (${t.note})` +
      (base ? `; baseline p50 ${base.p50.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms` : ""),
  );
  return timings;
}

async function main() {
  const db = await freshDatabase(values.db!);
  const parts = buildThreadParts(parseConfig({ ...process.env, DATABASE_URL: db.url }));
  installThreadParts(parts);
  try {
    await migrate(db.url);
    const clicks = Number(values.clicks);
    console.log(`Seeding ${count(clicks)} demo clicks over 90 days into a fresh ${values.db} database…`);
    let next = 0;
    const cpuBefore = process.cpuUsage();
    const seeded = await seedDemo(CLI_ACTOR, { clicks, days: 90, seed: values.seed }, (p) => {
      if (p.written < next && p.written < p.total) return;
      next = p.written + p.total / 5;
      console.log(`  ${count(p.written)} clicks (${count(Math.round(p.written / (p.elapsedMs / 1000)))} rows/s)`);
    });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    // The machine is shared: CPU time says what seeding costs, wall time what it took here.
    const seeding = `${count(Math.round(seeded.rowsPerSecond))} rows/s (${(seeded.elapsedMs / 1000).toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU in this process)`;
    console.log(`Seeded: ${seeding}; database ${await db.size()}; load average ${loadAverage()}`);

    const ranges = {
      "24h": parseRange({ range: "24h" }),
      "30d": parseRange({ range: "30d" }),
      "90d": parseRange({ range: "90d" }),
    };
    const [popular, quieter] = [seeded.redirectIds[0], seeded.redirectIds[Math.floor(seeded.redirectIds.length / 2)]];
    const subjects: Subject[] = [{ getStatsReport, listClicks }];
    if (values.baseline) subjects.push(await loadBaseline(path.resolve(values.baseline), db.url));
    const report = (range: keyof typeof ranges, redirectId: string | null = null) =>
      subjects.map((s) => async () => {
        const r = await s.getStatsReport(CLI_ACTOR, { range: ranges[range], redirectId });
        return `${count(r.current.total)} clicks, ${r.series.length} points`;
      });
    const firstPage = await listClicks(CLI_ACTOR, { limit: 50 });
    const topSession = (await getStatsReport(CLI_ACTOR, { range: ranges["30d"] })).top.sessions[0]?.key;
    const page = (query: Record<string, string | number>) =>
      subjects.map((s) => async () => {
        const p = await s.listClicks(CLI_ACTOR, { limit: 50, ...query });
        return `${p.clicks.length} rows of ${p.estimatedTotal === null ? "an unknown number" : `~${count(p.estimatedTotal)}`}`;
      });

    console.log(
      `Timing (${WARM_UPS} warm-ups, ${RUNS} runs each${values.baseline ? `, alternating with ${values.baseline}` : ""}):`,
    );
    const pairs = [
      await time("overview, 24 h", report("24h")),
      await time("overview, 30 d", report("30d")),
      await time("overview, 90 d", report("90d")),
      await time(`redirect page, most clicks (${popular}), 30 d`, report("30d", popular)),
      await time(`redirect page, fewer clicks (${quieter}), 30 d`, report("30d", quieter)),
      await time("click log, first page (50, newest first, 30 d)", page({})),
      await time("click log, next page (cursor)", page({ cursor: firstPage.nextCursor! })),
      await time("click log, country=DE & kind=human", page({ country: "DE", kind: "human" })),
      await time("click log, 90 d, redirect filter", page({ range: "90d", redirect: quieter })),
      await time(`click log, session filter (${topSession})`, page({ session: topSession! })),
    ];
    const timings = pairs.map(([t]) => t);

    const overviewP95 = Math.max(...timings.slice(0, 5).map((t) => t.p95));
    const logP95 = Math.max(...timings.slice(5).map((t) => t.p95));
    console.log(`\n${values.db}, ${count(clicks)} clicks, ${RUNS} runs; seeding ${seeding}; load average ${loadAverage()}\n`);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    if (values.baseline) {
      console.log("| request | p50 | p95 | baseline p50 | baseline p95 | p50 ratio | p95 ratio | result |");
      console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
      for (const [t, b] of pairs)
        console.log(
          `| ${t.name} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(b.p50)} | ${ms(b.p95)} | ${(t.p50 / b.p50).toFixed(2)} | ${(t.p95 / b.p95).toFixed(2)} | ${t.note} |`,
        );
    } else {
      console.log("| request | p50 | p95 | max | result |");
      console.log("| --- | ---: | ---: | ---: | --- |");
      for (const t of timings) console.log(`| ${t.name} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | ${t.note} |`);
    }
    console.log(
      `\nslowest p95: overview and redirect pages ${overviewP95.toFixed(1)} ms, click log ${logP95.toFixed(1)} ms (bars: 300 ms each)`,
    );
  } finally {
    await closeThreadParts(parts);
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
