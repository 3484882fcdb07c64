import { isIP } from "node:net";

/**
 * The address a sign-in throttle counts under. An IPv6 client usually holds a whole /64 and
 * can pick any address in it, so IPv6 counts per /64; IPv4 per address. Unknown → one bucket.
 */
export function ipBucket(ip: string | null): string {
  if (!ip) return "unknown";
  if (isIP(ip) !== 6) return ip;
  const address = ip.split("%")[0].toLowerCase();
  const [head, tail] = address.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  // An embedded IPv4 address (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) fills the last two groups.
  const width = (parts: string[]) => parts.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const front = groups(head);
  const back = groups(tail);
  const full = tail === undefined ? front : [...front, ...Array(8 - width(front) - width(back)).fill("0"), ...back];
  return `${full
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
