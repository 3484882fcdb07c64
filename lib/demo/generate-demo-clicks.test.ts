import { describe, expect, it } from "vitest";
import { lookupCountry } from "../clicks/geoip";
import type { JsonObject } from "../json/json-value";
import { buildDemoAudience } from "./demo-audience";
import { demoRedirects } from "./demo-redirects";
import { generateDemoClicks, type DemoClickPlan } from "./generate-demo-clicks";

const audience = buildDemoAudience();
const end = new Date("2026-11-26T10:30:00Z");

function plan(over: Partial<DemoClickPlan> = {}): DemoClickPlan {
  return {
    clicks: 4_000,
    days: 14,
    end,
    seed: 42,
    targets: demoRedirects(12).map((s) => ({
      ...s,
      id: s.redirect.id,
      targetUrl: s.redirect.targetUrl,
      eventType: s.redirect.eventType ?? "link_click",
      properties: (s.redirect.eventProperties ?? {}) as JsonObject,
    })),
    audience,
    ipMode: "full",
    isOptedOut: () => false,
    batchSize: 1_000,
    ...over,
  };
}

const all = (p: DemoClickPlan) => [...generateDemoClicks(p)].flat();

describe("generateDemoClicks", () => {
  it("makes exactly the clicks asked for, in batches, in time order within the period", () => {
    const batches = [...generateDemoClicks(plan())];
    expect(batches.map((b) => b.length)).toEqual([1_000, 1_000, 1_000, 1_000]);
    const times = batches.flat().map((c) => c.row.at.getTime());
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
    expect(times[0]).toBeGreaterThanOrEqual(end.getTime() - 14 * 86_400_000);
    expect(times.at(-1)).toBeLessThan(end.getTime());
    // Every day of the period has clicks, and weekdays have more than weekends.
    const perDay = new Map<number, number>();
    for (const t of times) perDay.set(new Date(t).getUTCDay(), (perDay.get(new Date(t).getUTCDay()) ?? 0) + 1);
    expect(perDay.size).toBe(7);
    expect(perDay.get(2)!).toBeGreaterThan(perDay.get(6)!);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const rows = (seed: number) => all(plan({ seed })).map((c) => ({ ...c.row, at: c.row.at.getTime() }));
    expect(rows(42)).toEqual(rows(42));
    expect(rows(43)).not.toEqual(rows(42));
  });

  it("gives the first redirects most clicks and starts launched ones later", () => {
    const clicks = all(plan());
    const count = (id: string) => clicks.filter((c) => c.row.redirectId === id).length;
    expect(count("demo-spring-sale")).toBeGreaterThan(count("demo-onboarding-day3"));
    // The product launch starts 55 % into the period.
    const launch = end.getTime() - 0.45 * 14 * 86_400_000;
    const launched = clicks.filter((c) => c.row.redirectId === "demo-product-launch");
    expect(launched.length).toBeGreaterThan(0);
    expect(launched.every((c) => c.row.at.getTime() >= launch - 3_600_000)).toBe(true);
  });

  it("stores rows as the pipeline would: bots with a reason, real countries, sessions that come back", () => {
    const clicks = all(plan({ clicks: 10_000 }));
    const bots = clicks.filter((c) => c.row.isBot);
    expect(bots.length / clicks.length).toBeGreaterThan(0.04);
    expect(bots.length / clicks.length).toBeLessThan(0.12);
    expect(bots.every((c) => c.row.botReason && c.sessionKey === null && c.visitorKey === null)).toBe(true);
    expect(new Set(bots.map((c) => c.row.botReason)).size).toBeGreaterThanOrEqual(10);
    expect(clicks.filter((c) => !c.row.isBot).every((c) => c.row.botReason === null)).toBe(true);

    for (const c of clicks) if (c.row.ip) expect(lookupCountry(c.row.ip)).toBe(c.row.country);
    expect(new Set(clicks.map((c) => c.row.country)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(clicks.map((c) => c.row.browser)).size).toBeGreaterThanOrEqual(8);
    expect([...new Set(clicks.map((c) => c.row.deviceType))]).toEqual(
      expect.arrayContaining(["desktop", "mobile", "tablet", "bot"]),
    );

    const perSession = new Map<string, number>();
    for (const c of clicks) if (c.row.sessionId) perSession.set(c.row.sessionId, (perSession.get(c.row.sessionId) ?? 0) + 1);
    expect([...perSession.values()].some((n) => n >= 10)).toBe(true);
    expect(clicks.filter((c) => c.row.sessionId === null && c.row.privacyReason === null).length).toBeGreaterThan(1_000);

    const anonymous = clicks.filter((c) => c.row.privacyReason !== null);
    expect(anonymous.length).toBeGreaterThan(0);
    for (const c of anonymous) expect(c.row).toMatchObject({ sessionId: null, ip: null, userAgent: null, referer: null });
  });

  it("applies the IP mode and the opt-out list", () => {
    const optedOut = all(plan()).find((c) => c.row.sessionId && !c.row.isBot)!.row.sessionId!;
    const clicks = all(plan({ ipMode: "anonymized", isOptedOut: (s) => s === optedOut }));
    expect(clicks.some((c) => c.row.sessionId === optedOut)).toBe(false);
    expect(clicks.some((c) => c.row.privacyReason === "opt-out")).toBe(true);
    const v4 = clicks.map((c) => c.row.ip).filter((ip): ip is string => ip !== null && ip.includes("."));
    expect(v4.length).toBeGreaterThan(0);
    expect(v4.every((ip) => ip.endsWith(".0"))).toBe(true);
  });
});
