import { RateLimiterPrisma } from "rate-limiter-flexible";
import { getDb, type Db } from "../db/client";
import { SignInThrottle } from "./sign-in-throttle";

const holder = globalThis as unknown as { __clicktrailSignInThrottle?: { db: Db; throttle: SignInThrottle } };

/**
 * The process's sign-in throttle, counting in the RateLimiterFlexible table of the app's
 * database on SQLite and PostgreSQL alike: instances sharing a database share the counts, a
 * restart does not reset them, and the process holds no per-key state. The store deletes rows
 * that expired over an hour ago every five minutes.
 */
export function getSignInThrottle(): SignInThrottle {
  const db = getDb();
  if (holder.__clicktrailSignInThrottle?.db !== db) {
    const throttle = new SignInThrottle(
      (options) => new RateLimiterPrisma({ ...options, storeClient: db, tableName: "rateLimiterFlexible" }),
    );
    holder.__clicktrailSignInThrottle = { db, throttle };
  }
  return holder.__clicktrailSignInThrottle.throttle;
}
