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
 * Addresses a destination may not point at: the server's own machine and networks. Two lists,
 * because a BlockList matches IPv4 addresses against its IPv4-mapped IPv6 rules too.
 */
const blockedV4 = new BlockList();
const blockedV6 = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // unspecified / "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
] as const) blockedV4.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128],
  ["::ffff:0:0", 96], // IPv4-mapped: would reach an IPv4 address past the IPv4 rules
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) blockedV6.addSubnet(net, prefix, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 4 ? blockedV4.check(address, "ipv4") : blockedV6.check(address, "ipv6");
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
