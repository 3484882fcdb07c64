import { after } from "next/server";
import { getClickBuffer } from "../clicks/click-buffer";
import { handlePublicRequest } from "./handle-public-request";
import { PEER_HEADER } from "./peer-header";

/** The App Router mount of the public endpoints (next dev, hosts without server.ts). */
export async function publicRouteHandler(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const result = await handlePublicRequest({
    method: request.method,
    url: url.pathname + url.search,
    headers: Object.fromEntries(request.headers),
    remoteAddress: peerAddress(request),
  });
  // Hosts that freeze the process after the response still get the click written.
  if (result.click) after(() => getClickBuffer().flush());
  const body = request.method === "HEAD" || !result.body ? null : typeof result.body === "string" ? result.body : new Uint8Array(result.body);
  return new Response(body, {
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
