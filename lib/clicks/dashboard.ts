import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { ALL_SCOPE } from "./hourly-deltas";

export interface ClickRow {
  id: number;
  at: string;
  redirectId: string | null;
  redirectName: string | null;
  sessionId: string | null;
  ip: string | null;
  userAgent: string | null;
  browser: string | null;
  os: string | null;
  deviceType: string | null;
  country: string | null;
  isBot: boolean;
  botReason: string | null;
  privacyReason: string | null;
  referer: string | null;
  targetUrl: string;
}

export interface DashboardData {
  totalClicks: number;
  humanClicks: number;
  botClicks: number;
  last24h: number;
  activeRedirects: number;
  perRedirect: { id: string; name: string; clicks: number; deleted: boolean }[];
  latest: ClickRow[];
}

const HOUR_MS = 3_600_000;

/**
 * The first dashboard. Every count comes from the hourly aggregates; only the latest clicks
 * read raw rows, newest first along the `at` index.
 */
export async function getDashboard(actor: Actor, opts: { latest?: number; top?: number } = {}) {
  assertCan(actor, "clicks:read");
  const db = getDb();
  // "Last 24 hours" counts whole UTC hours: the current one and the 23 before it.
  const since = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS - 23 * HOUR_MS);
  const [all, recent, activeRedirects, grouped, latest] = await Promise.all([
    db.clickHourly.aggregate({ where: { redirectId: ALL_SCOPE }, _sum: { total: true, human: true, bot: true } }),
    db.clickHourly.aggregate({ where: { redirectId: ALL_SCOPE, hour: { gte: since } }, _sum: { total: true } }),
    db.redirect.count({ where: { deletedAt: null, status: "active" } }),
    db.clickHourly.groupBy({
      by: ["redirectId"],
      where: { redirectId: { notIn: ["", ALL_SCOPE] } },
      _sum: { total: true },
      orderBy: { _sum: { total: "desc" } },
      take: opts.top ?? 10,
    }),
    db.click.findMany({
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: opts.latest ?? 25,
      include: { redirect: { select: { name: true } } },
    }),
  ]);
  const names = new Map(
    (
      await db.redirect.findMany({
        where: { id: { in: grouped.map((g) => g.redirectId) } },
        select: { id: true, name: true, deletedAt: true },
      })
    ).map((r) => [r.id, r]),
  );
  const data: DashboardData = {
    totalClicks: all._sum.total ?? 0,
    humanClicks: all._sum.human ?? 0,
    botClicks: all._sum.bot ?? 0,
    last24h: recent._sum.total ?? 0,
    activeRedirects,
    perRedirect: grouped.map((g) => ({
      id: g.redirectId,
      name: names.get(g.redirectId)?.name ?? g.redirectId,
      clicks: g._sum.total ?? 0,
      deleted: Boolean(names.get(g.redirectId)?.deletedAt),
    })),
    latest: latest.map((c) => ({
      id: c.id,
      at: c.at.toISOString(),
      redirectId: c.redirectId,
      redirectName: c.redirect?.name ?? null,
      sessionId: c.sessionId,
      ip: c.ip,
      userAgent: c.userAgent,
      browser: c.browser,
      os: c.os,
      deviceType: c.deviceType,
      country: c.country,
      isBot: c.isBot,
      botReason: c.botReason,
      privacyReason: c.privacyReason,
      referer: c.referer,
      targetUrl: c.targetUrl,
    })),
  };
  return data;
}
