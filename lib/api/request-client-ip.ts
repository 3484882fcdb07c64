import { getConfig } from "../config";
import { clientIp } from "../http/client-ip";
import { peerAddress } from "../http/peer-header";

/** The client IP of a request reaching a route handler: its peer (peer-header.ts), then TRUST_PROXY. */
export function requestClientIp(req: Request): string | null {
  const peer = peerAddress(req);
  const headers = { "x-forwarded-for": req.headers.get("x-forwarded-for") ?? undefined };
  return clientIp(headers, peer, getConfig().TRUST_PROXY);
}
