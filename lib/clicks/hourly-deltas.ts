import type { ClickRow, EnrichedClick } from "./enrich-click";
import { HyperLogLog } from "./hyperloglog";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The dimensions of the ranked lists kept in the hourly aggregates. */
export const DIMENSIONS = ["country", "browser", "os", "device", "referer"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The aggregate scope of every click, whatever its redirect: the overview reads it. */
export const ALL_SCOPE = "*";

export interface Counts {
  total: number;
  human: number;
  bot: number;
}

/**
 * What one batch adds to one (scope, UTC hour) row of ClickHourly and its ClickHourlyDim rows
 * — or, merged by dailyDeltas, to a (scope, UTC day) row of ClickDaily and ClickDailyDim.
 */
export interface HourlyDelta extends Counts {
  /** A redirect ID, "" for clicks of no redirect, or ALL_SCOPE. */
  redirectId: string;
  /** Start of the UTC hour (or day). */
  start: Date;
  sessions: HyperLogLog;
  visitors: HyperLogLog;
  /** Per dimension, value → counts. */
  dims: Record<Dimension, Map<string, Counts>>;
}

/** The value a click adds to a dimension's ranked list; "" when unknown. */
export function dimensionValue(row: ClickRow, dim: Dimension): string {
  switch (dim) {
    case "country":
      return row.country ?? "";
    case "browser":
      return row.browser ?? "";
    case "os":
      return row.os ?? "";
    case "device":
      return row.deviceType ?? "";
    case "referer":
      return refererHost(row.referer);
  }
}

const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i;

/** Referers rank by host: full URLs would split one site into thousands of entries. */
export function refererHost(referer: string | null): string {
  if (!referer) return "";
  const host = URL_HOST.exec(referer)?.[1];
  return (host ?? referer).toLowerCase().slice(0, 255);
}

/**
 * Groups a batch by redirect and UTC hour (clicks of no redirect under ""), counting each
 * dimension's values, then adds one ALL_SCOPE delta per hour merged from those groups, so
 * each click is counted once per scope without walking the batch twice.
 */
export function hourlyDeltas(clicks: EnrichedClick[]): HourlyDelta[] {
  const byKey = new Map<string, HourlyDelta>();
  for (const { row, sessionKey, visitorKey } of clicks) {
    const hour = Math.floor(row.at.getTime() / HOUR_MS) * HOUR_MS;
    const redirectId = row.redirectId ?? "";
    const key = `${redirectId}\u0000${hour}`;
    let delta = byKey.get(key);
    if (!delta) byKey.set(key, (delta = emptyDelta(redirectId, new Date(hour))));
    const human = row.isBot ? 0 : 1;
    delta.total++;
    delta.human += human;
    delta.bot += 1 - human;
    if (sessionKey) delta.sessions.add(sessionKey);
    if (visitorKey) delta.visitors.add(visitorKey);
    for (const dim of DIMENSIONS) addCounts(delta.dims[dim], dimensionValue(row, dim), 1, human, 1 - human);
  }
  const perScope = [...byKey.values()];
  return [
    ...perScope,
    ...mergeDeltas(
      perScope,
      () => ALL_SCOPE,
      (start) => start,
    ),
  ];
}

/** The same deltas summed per scope and UTC day, for ClickDaily and ClickDailyDim. */
export function dailyDeltas(hourly: HourlyDelta[]): HourlyDelta[] {
  return mergeDeltas(
    hourly,
    (d) => d.redirectId,
    (start) => Math.floor(start / DAY_MS) * DAY_MS,
  );
}

function mergeDeltas(deltas: HourlyDelta[], scopeOf: (d: HourlyDelta) => string, startOf: (ms: number) => number) {
  const merged = new Map<string, HourlyDelta>();
  for (const d of deltas) {
    const scope = scopeOf(d);
    const start = startOf(d.start.getTime());
    const key = `${scope}\u0000${start}`;
    let m = merged.get(key);
    if (!m) merged.set(key, (m = emptyDelta(scope, new Date(start))));
    m.total += d.total;
    m.human += d.human;
    m.bot += d.bot;
    m.sessions.merge(d.sessions);
    m.visitors.merge(d.visitors);
    for (const dim of DIMENSIONS) {
      for (const [value, c] of d.dims[dim]) addCounts(m.dims[dim], value, c.total, c.human, c.bot);
    }
  }
  return [...merged.values()];
}

function emptyDelta(redirectId: string, start: Date): HourlyDelta {
  const dims = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, Counts>()])) as HourlyDelta["dims"];
  return { redirectId, start, total: 0, human: 0, bot: 0, sessions: new HyperLogLog(), visitors: new HyperLogLog(), dims };
}

function addCounts(map: Map<string, Counts>, value: string, total: number, human: number, bot: number) {
  const c = map.get(value);
  if (c) {
    c.total += total;
    c.human += human;
    c.bot += bot;
  } else {
    map.set(value, { total, human, bot });
  }
}

/** Flattens the dimension counts of deltas into rows for the writers. */
export function dimRows(deltas: HourlyDelta[]): { scope: string; start: Date; dim: Dimension; value: string; counts: Counts }[] {
  const rows = [];
  for (const d of deltas) {
    for (const dim of DIMENSIONS) {
      for (const [value, counts] of d.dims[dim]) rows.push({ scope: d.redirectId, start: d.start, dim, value, counts });
    }
  }
  return rows;
}
