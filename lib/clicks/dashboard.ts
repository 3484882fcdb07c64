import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";

export interface ClickRow {
  id: string;
  at: string;
  redirectId: string | null;
  redirectName: string | null;
  sessionId: string | null;
  ip: string | null;
  userAgent: string | null;
  referer: string | null;
  targetUrl: string;
}

export interface DashboardData {
  totalClicks: number;
  last24h: number;
  activeRedirects: number;
  perRedirect: { id: string; name: string; clicks: number; deleted: boolean }[];
  latest: ClickRow[];
}

export async function getDashboard(actor: Actor, opts: { latest?: number; top?: number } = {}) {
  assertCan(actor, "clicks:read");
  const db = getDb();
  const since = new Date(Date.now() - 86_400_000);
  const [totalClicks, last24h, activeRedirects, grouped, latest] = await Promise.all([
    db.click.count(),
    db.click.count({ where: { at: { gte: since } } }),
    db.redirect.count({ where: { deletedAt: null, status: "active" } }),
    db.click.groupBy({
      by: ["redirectId"],
      where: { redirectId: { not: null } },
      _count: { _all: true },
      orderBy: { _count: { redirectId: "desc" } },
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
        where: { id: { in: grouped.map((g) => g.redirectId!) } },
        select: { id: true, name: true, deletedAt: true },
      })
    ).map((r) => [r.id, r]),
  );
  const data: DashboardData = {
    totalClicks,
    last24h,
    activeRedirects,
    perRedirect: grouped.map((g) => ({
      id: g.redirectId!,
      name: names.get(g.redirectId!)?.name ?? g.redirectId!,
      clicks: g._count._all,
      deleted: Boolean(names.get(g.redirectId!)?.deletedAt),
    })),
    latest: latest.map((c) => ({
      id: c.id,
      at: c.at.toISOString(),
      redirectId: c.redirectId,
      redirectName: c.redirect?.name ?? null,
      sessionId: c.sessionId,
      ip: c.ip,
      userAgent: c.userAgent,
      referer: c.referer,
      targetUrl: c.targetUrl,
    })),
  };
  return data;
}
