import { isIP } from "node:net";
import { MAX_PROXY_HOPS, type ProxyTrust } from "./proxy-trust";

export type { ProxyTrust } from "./proxy-trust";

/** Enough of the header's end for MAX_PROXY_HOPS full-length IPv6 entries with separators. */
const MAX_FORWARDED_CHARS = 1024;

/**
 * The client's IP. Anyone can send X-Forwarded-For, and each proxy appends the address it saw,
 * so the header is read from the right: while the hop that reported an entry is trusted, the
 * entry is believed; the first untrusted one is the client (Express's `trust proxy`, nginx's
 * `real_ip_recursive on`). Without trust the socket address is returned untouched by headers.
 */
export function clientIp(
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | null,
  trust: ProxyTrust,
): string | null {
  const peer = remoteAddress ? unmapIPv4(remoteAddress) : null;
  // A hop count trusts the peer even when a route handler cannot see the socket; a list cannot.
  if (trust === false || !trust(peer ?? "", 0)) return peer;
  const raw = headers["x-forwarded-for"];
  if (raw === undefined) return peer;
  const entries = forwardedTail(Array.isArray(raw) ? raw.join(",") : raw);
  let client = peer;
  for (let hop = 1; hop <= entries.length; hop++) {
    const entry = entries[entries.length - hop].trim();
    // An entry that is no address cannot have come from a proxy: the walk ends at the last
    // trusted hop instead of skipping it, so junk never shifts a client past the trusted hops.
    if (isIP(entry) === 0) break;
    client = unmapIPv4(entry);
    if (!trust(client, hop)) break;
  }
  return client;
}

/**
 * The right-most X-Forwarded-For entries, at most MAX_PROXY_HOPS: a header can be tens of KB.
 * An entry cut by the character window is dropped, so a fragment is never read as an address.
 */
function forwardedTail(value: string): string[] {
  let tail = value;
  if (value.length > MAX_FORWARDED_CHARS) {
    const cut = value.length - MAX_FORWARDED_CHARS;
    const comma = value.indexOf(",", cut - 1);
    tail = comma === -1 ? "" : value.slice(comma + 1);
  }
  const entries = tail.split(",");
  return entries.length > MAX_PROXY_HOPS ? entries.slice(-MAX_PROXY_HOPS) : entries;
}

function unmapIPv4(ip: string): string {
  return ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}
