import { getDb } from "../db/client";
import { refreshingCache } from "../settings/refreshing-cache";

/** Other instances sharing the database pick up an added or removed opt-out within this time. */
const OPT_OUT_MAX_AGE_MS = 5_000;

const cache = refreshingCache(
  "__clicktrailOptOuts",
  async (): Promise<ReadonlySet<string>> => {
    const rows = await getDb().optOut.findMany({ select: { sessionId: true } });
    return new Set(rows.map((r) => r.sessionId));
  },
  OPT_OUT_MAX_AGE_MS,
);

/**
 * Every opted-out session ID, for the click pipeline: one query per 5 s at most, then each
 * click is a synchronous `set.has()`.
 */
export function getOptOutSet(): Promise<ReadonlySet<string>> {
  return cache.get();
}

/** After this process changed the list: the next getOptOutSet() reloads it. */
export function invalidateOptOutSet(): void {
  cache.invalidate();
}
