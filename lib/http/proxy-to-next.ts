import http from "node:http";
import { logger } from "../logger";
import { PEER_HEADER } from "./peer-header";

/** Headers about one connection, not the request: never passed across the proxy (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "te", "trailer", "upgrade"]);

/**
 * Passes a request to Next.js's thread over its Unix socket and streams the answer back
 * (docs/adr/0013-next-in-its-own-thread.md). Bodies flow both ways without buffering; headers
 * keep their order and repeats (Set-Cookie); the peer address travels in PEER_HEADER, which
 * overwrites whatever the client sent under that name.
 */
export function createNextProxy(socketPath: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

  return function proxyToNext(req: http.IncomingMessage, res: http.ServerResponse): void {
    const headers = forwardedHeaders(req.rawHeaders);
    headers.push(PEER_HEADER, req.socket.remoteAddress ?? "");
    const upstream = http.request({ socketPath, agent, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardedHeaders(answer.rawHeaders));
      answer.pipe(res);
      answer.on("error", () => res.destroy());
    });
    upstream.on("error", (err) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      logger.error({ err, url: req.url }, "Next.js thread unreachable");
      res.writeHead(502, { "content-type": "text/plain", "cache-control": "no-store" });
      res.end("Bad gateway");
    });
    // A client that goes away mid-answer frees the upstream connection too.
    res.on("close", () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
}

/** Raw header pairs minus hop-by-hop ones (and any the Connection header names) and the peer header. */
function forwardedHeaders(raw: string[]): string[] {
  const named = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i].toLowerCase() === "connection") for (const n of raw[i + 1].split(",")) named.add(n.trim().toLowerCase());
  }
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (HOP_BY_HOP.has(name) || named.has(name) || name === PEER_HEADER) continue;
    out.push(raw[i], raw[i + 1]);
  }
  return out;
}
