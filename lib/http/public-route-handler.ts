import { after } from "next/server";
import { getClickBuffer } from "../clicks/click-buffer";
import { PEER_HEADER } from "../http/peer-header";
import { handleRedirectRequest } from "./handle-redirect-request";

/** The App Router mount of the redirect endpoint (next dev, hosts without server.ts). */
export async function redirectRouteHandler(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const result = await handleRedirectRequest({
    method: request.method,
    url: url.pathname + url.search,
    headers: Object.fromEntries(request.headers),
    remoteAddress: peerAddress(request),
  });
  // Hosts that freeze the process after the response still get the click written.
  if (result.click) after(() => getClickBuffer().flush());
  return new Response(request.method === "HEAD" ? null : result.body || null, {
    status: result.status,
    headers: result.headers,
  });
}

/**
 * A route handler cannot see the socket. Under server.ts (which sets CLICKTRAIL_SERVER and
 * overwrites this header on every request) the peer address arrives in x-clicktrail-peer;
 * elsewhere the header could be forged, so it is ignored.
 */
function peerAddress(request: Request): string | null {
  return process.env.CLICKTRAIL_SERVER === "1" ? request.headers.get(PEER_HEADER) : null;
}
