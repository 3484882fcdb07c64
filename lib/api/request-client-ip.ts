import { getConfig } from "../config";
import { clientIp } from "../http/client-ip";
import { PEER_HEADER } from "../http/peer-header";

/**
 * The client IP of a request reaching a route handler. The TCP peer arrives in PEER_HEADER, which
 * server.ts overwrites on every request; without server.ts (next dev) anyone could send that
 * header, so it is ignored there, as by the public routes' App Router mount.
 */
export function requestClientIp(req: Request): string | null {
  const peer = process.env.CLICKTRAIL_SERVER === "1" ? req.headers.get(PEER_HEADER) : null;
  const headers = { "x-forwarded-for": req.headers.get("x-forwarded-for") ?? undefined };
  return clientIp(headers, peer, getConfig().TRUST_PROXY);
}
