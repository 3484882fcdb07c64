/** Carries the TCP peer address from server.ts to Next route handlers. */
export const PEER_HEADER = "x-clicktrail-peer";
