import { z } from "zod";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { ALL_SCOPE, DIMENSIONS, type Dimension } from "../clicks/hourly-deltas";
import { AppError, fieldErrors } from "../errors";
import { REDIRECT_ID_PATTERN } from "../redirects/schema";
import { countSessionIssues } from "./count-session-issues";
import { dimensionLabel } from "./labels";
import { rangeQuerySchema, resolveRange, type ResolvedRange } from "./range";
import type { RankedItem, StatsReport } from "./report-types";
import { readCounts, readDimTotals, readHourlyCounts, readTotalsByRedirect } from "./rollup-reads";
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

/** Clicks the top-sessions list reads at most, newest first: ~50 ms at any size. */
export const SESSION_SAMPLE = 20_000;

/**
 * One analytics view, all of it from the rollups except the top sessions, which read the
 * range's latest clicks along the (redirectId, at) or (at) index (docs/adr/0009).
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
  const [current, previous, hourly, dims, redirects, sessions, sessionIssues] = await Promise.all([
    readCounts(scope, range),
    readCounts(scope, range.previous),
    readHourlyCounts(scope, range),
    readDimTotals(scope, range),
    redirectId === null ? topRedirects(range) : Promise.resolve([]),
    topSessions(range, redirectId),
    countSessionIssues(range, redirectId),
  ]);

  const top: StatsReport["top"] = {
    redirects,
    countries: [],
    browsers: [],
    os: [],
    devices: [],
    referers: [],
    sessions: sessions.items,
  };
  for (const row of dims.values()) {
    const dim = row.dim as Dimension;
    if (!DIMENSIONS.includes(dim)) continue;
    top[TOP_KEYS[dim]].push({
      key: row.value,
      label: dimensionLabel(dim, row.value),
      total: row.total,
      human: row.human,
      bot: row.bot,
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
    current,
    previous,
    series: buildSeries(range, hourly),
    top,
    sessionIssues,
    sessionSample: sessions.sample,
  };
}

/** /api/v1/stats and the CLI: validates a raw query, then builds the report. */
export async function getStatsReportFromQuery(actor: Actor, query: Record<string, unknown>, now = new Date()) {
  const parsed = statsQuerySchema.safeParse(query);
  if (!parsed.success) throw new AppError("bad_request", "The query is invalid.", fieldErrors(parsed.error));
  const { redirect, ...rangeQuery } = parsed.data;
  return getStatsReport(actor, { range: resolveRange(rangeQuery, now), redirectId: redirect ?? null });
}

async function topRedirects(range: ResolvedRange): Promise<RankedItem[]> {
  const totals = await readTotalsByRedirect(range, ALL_SCOPE);
  const top = ranked([...totals].map(([key, s]) => ({ key, label: key, ...s })));
  const redirects = new Map(
    (
      await getDb().redirect.findMany({
        where: { id: { in: top.map((t) => t.key) } },
        select: { id: true, name: true, deletedAt: true },
      })
    ).map((r) => [r.id, r]),
  );
  return top.map((t) => {
    if (t.key === "") return { ...t, label: "Signed links and pixels" };
    const r = redirects.get(t.key);
    return r?.deletedAt ? { ...t, label: `${r.name} (deleted)`, deleted: true } : { ...t, label: r?.name ?? t.key };
  });
}

/**
 * Sessions with most clicks among the range's latest SESSION_SAMPLE clicks: exact for ranges
 * up to that many clicks. Counting every session of a 90-day range at a million clicks took
 * 650–840 ms on SQLite, and a per-session rollup would be as large as the clicks.
 */
async function topSessions(range: ResolvedRange, redirectId: string | null) {
  const rows = await getDb().click.findMany({
    where: { at: { gte: range.from, lt: range.to }, ...(redirectId === null ? {} : { redirectId }) },
    orderBy: { at: "desc" },
    take: SESSION_SAMPLE,
    select: { sessionId: true, isBot: true },
  });
  const counts = new Map<string, RankedItem>();
  for (const r of rows) {
    if (r.sessionId === null) continue;
    let item = counts.get(r.sessionId);
    if (!item) counts.set(r.sessionId, (item = { key: r.sessionId, label: r.sessionId, total: 0, human: 0, bot: 0 }));
    item.total++;
    if (r.isBot) item.bot++;
    else item.human++;
  }
  return { items: ranked([...counts.values()]), sample: { clicks: rows.length, complete: rows.length < SESSION_SAMPLE } };
}

function ranked(items: RankedItem[]): RankedItem[] {
  return items
    .filter((i) => i.total > 0)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
    .slice(0, TOP_LIMIT);
}
