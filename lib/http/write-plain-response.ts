import type http from "node:http";
import { logger } from "../logger";
import type { PlainResponse } from "./plain-http";

/**
 * Writes a public endpoint's answer on server.ts's lean layer. A header Node refuses (a value
 * that slipped past every schema) fails this one answer with a 500 and a log line; it never
 * throws out of the request handler, which would end the process (docs/adr/0015).
 */
export function writePlainResponse(req: http.IncomingMessage, res: http.ServerResponse, result: PlainResponse): void {
  try {
    res.writeHead(result.status, result.headers);
  } catch (err) {
    logger.error({ err, path: req.url?.slice(0, 200) }, "response refused by Node's header checks");
    for (const name of res.getHeaderNames()) if (name !== "connection") res.removeHeader(name);
    res.writeHead(500, { "content-type": "text/plain", "cache-control": "no-store" });
    res.end("Internal Server Error");
    return;
  }
  res.end(req.method === "HEAD" || !result.body ? undefined : result.body);
}
