// Shared by the benchmarks: their options, a fresh database, the production server on it, and click counts.
import { execFile, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";

export const root = path.resolve(import.meta.dirname, "../..");
const pgAdmin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const execFileAsync = promisify(execFile);

/** The command line: --db sqlite|postgres, which every benchmark takes, and the benchmark's own `options`. */
export function benchArgs(options) {
  return parseArgs({ options: { db: { type: "string", default: "sqlite" }, ...options } }).values;
}

/** wrk()'s options as command-line options: --duration of a run and --connections. */
export const WRK_OPTIONS = {
  duration: { type: "string", default: "10s" },
  connections: { type: "string", default: "50" },
};

/** A fresh SQLite file or PostgreSQL database; `env` runs the app and CLI against it. */
export function freshDatabase(kind) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-bench-"));
  let url = `file:${path.join(tmp, "bench.db")}`;
  let pgName = null;
  if (kind === "postgres") {
    pgName = `clicktrail_bench_${Date.now()}`;
    execFileSync("psql", [pgAdmin, "-qc", `CREATE DATABASE ${pgName}`]);
    const u = new URL(pgAdmin);
    u.pathname = `/${pgName}`;
    url = u.toString();
  }
  return {
    url,
    env: {
      ...process.env,
      DATABASE_URL: url,
      LOG_LEVEL: "warn",
      ADMIN_EMAIL: "bench@example.com",
      ADMIN_PASSWORD: "bench-password-1",
    },
    drop() {
      if (pgName) execFileSync("psql", [pgAdmin, "-qc", `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`]);
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

const children = [];

export function startProcess(cmd, args, env) {
  // BENCH_APP_LOG=<file> keeps the servers' logs (pino, stdout) for a look afterwards.
  const out = process.env.BENCH_APP_LOG ? fs.openSync(process.env.BENCH_APP_LOG, "a") : "ignore";
  const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", out, "inherit"], detached: true });
  children.push(child);
  return child;
}

/** The production server (what `npm start` runs, without npm in between) on the given port. */
export async function startApp(env, port) {
  const app = startProcess("node", ["--import", "tsx", "server.ts"], { ...env, NODE_ENV: "production", PORT: String(port) });
  await waitFor(`http://127.0.0.1:${port}/api/health`);
  return app;
}

/** SIGTERM and wait for the process group to exit, as an orchestrator stops a container. */
export function stopGracefully(child) {
  return new Promise((resolve) => {
    child.on("exit", (code) => resolve(code));
    process.kill(-child.pid, "SIGTERM");
  });
}

export function killAll() {
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGKILL");
    } catch {}
  }
}

export async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/** `npm run cli -- <args>` on the database of `env`; what it prints. */
export function cli(env, args) {
  return execFileSync("npm", ["run", "-s", "cli", "--", ...args], { cwd: root, env, encoding: "utf8" });
}

export function createRedirect(env, body) {
  cli(env, ["create-redirect", "--json", JSON.stringify(body)]);
}

/** The redirect the wrk benchmarks load: bench/sessions.lua requests /redirect/bench/<session>. */
export const BENCH_REDIRECT = { id: "bench", name: "Bench", targetUrl: "https://example.com/landing" };

/** Bare Node (bench/bare-server.mjs) on port 4100 and the app on 4200 with BENCH_REDIRECT: each serves /redirect/bench. */
export async function startBareAndApp(env) {
  startProcess("node", ["bench/bare-server.mjs"], { ...process.env, PORT: "4100" });
  const app = await startApp(env, 4200);
  await waitFor("http://127.0.0.1:4100/redirect/bench");
  createRedirect(env, BENCH_REDIRECT);
  return app;
}

/**
 * Runs `code`, a promise from `db` (the app's Prisma client on the database of `env`), in a
 * child process; what it prints. Asynchronous, so a receiver in the calling process keeps
 * answering meanwhile.
 */
export async function onDatabase(env, code) {
  const script = `const db = require("./lib/db/client").createDb(require("./lib/config").parseConfig(process.env).DATABASE_URL); ${code}.then(() => process.exit(0));`;
  const { stdout } = await execFileAsync("npx", ["tsx", "-e", script], { cwd: root, env, encoding: "utf8" });
  return stdout;
}

/** The click count once in-flight writes have landed (two equal reads half a second apart). */
export async function settledClickCount(env) {
  let last = -1;
  for (;;) {
    const now = Number((await onDatabase(env, "db.click.count().then((n) => console.log(n))")).trim());
    if (now === last) return now;
    last = now;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export const BENCH_USER_AGENT =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

/**
 * One wrk run against `url` with a new session ID per request (bench/sessions.lua). Runs
 * asynchronously, so a receiver in the calling process keeps answering meanwhile.
 */
export async function wrk(url, { connections = "50", duration = "10s" } = {}) {
  const { stdout: out } = await execFileAsync(
    "wrk",
    [
      "-t2",
      `-c${connections}`,
      `-d${duration}`,
      "--latency",
      "-H",
      `User-Agent: ${BENCH_USER_AGENT}`,
      "-s",
      path.join(root, "bench/sessions.lua"),
      url,
    ],
    { encoding: "utf8" },
  );
  const pct = (p) => {
    const m = out.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`));
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN;
  };
  const maxLatency = out.match(/Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s)/);
  return {
    rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1]),
    p50: pct(50),
    p99: pct(99),
    max: maxLatency ? Number(maxLatency[1]) * { us: 0.001, ms: 1, s: 1000 }[maxLatency[2]] : NaN,
    requests: Number(out.match(/(\d+) requests in/)[1]),
    non3xx: Number(out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0),
    errors: out.match(/Socket errors:.*/)?.[0] ?? "none",
  };
}
