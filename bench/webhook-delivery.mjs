// Webhook delivery under load, against the redirect figures without a destination.
//   1. Redirect throughput (wrk, 50 connections, distinct sessions), alternating --runs times:
//      a bare Node server, the app with its one destination off, the app with it on (a local
//      receiver). Medians of each: what queuing events costs the redirect path.
//   2. The backlog those saturated runs left: the rate it is sent at once the load stops.
//   3. A sustained fixed rate (--rate clicks/s for --seconds) with the destination on:
//      per-second delivery lag (receipt minus the click's time) and the backlog, which must stay
//      bounded.
// Usage: npm run build && node bench/webhook-delivery.mjs [--db sqlite|postgres] [--runs N] [--rate N] [--seconds N]
// Needs wrk (Debian: apt-get install wrk). Loopback only; every phase is bounded in time.
import http from "node:http";
import {
  BENCH_USER_AGENT,
  benchArgs,
  cli,
  freshDatabase,
  killAll,
  onDatabase,
  settledClickCount,
  startBareAndApp,
  stopGracefully,
  WRK_OPTIONS,
  wrk,
} from "./support/bench-app.mjs";

const values = benchArgs({
  ...WRK_OPTIONS,
  runs: { type: "string", default: "3" },
  rate: { type: "string", default: "1000" },
  seconds: { type: "string", default: "20" },
});
const RECEIVER_PORT = 4300;
const DRAIN_SECONDS = 30;
const load = (url) => wrk(url, values);

/** Counts events and records each one's lag: receipt time minus the click's occurredAt. */
function startReceiver() {
  const state = { events: 0, ids: new Set(), lags: [] };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const event = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      state.events++;
      state.ids.add(event.id);
      state.lags.push({ at: Date.now(), lag: Date.now() - Date.parse(event.occurredAt) });
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(RECEIVER_PORT, "127.0.0.1", () => resolve({ state, server })));
}

/** One GET every 1/rate s over keep-alive connections, each a new session: a steady click stream. */
async function steadyLoad(url, rate, seconds, onSecond) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const total = rate * seconds;
  const started = performance.now();
  let sent = 0;
  let failed = 0;
  const inFlight = new Set();
  let second = 0;
  while (sent < total) {
    const due = Math.floor(((performance.now() - started) / 1000) * rate);
    for (; sent < Math.min(due, total); sent++) {
      const p = new Promise((resolve) => {
        const req = http.get(`${url}/steady-${sent}`, { agent, headers: { "user-agent": BENCH_USER_AGENT } }, (res) => {
          res.resume();
          res.on("end", resolve);
        });
        req.on("error", () => {
          failed++;
          resolve();
        });
      });
      inFlight.add(p);
      p.then(() => inFlight.delete(p));
    }
    const s = Math.floor((performance.now() - started) / 1000);
    if (s > second) onSecond((second = s));
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { sent, failed };
}

const pctOf = (xs, p) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
/** Each figure's own median over the runs (one noisy run does not decide the p99). */
const median = (runs) => {
  const mid = (key) => [...runs].map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { rps: mid("rps"), p50: mid("p50"), p99: mid("p99") };
};
const fmt = (r) =>
  `${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms`;

