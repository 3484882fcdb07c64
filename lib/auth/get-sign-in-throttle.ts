import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "../db/client";
import { threadPart } from "../threads/thread-parts";
import { SignInThrottle } from "./sign-in-throttle";

declare module "../threads/thread-parts" {
  interface ThreadParts {
    /** Built on first use: its store starts a cleanup timer, which only Next's thread needs. */
    signInThrottle: () => SignInThrottle;
  }
}

/**
 * The sign-in throttle counting in the RateLimiterFlexible table of the app's database on
 * SQLite and PostgreSQL alike: instances sharing a database share the counts, a restart does
 * not reset them, and the process holds no per-key state. The store deletes rows that expired
 * over an hour ago every five minutes.
 */
export function createSignInThrottle(db: Db): SignInThrottle {
  return new SignInThrottle(
    (options) => new RateLimiterPrisma({ ...options, storeClient: db, tableName: "rateLimiterFlexible" }),
  );
}

/** The thread's sign-in throttle. */
export function getSignInThrottle(): SignInThrottle {
  return threadPart("signInThrottle")();
}
