// Redirects while an admin works: wrk on /redirect/<id>/<session> (20 connections, 15 s) against
// the production server, first alone, then while a client asks /api/v1/stats for 90 days over
// seeded clicks back to back (what an open dashboard does), in the same run. Prints redirect
// req/s and latency, and how long each stats answer took.
// Usage: npm run build && node bench/redirect-under-admin-load.mjs [--db sqlite|postgres] [--clicks 300000]
import {
  BENCH_REDIRECT,
  benchArgs,
  cli,
  createRedirect,
  freshDatabase,
  killAll,
  startApp,
  stopGracefully,
  wrk,
} from "./support/bench-app.mjs";

const values = benchArgs({
  clicks: { type: "string", default: "300000" },
  duration: { type: "string", default: "15s" },
});

const db = freshDatabase(values.db);
try {
  cli(db.env, ["migrate"]);
  cli(db.env, ["seed-demo", "--clicks", values.clicks]);
  const key = cli(db.env, ["create-api-key", "--name", "bench", "--role", "viewer"]).match(/ct_[A-Za-z0-9_-]+/)[0];
  const app = await startApp(db.env, 4200);
  createRedirect(db.env, BENCH_REDIRECT);
  const url = "http://127.0.0.1:4200/redirect/bench";
  const load = () => wrk(url, { connections: "20", duration: values.duration });

  await load(); // warm-up
  const alone = await load();

  let stop = false;
  const took = [];
  const admin = (async () => {
    while (!stop) {
      const started = performance.now();
      const res = await fetch("http://127.0.0.1:4200/api/v1/stats?range=90d", { headers: { authorization: `Bearer ${key}` } });
      await res.text();
      if (res.status !== 200) throw new Error(`stats answered ${res.status}`);
      took.push(performance.now() - started);
    }
  })();
  const busy = await load();
  stop = true;
  await admin;
  await stopGracefully(app);

  took.sort((a, b) => a - b);
  const fmt = (r) =>
    `${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   max ${r.max.toFixed(2).padStart(7)} ms`;
  console.log(`database: ${values.db}, ${values.clicks} seeded clicks, 20 connections, ${values.duration} per run`);
  console.log(`redirects alone          ${fmt(alone)}`);
  console.log(`redirects + stats calls  ${fmt(busy)}`);
  console.log(
    `stats calls: ${took.length}, median ${took[Math.floor(took.length / 2)].toFixed(0)} ms, max ${took[took.length - 1].toFixed(0)} ms`,
  );
} finally {
  killAll();
  db.drop();
}
