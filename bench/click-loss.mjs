// Loss test: N redirects under load at 50 connections, SIGTERM while requests are still
// being answered, then count stored clicks. Every answered 302 must have its click stored.
// With --crash the server gets SIGKILL instead: what is lost then, divided by the request
// rate, is the crash loss window.
// Usage: npm run build && node bench/click-loss.mjs [--db sqlite|postgres] [--requests N] [--crash]
import http from "node:http";
import { parseArgs } from "node:util";
import { createRedirect, settledClickCount, freshDatabase, killAll, startApp, stopGracefully } from "./support/bench-app.mjs";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    requests: { type: "string", default: "50000" },
    connections: { type: "string", default: "50" },
    crash: { type: "boolean", default: false },
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
  const started = performance.now();
  const worker = async () => {
    while (next < N) {
      const status = await get(next++);
      if (status === 302) answered++;
      else refused++;
      // Stop the server while the load is still running, with clicks waiting in the buffer.
      if (!stopping && answered >= N * 0.8) stopping = values.crash ? crash(app) : stopGracefully(app);
    }
  };
  await Promise.all(Array.from({ length: Number(values.connections) }, worker));
  const exitCode = await stopping;
  const seconds = (performance.now() - started) / 1000;
  const stored = await settledClickCount(db.env);
  const signal = values.crash ? "SIGKILL" : "SIGTERM";
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
