// Redirect throughput of the production server against a bare Node http server, same run,
// same load, alternating bare and app --runs times (default 3) and comparing medians, since
// two cores shared with the load generator make single runs vary by ±10 %.
// Usage: npm run build && node bench/redirect-throughput.mjs [--db sqlite|postgres] [--runs N]
// Needs wrk (Debian: apt-get install wrk). Loopback only; every run is bounded in time.
import {
  benchArgs,
  freshDatabase,
  killAll,
  settledClickCount,
  startBareAndApp,
  stopGracefully,
  WRK_OPTIONS,
  wrk,
} from "./support/bench-app.mjs";

const values = benchArgs({ ...WRK_OPTIONS, runs: { type: "string", default: "3" } });
const load = (url) => wrk(url, values);

const db = freshDatabase(values.db);
try {
  const app = await startBareAndApp(db.env);

  await load("http://127.0.0.1:4200/redirect/bench"); // warm-up: JIT, caches
  const before = await settledClickCount(db.env);
  const bare = [];
  const clicktrail = [];
  for (let i = 0; i < Number(values.runs); i++) {
    bare.push(await load("http://127.0.0.1:4100/redirect/bench"));
    clicktrail.push(await load("http://127.0.0.1:4200/redirect/bench"));
  }
  await stopGracefully(app);
  const stored = (await settledClickCount(db.env)) - before;
  const requests = clicktrail.reduce((n, r) => n + r.requests, 0);

  const median = (runs) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)];
  const fmt = (r) =>
    `${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   non-3xx ${r.non3xx}   socket errors: ${r.errors}`;
  console.log(
    `database: ${values.db}, ${values.connections} connections, ${values.duration} per run, distinct sessions, ${values.runs} runs each`,
  );
  bare.forEach((r, i) => console.log(`  run ${i + 1} bare node   ${fmt(r)}`));
  clicktrail.forEach((r, i) => console.log(`  run ${i + 1} clicktrail  ${fmt(r)}`));
  console.log(`median bare node   ${fmt(median(bare))}`);
  console.log(`median clicktrail  ${fmt(median(clicktrail))}`);
  console.log(`ratio of medians   ${(median(clicktrail).rps / median(bare).rps).toFixed(3)} of bare Node`);
  console.log(`clicks stored after graceful stop: ${stored} for ${requests} completed requests`);
} finally {
  killAll();
  db.drop();
}
