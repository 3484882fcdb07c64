// Redirect throughput of the production server against a bare Node http server, same run,
// same load. Usage: npm run build && node bench/redirect-throughput.mjs [--db sqlite|postgres]
// Needs wrk (Debian: apt-get install wrk). Loopback only; every run is bounded in time.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    duration: { type: "string", default: "10s" },
    connections: { type: "string", default: "50" },
  },
});
const UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";
const root = path.resolve(import.meta.dirname, "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-bench-"));
const pgAdmin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
let databaseUrl = `file:${path.join(tmp, "bench.db")}`;
let pgName;
if (values.db === "postgres") {
  pgName = `clicktrail_bench_${Date.now()}`;
  execFileSync("psql", [pgAdmin, "-qc", `CREATE DATABASE ${pgName}`]);
  const u = new URL(pgAdmin);
  u.pathname = `/${pgName}`;
  databaseUrl = u.toString();
}
const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", PORT: "4200", ADMIN_EMAIL: "bench@example.com", ADMIN_PASSWORD: "bench-password-1" };
const children = [];

function start(cmd, args, extraEnv) {
  const child = spawn(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  children.push(child);
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

function wrk(url) {
  const out = execFileSync("wrk", ["-t2", `-c${values.connections}`, `-d${values.duration}`, "--latency", "-H", `User-Agent: ${UA}`, "-s", path.join(root, "bench/sessions.lua"), url], { encoding: "utf8" });
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1]);
  const pct = (p) => {
    const m = out.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`));
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN;
  };
  const non2xx = Number(out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  const errors = out.match(/Socket errors:.*/)?.[0] ?? "none";
  const requests = Number(out.match(/(\d+) requests in/)[1]);
  return { rps, p50: pct(50), p99: pct(99), non2xx, errors, requests };
}

/** The click count once in-flight writes have landed (two equal reads half a second apart). */
async function settledClickCount() {
  let last = -1;
  for (;;) {
    const now = clickCount();
    if (now === last) return now;
    last = now;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function clickCount() {
  const script = `const { getDb } = require("./lib/db/client"); getDb().click.count().then((n) => { console.log(n); process.exit(0); });`;
  return Number(execFileSync("npx", ["tsx", "-e", script], { cwd: root, env, encoding: "utf8" }).trim());
}

try {
  start("node", ["bench/bare-server.mjs"], { PORT: "4100" });
  const app = start("npm", ["start"], {});
  await waitFor("http://127.0.0.1:4100/redirect/bench");
  await waitFor("http://127.0.0.1:4200/api/health");
  execFileSync("npm", ["run", "-s", "cli", "--", "create-redirect", "--json", JSON.stringify({ id: "bench", name: "Bench", targetUrl: "https://example.com/landing" })], { cwd: root, env });

  wrk("http://127.0.0.1:4200/redirect/bench"); // warm-up of the app's caches and JIT
  const bare = wrk("http://127.0.0.1:4100/redirect/bench");
  const before = await settledClickCount();
  const clicktrail = wrk("http://127.0.0.1:4200/redirect/bench");
  process.kill(-app.pid, "SIGTERM");
  await new Promise((r) => app.on("exit", r));
  const stored = clickCount() - before;

  const fmt = (r) => `${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   non-3xx ${r.non2xx}   socket errors: ${r.errors}`;
  console.log(`database: ${values.db}, ${values.connections} connections, ${values.duration} per run, distinct sessions`);
  console.log(`bare node   ${fmt(bare)}`);
  console.log(`clicktrail  ${fmt(clicktrail)}`);
  console.log(`ratio       ${(clicktrail.rps / bare.rps).toFixed(3)} of bare Node`);
  console.log(`clicks stored for the measured run: ${stored} of ${clicktrail.requests} requests`);
} finally {
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGKILL");
    } catch {}
  }
  if (pgName) execFileSync("psql", [pgAdmin, "-qc", `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`]);
  fs.rmSync(tmp, { recursive: true, force: true });
}
