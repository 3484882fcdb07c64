import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { getConfig } from "../config";
import { AppError } from "../errors";

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface UrlCheckOptions {
  /** Resolves a host name to every address; node:dns by default, injected by tests. */
  resolve?: Resolver;
}

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * Addresses a destination may not point at: the server's own machine and networks, and every
 * address that is not ordinary global unicast — one line per entry of the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (iana-ipv4-special-registry, iana-ipv6-special-registry;
 * all entries as of 2025, also those marked globally reachable: they are anycast services and
 * test ranges, never a receiver), plus multicast and reserved space. Two lists, because a
 * BlockList matches IPv4 addresses against its IPv4-mapped IPv6 rules too.
 */
const REFUSED_IPV4: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8], // "this network", incl. 0.0.0.0/32 "this host" (RFC 791, RFC 1122)
  ["10.0.0.0", 8], // private use (RFC 1918)
  ["100.64.0.0", 10], // shared address space, CGNAT (RFC 6598)
  ["127.0.0.0", 8], // loopback (RFC 1122)
  ["169.254.0.0", 16], // link local, cloud metadata (RFC 3927)
  ["172.16.0.0", 12], // private use (RFC 1918)
  // IETF protocol assignments (RFC 6890): DS-Lite 192.0.0.0/29 (RFC 7335), dummy .8 (RFC 7600),
  // PCP .9 (RFC 7723) and TURN .10 (RFC 8155) anycast, NAT64 discovery .170/.171 (RFC 8880)
  ["192.0.0.0", 24],
  ["192.0.2.0", 24], // documentation, TEST-NET-1 (RFC 5737)
  ["192.31.196.0", 24], // AS112-v4 (RFC 7535)
  ["192.52.193.0", 24], // AMT (RFC 7450)
  ["192.88.99.0", 24], // deprecated 6to4 relay anycast (RFC 7526), incl. 6a44 relay .2 (RFC 6751)
  ["192.168.0.0", 16], // private use (RFC 1918)
  ["192.175.48.0", 24], // direct delegation AS112 service (RFC 7534)
  ["198.18.0.0", 15], // benchmarking (RFC 2544)
  ["198.51.100.0", 24], // documentation, TEST-NET-2 (RFC 5737)
  ["203.0.113.0", 24], // documentation, TEST-NET-3 (RFC 5737)
  ["224.0.0.0", 4], // multicast (RFC 5771; not in the special-purpose registry)
  ["240.0.0.0", 4], // reserved (RFC 1112), incl. limited broadcast 255.255.255.255/32 (RFC 919, RFC 8190)
];
const REFUSED_IPV6: readonly (readonly [string, number])[] = [
  ["::", 128], // unspecified (RFC 4291)
  ["::1", 128], // loopback (RFC 4291)
  ["::ffff:0:0", 96], // IPv4-mapped: would reach an IPv4 address past the IPv4 rules (RFC 4291)
  ["::", 96], // IPv4-compatible, deprecated (RFC 4291 2.5.5.1; address space registry, not special)
  ["64:ff9b::", 96], // IPv4-IPv6 translation, NAT64 well-known prefix (RFC 6052)
  ["64:ff9b:1::", 48], // local-use IPv4-IPv6 translation (RFC 8215)
  ["100::", 64], // discard-only (RFC 6666)
  ["100:0:0:1::", 64], // dummy IPv6 prefix (RFC 9780)
  ["2001::", 23], // IETF protocol assignments (RFC 2928), holding the /32../128 entries below
  ["2001::", 32], // Teredo (RFC 4380, RFC 8190)
  ["2001:1::1", 128], // PCP anycast (RFC 7723)
  ["2001:1::2", 128], // TURN anycast (RFC 8155)
  ["2001:1::3", 128], // DNS-SD service registration protocol anycast (RFC 9665)
  ["2001:2::", 48], // benchmarking (RFC 5180)
  ["2001:3::", 32], // AMT (RFC 7450)
  ["2001:4:112::", 48], // AS112-v6 (RFC 7535)
  ["2001:10::", 28], // deprecated ORCHID (RFC 4843)
  ["2001:20::", 28], // ORCHIDv2 (RFC 7343)
  ["2001:30::", 28], // drone remote ID entity tags, DETs (RFC 9374)
  ["2001:db8::", 32], // documentation (RFC 3849)
  ["2002::", 16], // 6to4 (RFC 3056)
  ["2620:4f:8000::", 48], // direct delegation AS112 service (RFC 7534)
  ["3fff::", 20], // documentation (RFC 9637)
  ["5f00::", 16], // segment routing SIDs (RFC 9602)
  ["fc00::", 7], // unique local (RFC 4193)
  ["fe80::", 10], // link-local unicast (RFC 4291)
  ["ff00::", 8], // multicast (RFC 4291; not in the special-purpose registry)
];
const blockedV4 = new BlockList();
for (const [net, prefix] of REFUSED_IPV4) blockedV4.addSubnet(net, prefix, "ipv4");
const blockedV6 = new BlockList();
for (const [net, prefix] of REFUSED_IPV6) blockedV6.addSubnet(net, prefix, "ipv6");
/** IANA IPv6 address space: only 2000::/3 is global unicast; the rest is reserved or local. */
const globalUnicastV6 = new BlockList();
globalUnicastV6.addSubnet("2000::", 3, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return blockedV4.check(address, "ipv4");
  return !globalUnicastV6.check(address, "ipv6") || blockedV6.check(address, "ipv6");
}

/**
 * Refuses a destination URL that is not plain http(s), carries credentials, or whose literal
 * address or any resolved address is private — the server must not be turned into a probe of
 * its own network. ALLOW_PRIVATE_WEBHOOKS=true lifts the address rule (local receivers).
 * Throws a 400 AppError with the reason under `url`.
 */
export async function checkWebhookUrl(value: string, options: UrlCheckOptions = {}): Promise<void> {
  const refuse = (reason: string) => new AppError("bad_request", "The webhook URL is not allowed.", { url: [reason] });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse("must be an absolute http:// or https:// URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse("must use http:// or https://");
  if (url.username || url.password) throw refuse("must not contain a user name or password");
  if (!url.hostname) throw refuse("must name a host");
  if (getConfig().ALLOW_PRIVATE_WEBHOOKS) return;

  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(host)) {
    if (isPrivateAddress(host)) throw refuse(`points at a private or local address (${host})`);
    return;
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await (options.resolve ?? systemResolver)(host);
  } catch {
    throw refuse(`the host "${host}" could not be resolved`);
  }
  if (addresses.length === 0) throw refuse(`the host "${host}" could not be resolved`);
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  if (bad) throw refuse(`the host "${host}" resolves to a private or local address (${bad.address})`);
}
