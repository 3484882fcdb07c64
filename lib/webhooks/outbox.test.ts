import { describe, expect, it } from "vitest";
import type { ClickRow } from "../clicks/enrich-click";
import { clickTags, groupTags, outboxRows, toDestinationFilter, wantsClick, DELIVERY_WINDOW_MS } from "./outbox";

const click = (over: Partial<ClickRow> = {}): ClickRow => ({
  at: new Date("2026-11-26T10:00:00Z"),
  redirectId: "spring",
  sessionId: "s-1",
  eventType: "redirect",
  properties: {},
  targetUrl: "https://example.com/",
  source: "redirect",
  ip: null,
  userAgent: null,
  browser: null,
  os: null,
  deviceType: null,
  isBot: false,
  botReason: null,
  country: null,
  referer: null,
  acceptLanguage: null,
  privacyReason: null,
  sessionIssue: null,
  ...over,
});

const dest = (over: Partial<{ eventTypes: string[]; redirectIds: string[]; tags: string[] }> = {}) =>
  toDestinationFilter({ id: "d", eventTypes: [], redirectIds: [], tags: [], ...over });

describe("webhook outbox matching", () => {
  it("empty filters want every click", () => {
    expect(wantsClick(dest(), click(), [])).toBe(true);
    expect(wantsClick(dest(), click({ redirectId: null, source: "pixel" }), [])).toBe(true);
  });

  it("filters by the event type receivers see, not the stored one", () => {
    expect(wantsClick(dest({ eventTypes: ["redirect.clicked"] }), click(), [])).toBe(true);
    expect(wantsClick(dest({ eventTypes: ["redirect.clicked"] }), click({ eventType: "click", source: "signed" }), [])).toBe(
      true,
    );
    expect(wantsClick(dest({ eventTypes: ["email.opened"] }), click(), [])).toBe(false);
    expect(wantsClick(dest({ eventTypes: ["email.opened"] }), click({ source: "pixel", eventType: "open" }), [])).toBe(true);
    expect(wantsClick(dest({ eventTypes: ["signup"] }), click({ eventType: "signup" }), [])).toBe(true);
  });

  it("a destination naming redirects or tags wants clicks of either", () => {
    const d = dest({ redirectIds: ["spring"], tags: ["vip"] });
    expect(wantsClick(d, click(), [])).toBe(true);
    expect(wantsClick(d, click({ redirectId: "autumn" }), ["vip"])).toBe(true);
    expect(wantsClick(d, click({ redirectId: "autumn" }), ["other"])).toBe(false);
    expect(wantsClick(d, click({ redirectId: null }), [])).toBe(false);
  });

  it("a click's tags are its redirect's plus a signed link's own", () => {
    const tags = groupTags([
      { redirectId: "spring", tag: "a" },
      { redirectId: "spring", tag: "b" },
    ]);
    expect(clickTags(click(), tags)).toEqual(["a", "b"]);
    expect(clickTags(click({ redirectId: null, properties: { tags: ["c", 4] } }), tags)).toEqual(["c"]);
  });

  it("reads the JSON arrays as SQLite returns them (text) and ignores junk", () => {
    expect(toDestinationFilter({ id: "x", eventTypes: '["email.opened"]', redirectIds: "not json", tags: null })).toEqual({
      id: "x",
      eventTypes: ["email.opened"],
      redirectIds: [],
      tags: [],
    });
  });

  it("makes one row per click and wanting destination, with the click's event ID and a day to deliver", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    const rows = outboxRows(
      [
        { id: 7, row: click() },
        { id: 8, row: click({ source: "pixel", eventType: "open" }) },
      ],
      [dest(), { ...dest({ eventTypes: ["email.opened"] }), id: "opens" }],
      new Map(),
      now,
    );
    expect(rows.map((r) => [r.destinationId, r.clickId, r.eventId, r.eventType])).toEqual([
      ["d", 7, "evt_7", "redirect.clicked"],
      ["d", 8, "evt_8", "email.opened"],
      ["opens", 8, "evt_8", "email.opened"],
    ]);
    expect(rows[0].expiresAt.getTime() - now.getTime()).toBe(DELIVERY_WINDOW_MS);
  });
});