const db = freshDatabase(values.db);
const env = { ...db.env, ALLOW_PRIVATE_WEBHOOKS: "true" };
const { state, server: receiver } = await startReceiver();
try {
  const app = await startBareAndApp(env);
  cli(env, [
    "create-webhook",
    "--json",
    JSON.stringify({ name: "Bench receiver", url: `http://127.0.0.1:${RECEIVER_PORT}/events`, enabled: false }),
  ]);
  // The destination is switched on only for the "with" runs: while it is off the writers queue
  // nothing for it and the worker sends nothing, so each pair of runs differs only by it.
  // SQLite may be busy with the click backlog: a few tries.
  const sql = async (code) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await onDatabase(env, code);
      } catch (err) {
        if (attempt === 5) throw err;
      }
    }
  };
  const setEnabled = (enabled) => sql(`db.webhookDestination.updateMany({ data: { enabled: ${enabled} } })`);

  await load("http://127.0.0.1:4200/redirect/bench"); // warm-up: JIT, caches
  const bare = [];
  const without = [];
  const withOne = [];
  const receivedBefore = state.events;
  let withRequests = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    bare.push(await load("http://127.0.0.1:4100/redirect/bench"));
    without.push(await load("http://127.0.0.1:4200/redirect/bench"));
    await setEnabled(true);
    const r = await load("http://127.0.0.1:4200/redirect/bench");
    withOne.push(r);
    withRequests += r.requests;
    await setEnabled(false);
  }
  console.log(
    `database: ${values.db}, ${values.connections} connections, ${values.duration} per run, distinct sessions, ${values.runs} runs each, alternating`,
  );
  bare.forEach((r, i) => console.log(`  run ${i + 1} bare node          ${fmt(r)}`));
  without.forEach((r, i) => console.log(`  run ${i + 1} no destination     ${fmt(r)}`));
  withOne.forEach((r, i) => console.log(`  run ${i + 1} one destination    ${fmt(r)}`));
  const [b, a, w] = [median(bare), median(without), median(withOne)];
  console.log(`median bare node          ${fmt(b)}`);
  console.log(`median no destination     ${fmt(a)}   (${(a.rps / b.rps).toFixed(3)} of bare Node)`);
  console.log(`median one destination    ${fmt(w)}   (${(w.rps / b.rps).toFixed(3)} of bare Node)`);
  console.log(
    `with a destination: ${(w.rps / a.rps).toFixed(3)} of the req/s without; p99 ${a.p99.toFixed(2)} → ${w.p99.toFixed(2)} ms`,
  );
  console.log(`events sent while the load ran: ${state.events - receivedBefore} of ${withRequests} clicks`);

  // The backlog of the saturated runs, sent once the destination is on for good: its rate over
  // DRAIN_SECONDS; then, once every click is stored, the rest is dropped so that the steady phase
  // starts from an empty outbox.
  await setEnabled(true);
  const drainFrom = state.events;
  await new Promise((r) => setTimeout(r, DRAIN_SECONDS * 1000));
  console.log(
    `backlog after the load: ${((state.events - drainFrom) / DRAIN_SECONDS).toFixed(0)} events/s sent over ${DRAIN_SECONDS} s`,
  );
  await settledClickCount(env); // the write-behind buffer's backlog is stored (and queued) first
  await sql(`db.webhookDelivery.deleteMany({ where: { status: "pending" } })`);
  await new Promise((r) => setTimeout(r, 2000));

  const rate = Number(values.rate);
  const seconds = Number(values.seconds);
  const steadyFrom = state.events;
  state.lags = [];
  console.log(`steady ${rate} clicks/s for ${seconds} s, one destination`);
  const { sent, failed } = await steadyLoad("http://127.0.0.1:4200/redirect/bench", rate, seconds, (s) => {
    const window = state.lags.filter((l) => l.at > Date.now() - 1000).map((l) => l.lag);
    const backlog = rate * s - (state.events - steadyFrom);
    if (s % 5 === 0 || s === 1)
      console.log(
        `  t=${String(s).padStart(3)} s  delivered ${String(state.events - steadyFrom).padStart(7)}  backlog ${String(backlog).padStart(6)}  lag p50 ${pctOf(window, 50)} ms  p99 ${pctOf(window, 99)} ms`,
      );
  });
  const loadEnd = Date.now();
  while (state.events - steadyFrom < sent - failed && Date.now() - loadEnd < 60_000) await new Promise((r) => setTimeout(r, 50));
  const lags = state.lags.map((l) => l.lag);
  console.log(
    `  ${sent} clicks sent (${failed} failed); ${state.events - steadyFrom} events received, last ${Date.now() - loadEnd} ms after the load ended`,
  );
  console.log(`  delivery lag over the run: p50 ${pctOf(lags, 50)} ms, p99 ${pctOf(lags, 99)} ms, max ${Math.max(...lags)} ms`);

  await stopGracefully(app);
  console.log(
    `distinct event IDs received: ${state.ids.size}; events received: ${state.events} (repeats are at-least-once redeliveries)`,
  );
} finally {
  receiver.close();
  killAll();
  db.drop();
}
