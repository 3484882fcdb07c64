import { isIPv4, isIPv6 } from "node:net";
import type { IpMode } from "../settings/privacy-settings-schema";

/**
 * The IP address as the privacy mode allows it to be stored: `full` as is, `anonymized` cut to
 * its network (IPv4 /24, IPv6 /48), `none` not at all. Anything that is not an IP address is
 * never stored. Synchronous and allocation-light: it runs for every click.
 */
export function anonymizeIp(ip: string | null, mode: IpMode): string | null {
  if (ip === null || mode === "none") return null;
  if (isIPv4(ip)) return mode === "full" ? ip : anonymizeV4(ip);
  if (!isIPv6(ip)) return null;
  if (mode === "full") return ip;
  const groups = expandV6(ip.split("%")[0]);
  // An IPv4-mapped address (::ffff:a.b.c.d) is an IPv4 client; its /48 would be just "::".
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `${groups[6] >> 8}.${groups[6] & 0xff}.${groups[7] >> 8}.0`;
  }
  // 6to4 (2002:AABB:CCDD::/48) carries the whole IPv4 address in its /48: cut that to /24 too.
  const third = groups[0] === 0x2002 ? groups[2] & 0xff00 : groups[2];
  return compressV6([groups[0], groups[1], third, 0, 0, 0, 0, 0]);
}

function anonymizeV4(ip: string): string {
  return `${ip.slice(0, ip.lastIndexOf("."))}.0`;
}

/** A valid IPv6 address (zone removed) → its eight 16-bit groups. */
function expandV6(ip: string): number[] {
  let text = ip;
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".", lastColon)) {
    const [a, b, c, d] = text
      .slice(lastColon + 1)
      .split(".")
      .map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((h) => parseInt(h, 16)) : []);
  const left = parse(head);
  if (tail === undefined) return left;
  const right = parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** RFC 5952 text: lower-case hex, the longest run of two or more zero groups (first on a tie) as "::". */
function compressV6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
