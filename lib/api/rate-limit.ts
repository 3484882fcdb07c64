import { isIPv6 } from "node:net";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getConfig } from "../config";
import { getDb, getDbProvider, type Db } from "../db/client";
import type { RateLimitPolicy, RateLimitState } from "./rate-limit-headers";

/** Every API limit counts calls per minute. */
export const RATE_LIMIT_WINDOW_SECONDS = 60;

export interface ApiRateLimits {
  /** Calls per window per API key; 0 turns the limit off. */
  perKey: number;
  /** Unauthenticated calls (no, wrong or revoked key) per window per client address; 0 = off. */
  anonymous: number;
  windowSeconds?: number;
  /**
   * The database whose RateLimiterFlexible table every instance shares, or null to count in this
   * process's memory. Default: the app's database on PostgreSQL (instances may be several), memory
   * on SQLite (one instance by design, docs/adr/0001).
   */
  db?: Db | null;
}

export interface ApiRateLimiter {
  /** The address's unauthenticated allowance if it is spent, else null. Counts nothing. */
  spentAddress(ip: string | null): Promise<RateLimitState | null>;
  /** Counts an unauthenticated call from the address; null when that limit is off. */
  countAddress(ip: string | null): Promise<RateLimitState | null>;
  /** Counts a call made with the key; null when that limit is off. */
  countKey(keyId: string): Promise<RateLimitState | null>;
}

/** The API's limits on rate-limiter-flexible: a fixed window per key and per client address. */
export function createApiRateLimiter(limits: ApiRateLimits): ApiRateLimiter {
  const windowSeconds = limits.windowSeconds ?? RATE_LIMIT_WINDOW_SECONDS;
  const db = limits.db === undefined ? (getDbProvider() === "postgres" ? getDb() : null) : limits.db;
  const perKey = limits.perKey > 0 ? counter({ name: "api-key", quota: limits.perKey, windowSeconds }, db) : null;
  const perAddress = limits.anonymous > 0 ? counter({ name: "api-anonymous", quota: limits.anonymous, windowSeconds }, db) : null;
  return {
    spentAddress: async (ip) => (perAddress ? perAddress.spent(addressKey(ip)) : null),
    countAddress: async (ip) => (perAddress ? perAddress.count(addressKey(ip)) : null),
    countKey: async (keyId) => (perKey ? perKey.count(keyId) : null),
  };
}

// Module state, not a globalThis slot: only Next's thread answers /api/v1, and its route bundles
// share one module instance. Under `next dev` a reload starts the counts afresh, which is harmless.
let processLimiter: ApiRateLimiter | undefined;

/** This process's limiter, built on first use from API_RATE_LIMIT and API_RATE_LIMIT_ANONYMOUS. */
export function getApiRateLimiter(): ApiRateLimiter {
  const config = getConfig();
  processLimiter ??= createApiRateLimiter({ perKey: config.API_RATE_LIMIT, anonymous: config.API_RATE_LIMIT_ANONYMOUS });
  return processLimiter;
}

/** Replaces this process's limiter: tests give it small limits or a store of their own. */
export function useApiRateLimiter(limiter: ApiRateLimiter): void {
  processLimiter = limiter;
}

function counter(policy: RateLimitPolicy, db: Db | null) {
  const options = { keyPrefix: policy.name, points: policy.quota, duration: policy.windowSeconds };
  // If the database fails, the call is counted by an in-memory twin instead of failing: the API
  // keeps answering, limited per instance, until the database is back.
  const limiter: RateLimiterAbstract = db
    ? new RateLimiterPrisma({
        ...options,
        storeClient: db,
        tableName: "RateLimiterFlexible",
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options);
  return {
    async count(key: string): Promise<RateLimitState> {
      try {
        return stateOf(policy, await limiter.consume(key), true);
      } catch (err) {
        // Refusals reject with the counter's state; anything else is a real failure.
        if (err instanceof RateLimiterRes) return stateOf(policy, err, false);
        throw err;
      }
    },
    async spent(key: string): Promise<RateLimitState | null> {
      const res = await limiter.get(key);
      // A memory record outlives its window until its timer runs: an ended window is no record.
      if (!res || res.consumedPoints < policy.quota || res.msBeforeNext <= 0) return null;
      return stateOf(policy, res, false);
    },
  };
}

function stateOf(policy: RateLimitPolicy, res: RateLimiterRes, allowed: boolean): RateLimitState {
  return { policy, allowed, remaining: res.remainingPoints, resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

/**
 * The counter key of a client address. IPv6 clients count per /64, the smallest block a
 * subscriber is given: per address, one host could take a fresh allowance for every call. Calls
 * whose address is unknown (no server.ts in front) share one counter.
 */
function addressKey(ip: string | null): string {
  if (ip === null) return "unknown";
  return isIPv6(ip) ? `${first64Bits(ip)}::/64` : ip;
}

/** The first four groups of a valid IPv6 address, in lower-case hex without leading zeros. */
function first64Bits(ip: string): string {
  const [head, tail] = ip.split("%")[0].split("::");
  const parts = (text: string | undefined) => (text ? text.split(":") : []);
  const left = parts(head);
  const right = parts(tail);
  // "::" stands for the zero groups in between; a trailing dotted IPv4 address fills two groups.
  const width = (groups: string[]) => groups.length + (groups.at(-1)?.includes(".") ? 1 : 0);
  const zeros = tail === undefined ? 0 : 8 - width(left) - width(right);
  const groups = [...left, ...Array<string>(zeros).fill("0"), ...right];
  return groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":");
}
