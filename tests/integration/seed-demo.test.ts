import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR, type Actor } from "../../lib/auth/roles";
import { lookupCountry } from "../../lib/clicks/geoip";
import { getDb } from "../../lib/db/client";
import { seedDemo, type SeedDemoResult } from "../../lib/demo/seed-demo";
import { deleteRedirect } from "../../lib/redirects/delete-redirect";
import { updateRedirect } from "../../lib/redirects/update-redirect";
import { readPrivacySettings, updatePrivacySettings } from "../../lib/settings/privacy-settings";
import type { PrivacySettings } from "../../lib/settings/privacy-settings-schema";
import { userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let first: SeedDemoResult;
/** The first run's redirects, rows and aggregates as it left them: a test below runs it again. */
let firstRedirects: Awaited<ReturnType<typeof redirectsOf>>;
let firstState: Awaited<ReturnType<typeof rowsAndAggregates>>;
let settingsBefore: PrivacySettings;
let viewer: Actor;

/** Rows and hourly aggregates of these redirects: the database is shared with the other suites. */
async function clicksOf(ids: string[]) {
  return getDb().click.findMany({ where: { redirectId: { in: ids } }, orderBy: { id: "asc" } });
}

function redirectsOf(ids: string[]) {
  return getDb().redirect.findMany({ where: { id: { in: ids } }, include: { tags: true } });
}

async function rowsAndAggregates(ids: string[]) {
  const [clicks, hourly] = await Promise.all([
    clicksOf(ids),
    getDb().clickHourly.findMany({ where: { redirectId: { in: ids } } }),
  ]);
  return { clicks, hourly };
}

function expectAggregatesToMatchRows({ clicks, hourly }: Awaited<ReturnType<typeof rowsAndAggregates>>) {
  const expected = new Map<string, { total: number; human: number; bot: number }>();
  for (const c of clicks) {
    const key = `${c.redirectId}|${Math.floor(c.at.getTime() / HOUR) * HOUR}`;
    const e = expected.get(key) ?? { total: 0, human: 0, bot: 0 };
    e.total++;
    if (c.isBot) e.bot++;
    else e.human++;
    expected.set(key, e);
  }
  const actual = new Map(
    hourly.map((h) => [`${h.redirectId}|${h.hour.getTime()}`, { total: h.total, human: h.human, bot: h.bot }]),
  );
  expect(actual).toEqual(expected);
  return clicks.length;
}

beforeAll(async () => {
  viewer = await userActor("viewer");
  // Addresses are stored per the privacy mode; pin the default so the checks below know it.
  settingsBefore = await readPrivacySettings(CLI_ACTOR);
  await updatePrivacySettings(CLI_ACTOR, { ipMode: "anonymized" });
  first = await seedDemo(CLI_ACTOR, { clicks: 3_000, days: 30, redirects: 10, seed: 7 });
  [firstRedirects, firstState] = await Promise.all([redirectsOf(first.redirectIds), rowsAndAggregates(first.redirectIds)]);
});

afterAll(async () => {
  await updatePrivacySettings(CLI_ACTOR, settingsBefore);
});

describe("seed-demo", () => {
  it("creates the demo redirects through the redirect service", async () => {
    expect(first).toMatchObject({ redirectsCreated: 10, redirectsFound: 0, redirectsSkipped: 0, clicks: 3_000 });
    expect(firstRedirects).toHaveLength(10);
    for (const r of firstRedirects) {
      expect(r.deletedAt).toBeNull();
      expect(r.tags.map((t) => t.tag)).toContain("demo");
    }
    const audits = await getDb().auditLog.count({ where: { action: "redirect.create", entityId: { in: first.redirectIds } } });
    expect(audits).toBe(10);
  });

  it("writes exactly the clicks asked for, in time order, over every day of the period", async () => {
    const { clicks } = firstState;
    expect(clicks).toHaveLength(3_000);
    const times = clicks.map((c) => c.at.getTime());
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(first.from.getTime());
    expect(Math.max(...times)).toBeLessThan(first.to.getTime());
    const days = new Set(times.map((t) => Math.floor((t - first.from.getTime()) / DAY)));
    expect(days.size).toBe(30);
    // Zipf-like: the most popular redirect gets several times the clicks of the tenth.
    const per = (id: string) => clicks.filter((c) => c.redirectId === id).length;
    expect(per(first.redirectIds[0])).toBeGreaterThan(3 * per(first.redirectIds[9]));
  });

  it("copies event type and properties from each redirect", async () => {
    const redirects = new Map(firstRedirects.map((r) => [r.id, r]));
    for (const c of firstState.clicks) {
      const r = redirects.get(c.redirectId!)!;
      expect({ eventType: c.eventType, properties: c.properties, targetUrl: c.targetUrl, source: c.source }).toEqual({
        eventType: r.eventType,
        properties: r.eventProperties,
        targetUrl: r.targetUrl,
        source: "redirect",
      });
    }
  });

  it("flags bots with a reason, and keeps countries consistent with anonymized addresses", async () => {
    const { clicks } = firstState;
    const bots = clicks.filter((c) => c.isBot);
    expect(bots.length).toBe(first.bots);
    expect(bots.length / clicks.length).toBeGreaterThan(0.03);
    expect(bots.length / clicks.length).toBeLessThan(0.15);
    expect(bots.every((c) => c.botReason !== null)).toBe(true);
    expect(bots.some((c) => c.botReason?.startsWith("scanner:"))).toBe(true);
    expect(clicks.filter((c) => !c.isBot).every((c) => c.botReason === null)).toBe(true);

    const withIp = clicks.filter((c) => c.ip !== null);
    expect(withIp.length).toBeGreaterThan(2_500);
    for (const c of withIp) {
      expect(c.ip).toMatch(/\.0$|::$/);
      expect(lookupCountry(c.ip)).toBe(c.country);
    }
    expect(new Set(clicks.map((c) => c.country)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(clicks.map((c) => c.browser)).size).toBeGreaterThanOrEqual(6);

    const perSession = new Map<string, number>();
    for (const c of clicks) if (c.sessionId) perSession.set(c.sessionId, (perSession.get(c.sessionId) ?? 0) + 1);
    expect([...perSession.values()].some((n) => n >= 3)).toBe(true);
    expect(clicks.some((c) => c.sessionId === null && c.privacyReason === null && !c.isBot)).toBe(true);
  });

  it("keeps the hourly aggregates equal to the rows written", async () => {
    expect(expectAggregatesToMatchRows(firstState)).toBe(3_000);
  });

  it("finds the existing redirects on a second run, keeps their edits and skips deleted ones", async () => {
    const [edited, deleted] = first.redirectIds;
    await updateRedirect(CLI_ACTOR, edited, { eventType: "edited_click", eventProperties: { edited: true } });
    await deleteRedirect(CLI_ACTOR, deleted);
    const deletedClicks = await getDb().click.count({ where: { redirectId: deleted } });
    const second = await seedDemo(CLI_ACTOR, { clicks: 500, days: 30, redirects: 12, seed: 8 });
    expect(second).toMatchObject({ redirectsCreated: 2, redirectsFound: 9, redirectsSkipped: 1, clicks: 500 });
    expect(second.redirectIds).not.toContain(deleted);
    expect(second.redirectIds).toEqual(expect.arrayContaining(first.redirectIds.filter((id) => id !== deleted)));
    expect(await getDb().redirect.count({ where: { id: { startsWith: "demo-" } } })).toBe(12);

    const ids = [...new Set([...first.redirectIds, ...second.redirectIds])];
    expect(expectAggregatesToMatchRows(await rowsAndAggregates(ids))).toBe(3_500);
    expect(await getDb().click.count({ where: { redirectId: deleted } })).toBe(deletedClicks);
    const newEdited = await getDb().click.findMany({ where: { redirectId: edited, eventType: "edited_click" } });
    expect(newEdited.length).toBeGreaterThan(0);
    expect(newEdited.every((c) => (c.properties as { edited?: boolean }).edited === true)).toBe(true);
  });

  it("refuses viewers and invalid options without writing anything", async () => {
    const before = await getDb().click.count();
    await expectAppError(seedDemo(viewer, { clicks: 10 }), "forbidden");
    const err = await expectAppError(seedDemo(CLI_ACTOR, { clicks: "many", days: 0, redirects: 500 }), "bad_request");
    expect(Object.keys(err.details ?? {}).sort()).toEqual(["clicks", "days", "redirects"]);
    await expectAppError(seedDemo(CLI_ACTOR, { clicks: 20_000_000 }), "bad_request");
    expect(await getDb().click.count()).toBe(before);
  });
});
