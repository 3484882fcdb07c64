import { isIP } from "node:net";

/**
 * The client's IP. X-Forwarded-For is only believed behind a trusted proxy (TRUST_PROXY),
 * since anyone can send it; then its left-most valid address is the client.
 */
export function clientIp(
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | null,
  trustProxy: boolean,
): string | null {
  if (trustProxy) {
    const raw = headers["x-forwarded-for"];
    const value = Array.isArray(raw) ? raw.join(",") : raw;
    const first = value
      ?.split(",")
      .map((s) => normalise(s.trim()))
      .find((s) => isIP(s) !== 0);
    if (first) return first;
  }
  return remoteAddress ? normalise(remoteAddress) : null;
}

function normalise(ip: string): string {
  return ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}
