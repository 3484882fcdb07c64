import proxyaddr from "proxy-addr";

/**
 * Which hops may report who connected to them in X-Forwarded-For (TRUST_PROXY): none (`false`),
 * or a rule given each hop's address and its distance from this server (0 = the TCP peer),
 * the shape of Express's compiled `trust proxy` (docs/adr/0016-client-ip-behind-proxies.md).
 */
export type ProxyTrust = false | ((address: string, hop: number) => boolean);

/** Longest proxy chain followed; also the highest hop count TRUST_PROXY accepts. */
export const MAX_PROXY_HOPS = 20;

const EXPECTED = `true, false, a hop count (1–${MAX_PROXY_HOPS}) or a comma-separated list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal`;

/**
 * Parses TRUST_PROXY: `false`/`no`/`0` trust no one; `true`/`yes` one hop (a single reverse
 * proxy); a number that many hops whatever their addresses; anything else is a list matched by
 * proxy-addr, so Express's syntax (CIDR, netmask, named ranges) carries over.
 * Throws an Error whose message says what is wrong.
 */
export function parseProxyTrust(value: string): ProxyTrust {
  const v = value.trim().toLowerCase();
  if (v === "false" || v === "no") return false;
  if (v === "true" || v === "yes") return hopCount(1);
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > MAX_PROXY_HOPS) throw new Error(`must be at most ${MAX_PROXY_HOPS} hops (got ${v})`);
    return hops === 0 ? false : hopCount(hops);
  }
  const entries = v.split(",").map((e) => e.trim());
  if (entries.some((e) => e === "")) throw new Error(`has an empty entry; expected ${EXPECTED}`);
  try {
    const trusted = proxyaddr.compile(entries);
    return (address) => trusted(address, 0);
  } catch (err) {
    throw new Error(`${(err as Error).message}; expected ${EXPECTED}`);
  }
}

function hopCount(hops: number): ProxyTrust {
  return (_address, hop) => hop < hops;
}
