// Shared by the benchmarks: a fresh database, the production server on it, and click counts.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
const pgAdmin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

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
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn", ADMIN_EMAIL: "bench@example.com", ADMIN_PASSWORD: "bench-password-1" },
    drop() {
      if (pgName) execFileSync("psql", [pgAdmin, "-qc", `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`]);
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

const children = [];

export function startProcess(cmd, args, env) {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
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

export function createRedirect(env, body) {
  execFileSync("npm", ["run", "-s", "cli", "--", "create-redirect", "--json", JSON.stringify(body)], { cwd: root, env });
}

export function clickCount(env) {
  const script = `const { getDb } = require("./lib/db/client"); getDb().click.count().then((n) => { console.log(n); process.exit(0); });`;
  return Number(execFileSync("npx", ["tsx", "-e", script], { cwd: root, env, encoding: "utf8" }).trim());
}

/** The click count once in-flight writes have landed (two equal reads half a second apart). */
export async function settledClickCount(env) {
  let last = -1;
  for (;;) {
    const now = clickCount(env);
    if (now === last) return now;
    last = now;
    await new Promise((r) => setTimeout(r, 500));
  }
}
