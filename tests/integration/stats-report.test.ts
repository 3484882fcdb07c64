import { beforeAll, describe, expect, it } from "vitest";
import * as statsRoute from "../../app/api/v1/stats/route";
import { getStatsReport, getStatsReportFromQuery } from "../../lib/analytics/get-stats-report";
import { parseRange } from "../../lib/analytics/range";
import { DIMENSIONS, dimensionValue } from "../../lib/clicks/hourly-deltas";
import { getDb } from "../../lib/db/client";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { deleteRedirect } from "../../lib/redirects/delete-redirect";
import type { RawClick } from "../../lib/clicks/raw-click";
import type { Actor } from "../../lib/auth/roles";
import { apiKeyOf, userActor } from "../support/actors";
import { rawClick, storeClicks } from "../support/raw-click";

const UAS = [
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
  "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
];
// Addresses that DB-IP places in Germany, the United States and Japan, and one it does not know.
const IPS = ["85.214.132.117", "8.8.4.4", "133.242.0.1", "192.0.2.44"];
const REFERERS = [null, "https://news.ycombinator.com/item?id=1", "https://mail.google.com/mail/u/0/", "android-app://com.slack"];

let editor: Actor;
let viewer: Actor;
let viewerKey: string;
beforeAll(async () => {
  editor = await userActor("editor");
  viewer = await userActor("viewer");
  viewerKey = await apiKeyOf("viewer");
});

/** Clicks in 2031, a year no other test file writes to, so range totals belong to this file. */
const YEAR = 2031;
let n = 0;
function raw(redirectId: string, at: Date, over: Partial<RawClick> = {}): RawClick {
  n++;
  return rawClick(redirectId, {
    at,
    sessionId: `stats-${n % 7}`,
    properties: {},
    ip: IPS[n % IPS.length],
    userAgent: UAS[n % UAS.length],
    referer: REFERERS[n % REFERERS.length],
    acceptLanguage: "de-DE",
    ...over,
  });
}

