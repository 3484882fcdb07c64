import { HyperLogLog } from "../clicks/hyperloglog";
import { getDb } from "../db/client";
import type { Counts } from "./report-types";

const DAY_MS = 86_400_000;

export interface Span {
  from: Date;
  to: Date;
}

/**
 * Splits an hour-aligned range into the whole UTC days inside it (read from the daily
 * rollups) and the hours before and after them (read from the hourly ones): exact sums from
 * at most 46 hourly rows per scope and value plus one row a day (docs/adr/0009).
 */
export function splitByUtcDays({ from, to }: Span): { days: Span | null; hours: Span[] } {
  const firstDay = Math.ceil(from.getTime() / DAY_MS) * DAY_MS;
  const lastDay = Math.floor(to.getTime() / DAY_MS) * DAY_MS;
  if (firstDay >= lastDay) return { days: null, hours: [{ from, to }] };
  const hours = [
    { from, to: new Date(firstDay) },
    { from: new Date(lastDay), to },
  ].filter((s) => s.from < s.to);
  return { days: { from: new Date(firstDay), to: new Date(lastDay) }, hours };
}

type Sums = { total: number; human: number; bot: number };
const ZERO = (): Sums => ({ total: 0, human: 0, bot: 0 });
const SUM = { total: true, human: true, bot: true } as const;
const add = (into: Sums, s: { total: number | null; human: number | null; bot: number | null }) => {
  into.total += s.total ?? 0;
  into.human += s.human ?? 0;
  into.bot += s.bot ?? 0;
};

/** Clicks of a scope in a range, with unique visitors and sessions merged from the sketches. */
export async function readCounts(scope: string, span: Span): Promise<Counts> {
  const db = getDb();
  const { days, hours } = splitByUtcDays(span);
  const select = { total: true, human: true, bot: true, sessions: true, visitors: true } as const;
  const rows = (
    await Promise.all([
      days ? db.clickDaily.findMany({ where: { redirectId: scope, day: { gte: days.from, lt: days.to } }, select }) : [],
      ...hours.map((h) => db.clickHourly.findMany({ where: { redirectId: scope, hour: { gte: h.from, lt: h.to } }, select })),
    ])
  ).flat();
  const sums = ZERO();
  const sessions = new HyperLogLog();
  const visitors = new HyperLogLog();
  for (const r of rows) {
    add(sums, r);
    if (r.sessions) sessions.merge(HyperLogLog.deserialize(r.sessions));
    if (r.visitors) visitors.merge(HyperLogLog.deserialize(r.visitors));
  }
  return { ...sums, unique: visitors.count(), uniqueSessions: sessions.count() };
}

/** Clicks of a scope in a range without uniques (no sketches read): cheaper. */
export async function readTotals(scope: string, span: Span): Promise<Sums> {
  const db = getDb();
  const { days, hours } = splitByUtcDays(span);
  const parts = await Promise.all([
    days ? db.clickDaily.aggregate({ where: { redirectId: scope, day: { gte: days.from, lt: days.to } }, _sum: SUM }) : null,
    ...hours.map((h) => db.clickHourly.aggregate({ where: { redirectId: scope, hour: { gte: h.from, lt: h.to } }, _sum: SUM })),
  ]);
  const sums = ZERO();
  for (const p of parts) if (p) add(sums, p._sum);
  return sums;
}

/** Per-hour counts of a scope for a series (no sketches). */
export function readHourlyCounts(scope: string, span: Span) {
  return getDb().clickHourly.findMany({
    where: { redirectId: scope, hour: { gte: span.from, lt: span.to } },
    select: { hour: true, total: true, human: true, bot: true },
    orderBy: { hour: "asc" },
  });
}

/** Clicks per redirect in a range (the all-clicks scope left out). */
export async function readTotalsByRedirect(span: Span, allScope: string): Promise<Map<string, Sums>> {
  const db = getDb();
  const { days, hours } = splitByUtcDays(span);
  const parts = await Promise.all([
    days
      ? db.clickDaily.groupBy({
          by: ["redirectId"],
          where: { redirectId: { not: allScope }, day: { gte: days.from, lt: days.to } },
          _sum: SUM,
        })
      : [],
    ...hours.map((h) =>
      db.clickHourly.groupBy({
        by: ["redirectId"],
        where: { redirectId: { not: allScope }, hour: { gte: h.from, lt: h.to } },
        _sum: SUM,
      }),
    ),
  ]);
  const out = new Map<string, Sums>();
  for (const r of parts.flat()) {
    let s = out.get(r.redirectId);
    if (!s) out.set(r.redirectId, (s = ZERO()));
    add(s, r._sum);
  }
  return out;
}

export interface DimFilter {
  dims?: string[];
  value?: string;
  /** Leave out "" (unknown / no referer). */
  known?: boolean;
}

/** Clicks per dimension value of a scope in a range: `${dim}\u0000${value}` → sums. */
export async function readDimTotals(
  scope: string,
  span: Span,
  filter: DimFilter = {},
): Promise<Map<string, Sums & { dim: string; value: string }>> {
  const db = getDb();
  const { days, hours } = splitByUtcDays(span);
  const match = {
    scope,
    ...(filter.dims && { dim: { in: filter.dims } }),
    ...(filter.value !== undefined ? { value: filter.value } : filter.known ? { value: { not: "" } } : {}),
  };
  const parts = await Promise.all([
    days
      ? db.clickDailyDim.groupBy({ by: ["dim", "value"], where: { ...match, day: { gte: days.from, lt: days.to } }, _sum: SUM })
      : [],
    ...hours.map((h) =>
      db.clickHourlyDim.groupBy({ by: ["dim", "value"], where: { ...match, hour: { gte: h.from, lt: h.to } }, _sum: SUM }),
    ),
  ]);
  const out = new Map<string, Sums & { dim: string; value: string }>();
  for (const r of parts.flat()) {
    const key = `${r.dim}\u0000${r.value}`;
    let s = out.get(key);
    if (!s) out.set(key, (s = { ...ZERO(), dim: r.dim, value: r.value }));
    add(s, r._sum);
  }
  return out;
}
