/** Carries the TCP peer address from server.ts to Next route handlers. */
export const PEER_HEADER = "x-clicktrail-peer";

/**
 * The TCP peer of a request a route handler answers, which cannot see the socket. Under
 * server.ts (which sets CLICKTRAIL_SERVER and overwrites PEER_HEADER on every request) it
 * arrives in that header; elsewhere (next dev) anyone could send the header, so it is ignored.
 */
export function peerAddress(headers: Pick<Headers, "get">): string | null {
  return process.env.CLICKTRAIL_SERVER === "1" ? headers.get(PEER_HEADER) || null : null;
}
