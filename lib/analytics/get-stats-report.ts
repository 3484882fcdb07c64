import { z } from "zod";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { ALL_SCOPE } from "../clicks/hourly-deltas";
import { HyperLogLog } from "../clicks/hyperloglog";
import { AppError, fieldErrors } from "../errors";
import { REDIRECT_ID_PATTERN } from "../redirects/schema";
import { dimensionLabel } from "./labels";
import { rangeQuerySchema, resolveRange, type ResolvedRange } from "./range";
import { DIMENSIONS, type Counts, type Dimension, type RankedItem, type StatsReport } from "./report-types";
import { buildSeries } from "./series";

/** Entries per ranked list. */
export const TOP_LIMIT = 10;

/** The query of /api/v1/stats (and of the dashboards' URLs): a range and an optional redirect. */
export const statsQuerySchema = rangeQuerySchema.extend({
  redirect: z.string().trim().regex(REDIRECT_ID_PATTERN, { error: "must be a redirect ID" }).optional(),
});

const TOP_KEYS: Record<Dimension, keyof Omit<StatsReport["top"], "redirects" | "sessions">> = {
  country: "countries",
  browser: "browsers",
  os: "os",
  device: "devices",
  referer: "referers",
};

/**
 * One analytics view, all of it from the hourly aggregates except the top sessions, which
 * read raw clicks along the (redirectId, at) or (at) index (docs/adr/0009).
 */
export async function getStatsReport(
  actor: Actor,
  input: { range: ResolvedRange; redirectId?: string | null },
): Promise<StatsReport> {
  assertCan(actor, "clicks:read");
  const { range } = input;
  const redirectId = input.redirectId ?? null;
  const db = getDb();
  if (redirectId !== null && !(await db.redirect.findUnique({ where: { id: redirectId }, select: { id: true } }))) {
    throw new AppError("not_found", `No redirect with ID "${redirectId}".`);
  }
  const scope = redirectId ?? ALL_SCOPE;
  const [currentRows, previousRows, dimRows, redirectRows, sessions] = await Promise.all([
    hourlyRows(scope, range.from, range.to),
    hourlyRows(scope, range.previous.from, range.previous.to),
    db.clickHourlyDim.groupBy({
      by: ["dim", "value"],
      where: { scope, hour: { gte: range.from, lt: range.to } },
      _sum: { total: true, human: true, bot: true },
    }),
    redirectId === null ? topRedirects(range) : Promise.resolve([]),
    topSessions(range, redirectId),
  ]);

  const top: StatsReport["top"] = {
    redirects: redirectRows,
    countries: [],
    browsers: [],
    os: [],
    devices: [],
    referers: [],
    sessions,
  };
  for (const row of dimRows) {
    const dim = row.dim as Dimension;
    if (!DIMENSIONS.includes(dim)) continue;
    top[TOP_KEYS[dim]].push({
      key: row.value,
      label: dimensionLabel(dim, row.value),
      total: row._sum.total ?? 0,
      human: row._sum.human ?? 0,
      bot: row._sum.bot ?? 0,
    });
  }
  for (const dim of DIMENSIONS) top[TOP_KEYS[dim]] = ranked(top[TOP_KEYS[dim]]);

  return {
    range: {
      preset: range.preset,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      tz: range.tz,
      interval: range.interval,
      previousFrom: range.previous.from.toISOString(),
      previousTo: range.previous.to.toISOString(),
    },
    redirectId,
    current: countsOf(currentRows),
    previous: countsOf(previousRows),
    series: buildSeries(range, currentRows),
    top,
  };
}

/** /api/v1/stats and the CLI: validates a raw query, then builds the report. */
export async function getStatsReportFromQuery(actor: Actor, query: Record<string, unknown>, now = new Date()) {
  const parsed = statsQuerySchema.safeParse(query);
  if (!parsed.success) throw new AppError("bad_request", "The query is invalid.", fieldErrors(parsed.error));
  const { redirect, ...rangeQuery } = parsed.data;
  return getStatsReport(actor, { range: resolveRange(rangeQuery, now), redirectId: redirect ?? null });
}

type HourlyRow = { hour: Date; total: number; human: number; bot: number; sessions: Uint8Array | null; visitors: Uint8Array | null };

function hourlyRows(scope: string, from: Date, to: Date): Promise<HourlyRow[]> {
  return getDb().clickHourly.findMany({
    where: { redirectId: scope, hour: { gte: from, lt: to } },
    select: { hour: true, total: true, human: true, bot: true, sessions: true, visitors: true },
    orderBy: { hour: "asc" },
  });
}

function countsOf(rows: HourlyRow[]): Counts {
  const sessions = new HyperLogLog();
  const visitors = new HyperLogLog();
  const counts = { total: 0, human: 0, bot: 0 };
  for (const r of rows) {
    counts.total += r.total;
    counts.human += r.human;
    counts.bot += r.bot;
    if (r.sessions) sessions.merge(HyperLogLog.deserialize(r.sessions));
    if (r.visitors) visitors.merge(HyperLogLog.deserialize(r.visitors));
  }
  return { ...counts, unique: visitors.count(), uniqueSessions: sessions.count() };
}

async function topRedirects(range: ResolvedRange): Promise<RankedItem[]> {
  const db = getDb();
  const rows = await db.clickHourly.groupBy({
    by: ["redirectId"],
    where: { hour: { gte: range.from, lt: range.to }, redirectId: { not: ALL_SCOPE } },
    _sum: { total: true, human: true, bot: true },
  });
  const top = ranked(
    rows.map((r) => ({ key: r.redirectId, label: r.redirectId, total: r._sum.total ?? 0, human: r._sum.human ?? 0, bot: r._sum.bot ?? 0 })),
  );
  const names = new Map(
    (await db.redirect.findMany({ where: { id: { in: top.map((t) => t.key) } }, select: { id: true, name: true, deletedAt: true } })).map(
      (r) => [r.id, r.deletedAt ? `${r.name} (deleted)` : r.name],
    ),
  );
  return top.map((t) => ({ ...t, label: t.key === "" ? "Signed links and pixels" : (names.get(t.key) ?? t.key) }));
}

/** Sessions with most clicks: raw rows, newest period only, along the narrowest index. */
async function topSessions(range: ResolvedRange, redirectId: string | null): Promise<RankedItem[]> {
  const db = getDb();
  const where = {
    at: { gte: range.from, lt: range.to },
    sessionId: { not: null },
    ...(redirectId === null ? {} : { redirectId }),
  };
  const top = await db.click.groupBy({
    by: ["sessionId"],
    where,
    _count: { _all: true },
    orderBy: [{ _count: { sessionId: "desc" } }, { sessionId: "asc" }],
    take: TOP_LIMIT,
  });
  if (top.length === 0) return [];
  const bots = await db.click.groupBy({
    by: ["sessionId"],
    where: { ...where, sessionId: { in: top.map((t) => t.sessionId!) }, isBot: true },
    _count: { _all: true },
  });
  const botCount = new Map(bots.map((b) => [b.sessionId, b._count._all]));
  return top.map((t) => {
    const bot = botCount.get(t.sessionId) ?? 0;
    return { key: t.sessionId!, label: t.sessionId!, total: t._count._all, human: t._count._all - bot, bot };
  });
}

function ranked(items: RankedItem[]): RankedItem[] {
  return items
    .filter((i) => i.total > 0)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
    .slice(0, TOP_LIMIT);
}
