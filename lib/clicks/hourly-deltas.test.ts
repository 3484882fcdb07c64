import { describe, expect, it } from "vitest";
import type { ClickRow, EnrichedClick } from "./enrich-click";
import { ALL_SCOPE, dimRows, hourlyDeltas, refererHost } from "./hourly-deltas";

function click(over: Partial<ClickRow>, sessionKey: string | null = "s"): EnrichedClick {
  const row: ClickRow = {
    at: new Date("2026-11-20T10:15:00Z"),
    redirectId: "a",
    sessionId: sessionKey,
    eventType: "redirect",
    properties: {},
    targetUrl: "https://example.com",
    source: "redirect",
    ip: null,
    userAgent: null,
    browser: "Chrome",
    os: "Android",
    deviceType: "mobile",
    isBot: false,
    botReason: null,
    country: "DE",
    referer: null,
    acceptLanguage: null,
    privacyReason: null,
    sessionIssue: null,
    ...over,
  };
  return { row, sessionKey, visitorKey: null };
}

describe("hourlyDeltas", () => {
  it("counts each click once per redirect hour and once in the all-clicks scope", () => {
    const deltas = hourlyDeltas([
      click({}),
      click({ redirectId: "b", isBot: true, country: null }, null),
      click({ at: new Date("2026-11-20T11:00:00Z"), browser: "Firefox" }, "t"),
    ]);
    const key = (d: (typeof deltas)[number]) => `${d.redirectId}@${d.start.toISOString().slice(11, 13)}`;
    expect(deltas.map(key).sort()).toEqual(["*@10", "*@11", "a@10", "a@11", "b@10"]);
    const all10 = deltas.find((d) => d.redirectId === ALL_SCOPE && d.start.getUTCHours() === 10)!;
    expect(all10).toMatchObject({ total: 2, human: 1, bot: 1 });
    expect(all10.sessions.count()).toBe(1);
    expect(Object.fromEntries(all10.dims.country)).toEqual({
      DE: { total: 1, human: 1, bot: 0 },
      "": { total: 1, human: 0, bot: 1 },
    });
    const rows = dimRows(deltas);
    // 5 dimensions for each of the 5 scope-hours, plus the second country value at 10:00 for "*".
    expect(rows).toHaveLength(26);
    expect(
      rows
        .filter((r) => r.scope === "a" && r.dim === "browser")
        .map((r) => r.value)
        .sort(),
    ).toEqual(["Chrome", "Firefox"]);
  });
});

describe("refererHost", () => {
  it.each([
    [null, ""],
    ["", ""],
    ["https://News.Example.com:8443/path?q=1", "news.example.com"],
    ["https://user:pw@example.org/x", "example.org"],
    ["android-app://com.slack/", "com.slack"],
    ["not a url", "not a url"],
  ])("%s → %s", (referer, host) => {
    expect(refererHost(referer)).toBe(host);
  });
});
