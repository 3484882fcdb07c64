/**
 * How sign-in attempts are slowed (docs/adr/0017-sign-in-throttling.md). Each rule counts the
 * attempts that failed (or are still being checked) under one key within `windowS` seconds;
 * from the `free`-th on, the next attempt under that key waits `firstDelayMs`, doubling with
 * every further failure up to `maxDelayMs`.
 */
export interface ThrottleRule {
  free: number;
  firstDelayMs: number;
  maxDelayMs: number;
  windowS: number;
}

const DAY_S = 24 * 3600;

export const SIGN_IN_RULES = {
  /** One email from one client: a person mistyping, or one attacker on one account. */
  pair: { free: 5, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000, windowS: DAY_S },
  /** One client across all emails: a guessing or spraying source. */
  ip: { free: 100, firstDelayMs: 60_000, maxDelayMs: 24 * 3600_000, windowS: DAY_S },
  /**
   * One email across all clients: slows a distributed attack on an account. Capped short
   * because its owner, signing in from a new network, waits this long too.
   */
  email: { free: 10, firstDelayMs: 1_000, maxDelayMs: 60_000, windowS: DAY_S },
} as const satisfies Record<string, ThrottleRule>;

export type RuleName = keyof typeof SIGN_IN_RULES;

/**
 * A client that signed in to an account is "known" to it for this long (renewed on each
 * sign-in): only the pair rule applies to it, so strangers failing on the account or from
 * the same address cannot shut its owner out. Under 24 days, the memory store's timer limit.
 */
export const KNOWN_CLIENT_S = 14 * DAY_S;

/** The wait after `failures` counted failures; 0 while they are free. */
export function delayAfter(rule: ThrottleRule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.firstDelayMs * 2 ** (failures - rule.free), rule.maxDelayMs);
}
