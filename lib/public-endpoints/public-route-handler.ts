import { after } from "next/server";
import { getClickBuffer } from "../clicks/click-buffer";
import { handlePublicRequest } from "./handle-public-request";
import { peerAddress } from "../http/peer-header";

/** The App Router mount of the public endpoints (next dev, hosts without server.ts). */
export async function publicRouteHandler(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const result = await handlePublicRequest({
    method: request.method,
    url: url.pathname + url.search,
    headers: Object.fromEntries(request.headers),
    remoteAddress: peerAddress(request.headers),
  });
  // Hosts that freeze the process after the response still get the click written.
  if (result.click) after(() => getClickBuffer().flush());
  const body =
    request.method === "HEAD" || !result.body
      ? null
      : typeof result.body === "string"
        ? result.body
        : new Uint8Array(result.body);
  return new Response(body, {
    status: result.status,
    headers: result.headers,
  });
}