describe("stats report", () => {
  let a: string;
  let b: string;
  beforeAll(async () => {
    a = (await createRedirect(editor, { name: "Stats A", targetUrl: "https://example.com/a" })).id;
    b = (await createRedirect(editor, { name: "Stats B", targetUrl: "https://example.com/b" })).id;
    const clicks: RawClick[] = [];
    // March 2031 around Berlin's DST change (30 March), one click every 47 minutes.
    const start = Date.UTC(YEAR, 2, 27);
    for (let i = 0; i < 400; i++) {
      const at = new Date(start + i * 47 * 60_000);
      clicks.push(raw(i % 5 === 0 ? b : a, at));
    }
    await storeClicks(clicks);
  });

  const range = () => parseRange({ from: `${YEAR}-03-01`, to: `${YEAR}-04-30`, tz: "Europe/Berlin" });

  it("has totals from the aggregates that agree exactly with a count of raw rows", async () => {
    const r = range();
    const db = getDb();
    const inRange = { at: { gte: r.from, lt: r.to } };
    for (const redirectId of [null, "a", "b"] as const) {
      const id = redirectId === "a" ? a : redirectId === "b" ? b : null;
      const report = await getStatsReport(viewer, { range: r, redirectId: id });
      const where = id ? { ...inRange, redirectId: id } : inRange;
      const [total, bot] = await Promise.all([db.click.count({ where }), db.click.count({ where: { ...where, isBot: true } })]);
      expect(total).toBeGreaterThan(0);
      expect(report.current).toMatchObject({ total, bot, human: total - bot });
      expect(report.series.reduce((s, p) => s + p.total, 0)).toBe(total);
      expect(report.series.reduce((s, p) => s + p.bot, 0)).toBe(bot);
    }
  });

  it("ranks every dimension exactly as the raw rows count it", async () => {
    const r = range();
    const report = await getStatsReport(viewer, { range: r, redirectId: a });
    const rows = await getDb().click.findMany({ where: { redirectId: a, at: { gte: r.from, lt: r.to } } });
    const keys = { country: "countries", browser: "browsers", os: "os", device: "devices", referer: "referers" } as const;
    for (const dim of DIMENSIONS) {
      const expected = new Map<string, number>();
      for (const row of rows) {
        const v = dimensionValue({ ...row, properties: {} }, dim);
        expected.set(v, (expected.get(v) ?? 0) + 1);
      }
      const got = report.top[keys[dim]];
      expect(new Map(got.map((i) => [i.key, i.total]))).toEqual(expected);
      expect(got.map((i) => i.total)).toEqual([...got.map((i) => i.total)].sort((x, y) => y - x));
    }
    const countries = new Map(report.top.countries.map((c) => [c.key, c.label]));
    expect(countries.get("DE")).toBe("Germany");
    expect(countries.get("")).toBe("Unknown");
    expect(report.top.referers.map((r) => r.key)).toEqual(
      expect.arrayContaining(["", "news.ycombinator.com", "mail.google.com", "com.slack"]),
    );
    expect(report.top.referers.find((r) => r.key === "")?.label).toBe("Direct / none");
  });

  it("lists top redirects and sessions with names and bot splits", async () => {
    const report = await getStatsReport(viewer, { range: range() });
    const labels = new Map(report.top.redirects.map((t) => [t.key, t.label]));
    expect(labels.get(a)).toBe("Stats A");
    expect(labels.get(b)).toBe("Stats B");
    expect(report.top.redirects[0].key).toBe(a);
    const rows = await getDb().click.findMany({ where: { at: { gte: range().from, lt: range().to }, sessionId: { not: null } } });
    const top = report.top.sessions[0];
    const ofTop = rows.filter((r) => r.sessionId === top.key);
    expect(top.total).toBe(ofTop.length);
    expect(top.bot).toBe(ofTop.filter((r) => r.isBot).length);
    expect(report.top.sessions.length).toBe(7);
    expect(report.current.uniqueSessions).toBe(7);
    // 4 addresses × 4 user agents cycle together: 4 visitors, of which the Slackbot one is a bot.
    expect(report.current.unique).toBe(3);
  });

  it("keeps counting a deleted redirect and marks it as deleted", async () => {
    const c = await createRedirect(editor, { name: "Stats C", targetUrl: "https://example.com/c" });
    await storeClicks([raw(c.id, new Date(Date.UTC(YEAR, 3, 20, 12)))]);
    await deleteRedirect(editor, c.id);
    const item = (await getStatsReport(viewer, { range: range() })).top.redirects.find((t) => t.key === c.id);
    expect(item).toMatchObject({ label: "Stats C (deleted)", deleted: true, total: 1 });
  });

  it("buckets days in the time zone, across daylight-saving time", async () => {
    const r = parseRange({ from: `${YEAR}-03-29`, to: `${YEAR}-03-31`, tz: "Europe/Berlin" });
    const report = await getStatsReport(viewer, { range: r, redirectId: a });
    expect(report.series.map((p) => p.t)).toEqual([
      `${YEAR}-03-28T23:00:00.000Z`,
      `${YEAR}-03-29T23:00:00.000Z`,
      `${YEAR}-03-30T22:00:00.000Z`,
    ]);
    const rows = await getDb().click.findMany({ where: { redirectId: a, at: { gte: r.from, lt: r.to } }, select: { at: true } });
    const berlinDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(d);
    expect(report.series.map((p) => p.total)).toEqual(
      [`${YEAR}-03-29`, `${YEAR}-03-30`, `${YEAR}-03-31`].map((day) => rows.filter((row) => berlinDay(row.at) === day).length),
    );
  });

  it("compares with the period just before", async () => {
    const r = parseRange({ from: `${YEAR}-03-28`, to: `${YEAR}-03-28`, tz: "UTC" });
    const report = await getStatsReport(viewer, { range: r });
    const before = await getDb().click.count({
      where: { at: { gte: new Date(Date.UTC(YEAR, 2, 27)), lt: new Date(Date.UTC(YEAR, 2, 28)) } },
    });
    expect(report.previous.total).toBe(before);
    expect(report.range.previousFrom).toBe(`${YEAR}-03-27T00:00:00.000Z`);
  });

  it("answers bad queries with a 400 and unknown redirects with a 404", async () => {
    const bad = [
      { from: "2031-13-01", to: "2031-12-01" },
      { from: "2031-05-01", to: "2031-04-01" },
      { range: "forever" },
      { tz: "Mars/Olympus" },
      { redirect: "x' OR 1=1 --" },
      { from: "2020-01-01", to: "2031-01-01" },
      { range: "custom", from: "2031-01-01" },
    ];
    for (const q of bad) await expect(getStatsReportFromQuery(viewer, q)).rejects.toMatchObject({ code: "bad_request" });
    await expect(getStatsReportFromQuery(viewer, { redirect: "no-such-redirect" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("is served at /api/v1/stats to any API key, with errors as JSON", async () => {
    const call = (q: string, key: string | null = viewerKey) =>
      statsRoute.GET(
        new Request(`http://localhost/api/v1/stats?${q}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }),
        {
          params: Promise.resolve({}),
        } as never,
      );
    const ok = await call(`from=${YEAR}-03-01&to=${YEAR}-04-30&tz=Europe/Berlin&redirect=${b}`);
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.current.total).toBe(
      await getDb().click.count({ where: { redirectId: b, at: { gte: range().from, lt: range().to } } }),
    );
    expect(Object.keys(body.top)).toEqual(["redirects", "countries", "browsers", "os", "devices", "referers", "sessions"]);
    const bad = await call("from=yesterday");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.from[0]).toMatch(/YYYY-MM-DD/);
    expect((await call("", null)).status).toBe(401);
  });
});
