import { singleValueCache, type SingleValueCache } from "../cache/single-value-cache";
import type { Db } from "../db/client";
import { threadPart } from "../threads/thread-parts";

/** Other instances sharing the database pick up an added or removed opt-out within this time. */
const OPT_OUT_MAX_AGE_MS = 5_000;

export type OptOutCache = SingleValueCache<ReadonlySet<string>>;

declare module "../threads/thread-parts" {
  interface ThreadParts {
    optOuts: OptOutCache;
  }
}

export function createOptOutCache(db: Pick<Db, "optOut">): OptOutCache {
  return singleValueCache(
    "opt-outs",
    async (): Promise<ReadonlySet<string>> => {
      const rows = await db.optOut.findMany({ select: { sessionId: true } });
      return new Set(rows.map((r) => r.sessionId));
    },
    OPT_OUT_MAX_AGE_MS,
  );
}

/**
 * Every opted-out session ID, for the click pipeline: one query per 5 s at most, then each
 * click is a synchronous `set.has()`.
 */
export async function getOptOutSet(): Promise<ReadonlySet<string>> {
  return threadPart("optOuts").get();
}

/** After this process changed the list: the next getOptOutSet() reloads it, in every thread. */
export function invalidateOptOutSet(): void {
  threadPart("optOuts").invalidate();
}
