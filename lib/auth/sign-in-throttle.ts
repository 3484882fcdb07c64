import { createHash } from "node:crypto";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { ipBucket } from "./ip-bucket";
import { delayAfter, KNOWN_CLIENT_S, SIGN_IN_RULES, type RuleName } from "./sign-in-policy";

export interface SignInClient {
  /** As typed, normalised (trimmed, lower case); need not belong to an account. */
  email: string;
  ip: string | null;
}

export interface StoreOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/** rate-limiter-flexible limiter over some store (the database in production, memory in unit tests). */
export type StoreFactory = (options: StoreOptions) => RateLimiterAbstract;

export interface Ticket {
  keys: Record<RuleName, string>;
  rules: RuleName[];
  /** How long the next attempt under these keys waits if this one fails. */
  delayIfFailedMs: number;
}

export type Admission = { allowed: true; ticket: Ticket } | { allowed: false; retryAfterMs: number };

/**
 * The sign-in throttle over rate-limiter-flexible (docs/adr/0017). Per rule and key two
 * records: `fail` counts attempts (each counts as failed from its start until it succeeds, so
 * concurrent attempts see one another), `wait` exists while the next attempt must wait. Past
 * the free attempts an attempt must claim the `wait` record (an atomic consume of 1 point)
 * before its password is checked: one attempt per delay gets through, however many race.
 * Records are keyed by hashes, never by the email or address in clear.
 */
export class SignInThrottle {
  private readonly store: RateLimiterAbstract;

  constructor(makeStore: StoreFactory) {
    this.store = makeStore({ keyPrefix: "sign-in", points: 1, duration: SIGN_IN_RULES.pair.windowS });
  }

  /** Decides before any password is checked. A refused attempt changes nothing stored. */
  async admit(client: SignInClient): Promise<Admission> {
    const ids = identities(client);
    const known = (await this.store.get(key("known", ids.pair))) !== null;
    // A known client answers only for itself: strangers failing on the account or from its
    // address cannot make its owner wait.
    const rules: RuleName[] = known ? ["pair"] : ["pair", "ip", "email"];
    const keys = { pair: ids.pair, ip: ids.ip, email: ids.email };

    const waits = await Promise.all(rules.map((r) => this.store.get(key(`wait-${r}`, keys[r]))));
    const waiting = Math.max(0, ...waits.map((w) => (w ? w.msBeforeNext : 0)));
    if (waiting > 0) return { allowed: false, retryAfterMs: waiting };

    const counts = await Promise.all(
      rules.map((r) => this.store.penalty(key(`fail-${r}`, keys[r]), 1, { customDuration: SIGN_IN_RULES[r].windowS })),
    );
    const delays = rules.map((r, i) => delayAfter(SIGN_IN_RULES[r], counts[i].consumedPoints));
    const refusals = await Promise.all(
      rules.map((r, i) => (delays[i] > 0 ? this.claim(key(`wait-${r}`, keys[r]), delays[i]) : 0)),
    );
    const retryAfterMs = Math.max(0, ...refusals);
    if (retryAfterMs > 0) {
      await Promise.all(
        rules.map((r) => this.store.reward(key(`fail-${r}`, keys[r]), 1, { customDuration: SIGN_IN_RULES[r].windowS })),
      );
      return { allowed: false, retryAfterMs };
    }
    return { allowed: true, ticket: { keys, rules, delayIfFailedMs: Math.max(0, ...delays) } };
  }

  /**
   * The password was right: the pair starts over, the attempt no longer counts against the
   * address or the account, and the client is known to the account from now on.
   */
  async succeeded(ticket: Ticket): Promise<void> {
    const { keys } = ticket;
    await Promise.all([
      this.store.delete(key("fail-pair", keys.pair)),
      this.store.delete(key("wait-pair", keys.pair)),
      ...ticket.rules
        .filter((r) => r !== "pair")
        .map((r) => this.store.reward(key(`fail-${r}`, keys[r]), 1, { customDuration: SIGN_IN_RULES[r].windowS })),
      this.store.set(key("known", keys.pair), 1, KNOWN_CLIENT_S),
    ]);
  }

  /** 0 when this attempt now holds the key's wait record, else how long the holder keeps it. */
  private async claim(k: string, delayMs: number): Promise<number> {
    try {
      await this.store.consume(k, 1, { customDuration: delayMs / 1000 });
      return 0;
    } catch (err) {
      if (err instanceof RateLimiterRes) return Math.max(err.msBeforeNext, 1);
      throw err;
    }
  }
}

function identities(client: SignInClient): Record<RuleName, string> {
  const ip = ipBucket(client.ip);
  return { pair: `${client.email}\n${ip}`, ip, email: client.email };
}

function key(kind: string, identity: string): string {
  return `${kind}:${createHash("sha256").update(identity).digest("base64url")}`;
}
