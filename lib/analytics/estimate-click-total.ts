import { ALL_SCOPE } from "../clicks/hourly-deltas";
import { UNKNOWN_VALUE, type ClickLogRequest } from "./click-log-query";
import { readDimTotals, readTotals } from "./rollup-reads";

const DIMENSION_FILTERS = ["country", "browser", "os", "device"] as const;

/**
 * How many clicks match, from the rollups: exact for what is stored, without counting
 * raw rows (a COUNT over 90 days with a country filter took 266 ms at 1,000,000 clicks on
 * SQLite). Ranges are whole UTC hours, like the aggregates. Possible when the filters are at
 * most a redirect, a kind and one of country, browser, OS or device; null otherwise. Retention
 * and erasure delete rows but keep aggregates, so it can exceed the rows left: an estimate.
 */
export async function estimateClickTotal({ query, range }: ClickLogRequest): Promise<number | null> {
  if (query.session || query.ip) return null;
  const dims = DIMENSION_FILTERS.filter((d) => query[d] !== undefined);
  if (dims.length > 1) return null;
  const scope = query.redirect ?? ALL_SCOPE;
  const sums = dims.length
    ? ((await readDimTotals(scope, range, { dims, value: query[dims[0]] === UNKNOWN_VALUE ? "" : query[dims[0]] }))
        .values()
        .next().value ?? {
        total: 0,
        human: 0,
        bot: 0,
      })
    : await readTotals(scope, range);
  return query.kind === "all" ? sums.total : sums[query.kind];
}
