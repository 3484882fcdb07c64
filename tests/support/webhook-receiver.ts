import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers a request; the default records it and answers 204. */
export type Behaviour = (req: ReceivedRequest, res: http.ServerResponse, count: number) => void;

/** A real HTTP server on 127.0.0.1 that records what it is sent and answers as each path says. */
export async function startWebhookReceiver(paths: Record<string, Behaviour> = {}) {
  const received: ReceivedRequest[] = [];
  const counts = new Map<string, number>();
  const on = (path: string) => received.filter((r) => r.path === path);
  let waiters: { path: string; count: number; resolve: (requests: ReceivedRequest[]) => void }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const entry = { path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(entry);
      waiters = waiters.filter((w) => {
        const arrived = on(w.path);
        if (arrived.length < w.count) return true;
        w.resolve(arrived);
        return false;
      });
      const n = (counts.get(path) ?? 0) + 1;
      counts.set(path, n);
      const behaviour = paths[path];
      if (behaviour) behaviour(entry, res, n);
      else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    on,
    /** Resolves with the requests on `path` once at least `count` of them have arrived. */
    arrived(path: string, count = 1): Promise<ReceivedRequest[]> {
      const now = on(path);
      if (now.length >= count) return Promise.resolve(now);
      return new Promise((resolve) => waiters.push({ path, count, resolve }));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Polls a state that no event announces (rows in the database) until `check` holds. The bound
 * only turns a hang into a failure that names `what`: it sits under the integration tests'
 * 20 s timeout and asserts nothing about speed.
 */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
