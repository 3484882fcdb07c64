// Loss test: N redirects under load at 50 connections, SIGTERM while requests are still
// being answered, then count stored clicks. Every answered 302 must have its click stored.
// With --crash the server gets SIGKILL instead: what is lost then, divided by the request
// rate, is the crash loss window. With --outage (PostgreSQL) the database refuses connections
// for 3 s from 30 % of the requests on, and every open connection to it is cut. With
// --saturate wrk loads the server as hard as it can for 10 s (as bench/redirect-throughput.mjs
// does) and the stop comes after 8 s: the click store must keep up with the fastest redirects.
// Usage: npm run build && node bench/click-loss.mjs [--db sqlite|postgres] [--requests N] [--crash] [--outage] [--saturate]
import { execFileSync } from "node:child_process";
import http from "node:http";
import {
  benchArgs,
  createRedirect,
  settledClickCount,
  freshDatabase,
  killAll,
  startApp,
  stopGracefully,
  WRK_OPTIONS,
  wrk,
} from "./support/bench-app.mjs";

const values = benchArgs({
  requests: { type: "string", default: "50000" },
  connections: WRK_OPTIONS.connections,
  crash: { type: "boolean", default: false },
  outage: { type: "boolean", default: false },
  saturate: { type: "boolean", default: false },
});
const N = Number(values.requests);
const PORT = 4300;
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(values.connections) });

function get(i) {
  return new Promise((resolve) => {
    const req = http.get(
      {
        host: "127.0.0.1",
        port: PORT,
        path: `/redirect/loss/s-${i}`,
        agent,
        headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36" },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode);
      },
    );
    req.on("error", () => resolve(0));
    req.setTimeout(10_000, () => req.destroy());
  });
}

/** The database goes away: new connections refused, existing ones cut; back after `ms`. */
async function databaseOutage(ms) {
  const name = new URL(db.url).pathname.slice(1);
  const psql = (sql) =>
    execFileSync("psql", [process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres", "-qAtc", sql]);
  psql(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
  psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
  console.log(`database ${name} unavailable for ${ms} ms`);
  await new Promise((r) => setTimeout(r, ms));
  psql(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
}

function crash(child) {
  return new Promise((resolve) => {
    child.on("exit", (code, sig) => resolve(sig ?? code));
    process.kill(-child.pid, "SIGKILL");
  });
}

let stoppedAt = 0;
const stop = (app) => {
  stoppedAt = performance.now();
  return values.crash ? crash(app) : stopGracefully(app);
};

/** Node clients on keep-alive connections, N requests in all; the stop after 80 % answered. */
async function requestsLoad(app) {
  let next = 0;
  let answered = 0;
  let refused = 0;
  let stopping = null;
  let outage = null;
  const worker = async () => {
    while (next < N) {
      const status = await get(next++);
      if (status === 302) answered++;
      else refused++;
      // Stop the server while the load is still running, with clicks waiting in the buffer.
      if (values.outage && !outage && answered >= N * 0.3) outage = databaseOutage(3000);
      if (!stopping && answered >= N * 0.8) stopping = stop(app);
    }
  };
  await Promise.all(Array.from({ length: Number(values.connections) }, worker));
  await outage;
  return { answered, refused, exitCode: await stopping, what: `${N} requests`, at: "80 %" };
}

/** wrk at full speed for 10 s, distinct sessions (bench/sessions.lua); the stop after 8 s. */
async function saturatingLoad(app) {
  const load = wrk(`http://127.0.0.1:${PORT}/redirect/bench`, { connections: values.connections, duration: "10s" });
  await new Promise((r) => setTimeout(r, 8_000));
  const exitCode = await stop(app);
  const run = await load;
  return { answered: run.requests - run.non3xx, refused: run.non3xx, exitCode, what: "wrk for 10 s", at: "8 s" };
}

const db = freshDatabase(values.db);
try {
  const app = await startApp(db.env, PORT);
  // The paths the two loads request: /redirect/loss/s-<i> and bench/sessions.lua's.
  createRedirect(db.env, { id: values.saturate ? "bench" : "loss", name: "Loss test", targetUrl: "https://example.com/landing" });
  const started = performance.now();
  const { answered, refused, exitCode, what, at } = await (values.saturate ? saturatingLoad(app) : requestsLoad(app));
  const seconds = (performance.now() - started) / 1000;
  const stored = await settledClickCount(db.env);
  const signal = (values.crash ? "SIGKILL" : "SIGTERM") + (values.outage ? ", database outage at 30 %" : "");
  console.log(
    `database: ${values.db}, ${what} at ${values.connections} connections, ${signal} after ${at} (${seconds.toFixed(1)} s)`,
  );
  console.log(`answered 302: ${answered}, refused after stop: ${refused}, server exit: ${exitCode}`);
  const lost = answered - stored;
  const rate = answered / ((stoppedAt - started) / 1000);
  console.log(
    `clicks stored: ${stored}, lost: ${lost}${values.crash ? ` = ${(lost / rate).toFixed(3)} s of clicks at ${rate.toFixed(0)}/s` : ""}`,
  );
  if (!values.crash) process.exitCode = lost === 0 ? 0 : 1;
} finally {
  killAll();
  db.drop();
}
