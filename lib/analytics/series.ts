import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";
import type { ResolvedRange } from "./range";
import type { SeriesPoint } from "./report-types";

const HOUR_MS = 3_600_000;

/**
 * Bucket starts of a range: every hour, or every local midnight in the range's time zone,
 * so a day that changes to or from daylight-saving time holds its 23 or 25 hours.
 */
export function bucketStarts(range: Pick<ResolvedRange, "from" | "to" | "tz" | "interval">): number[] {
  const from = range.from.getTime();
  const to = range.to.getTime();
  const starts: number[] = [];
  if (range.interval === "hour") {
    for (let t = from; t < to; t += HOUR_MS) starts.push(t);
    return starts;
  }
  let day = startOfDay(new TZDate(from, range.tz));
  while (day.getTime() < to) {
    starts.push(Math.max(day.getTime(), from));
    day = addDays(day, 1);
  }
  return starts;
}

/** Sums hourly rows into the range's buckets; every bucket appears, empty ones as zero. */
export function buildSeries(
  range: Pick<ResolvedRange, "from" | "to" | "tz" | "interval">,
  rows: { hour: Date; total: number; human: number; bot: number }[],
): SeriesPoint[] {
  const starts = bucketStarts(range);
  const points = starts.map((t) => ({ t: new Date(t).toISOString(), total: 0, human: 0, bot: 0 }));
  for (const row of rows) {
    const i = lastAtOrBefore(starts, row.hour.getTime());
    if (i < 0) continue;
    points[i].total += row.total;
    points[i].human += row.human;
    points[i].bot += row.bot;
  }
  return points;
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
