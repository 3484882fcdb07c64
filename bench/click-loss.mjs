// Loss test: N redirects under load at 50 connections, SIGTERM while requests are still
// being answered, then count stored clicks. Every answered 302 must have its click stored.
// With --crash the server gets SIGKILL instead: what is lost then, divided by the request
// rate, is the crash loss window. With --outage (PostgreSQL) the database refuses connections
// for 3 s from 30 % of the requests on, and every open connection to it is cut.
// Usage: npm run build && node bench/click-loss.mjs [--db sqlite|postgres] [--requests N] [--crash] [--outage]
import { execFileSync } from "node:child_process";
import http from "node:http";
import { parseArgs } from "node:util";
import { createRedirect, settledClickCount, freshDatabase, killAll, startApp, stopGracefully } from "./support/bench-app.mjs";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    requests: { type: "string", default: "50000" },
    connections: { type: "string", default: "50" },
    crash: { type: "boolean", default: false },
    outage: { type: "boolean", default: false },
  },
});
const N = Number(values.requests);
const PORT = 4300;
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(values.connections) });

function get(i) {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port: PORT, path: `/redirect/loss/s-${i}`, agent, headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36" } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("error", () => resolve(0));
    req.setTimeout(10_000, () => req.destroy());
  });
}

/** The database goes away: new connections refused, existing ones cut; back after `ms`. */
async function databaseOutage(ms) {
  const name = new URL(db.url).pathname.slice(1);
  const psql = (sql) => execFileSync("psql", [process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres", "-qAtc", sql]);
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

const db = freshDatabase(values.db);
try {
  const app = await startApp(db.env, PORT);
  createRedirect(db.env, { id: "loss", name: "Loss test", targetUrl: "https://example.com/landing" });
  let next = 0;
  let answered = 0;
  let refused = 0;
  let stopping = null;
  let outage = null;
  const started = performance.now();
  const worker = async () => {
    while (next < N) {
      const status = await get(next++);
      if (status === 302) answered++;
      else refused++;
      // Stop the server while the load is still running, with clicks waiting in the buffer.
      if (values.outage && !outage && answered >= N * 0.3) outage = databaseOutage(3000);
      if (!stopping && answered >= N * 0.8) stopping = values.crash ? crash(app) : stopGracefully(app);
    }
  };
  await Promise.all(Array.from({ length: Number(values.connections) }, worker));
  await outage;
  const exitCode = await stopping;
  const seconds = (performance.now() - started) / 1000;
  const stored = await settledClickCount(db.env);
  const signal = (values.crash ? "SIGKILL" : "SIGTERM") + (values.outage ? ", database outage at 30 %" : "");
  console.log(`database: ${values.db}, ${N} requests at ${values.connections} connections, ${signal} after 80 % (${seconds.toFixed(1)} s)`);
  console.log(`answered 302: ${answered}, refused after stop: ${refused}, server exit: ${exitCode}`);
  const lost = answered - stored;
  const rate = answered / seconds;
  console.log(`clicks stored: ${stored}, lost: ${lost}${values.crash ? ` = ${(lost / rate).toFixed(3)} s of clicks at ${rate.toFixed(0)}/s` : ""}`);
  if (!values.crash) process.exitCode = lost === 0 ? 0 : 1;
} finally {
  killAll();
  db.drop();
}
