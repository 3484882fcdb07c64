import { describe, expect, it } from "vitest";
import { toJsonEvent, type StoredClick } from "./event-payload";
import { toTracardiTrack } from "./tracardi-payload";

const CLICK: StoredClick = {
  id: 4711,
  at: new Date("2026-11-26T12:34:56.789Z"),
  redirectId: "spring-sale",
  sessionId: "sess-42",
  eventType: "redirect",
  properties: { campaign: "spring", price: 12.5, nested: { ok: true } },
  targetUrl: "https://shop.example.com/spring",
  source: "redirect",
  ip: "203.0.113.0",
  userAgent: "Mozilla/5.0 (Macintosh) Firefox/133.0",
  browser: "Firefox",
  os: "macOS",
  deviceType: "desktop",
  isBot: false,
  botReason: null,
  country: "DE",
  referer: "https://mail.example.com/",
  acceptLanguage: "de-DE,de;q=0.9",
  privacyReason: null,
};

describe("toTracardiTrack", () => {
  it("builds the /track tracker payload with source, session, one event and the rest in context", () => {
    const event = toJsonEvent(CLICK, "Spring sale");
    const body = toTracardiTrack(event, { sourceId: "3ee63fc6-490a-4fd8-bfb3-bf0c8c8d3387" });
    expect(body).toStrictEqual({
      source: { id: "3ee63fc6-490a-4fd8-bfb3-bf0c8c8d3387" },
      session: { id: "sess-42" },
      context: {
        clicktrail: {
          id: "evt_4711",
          occurredAt: "2026-11-26T12:34:56.789Z",
          redirect: { id: "spring-sale", name: "Spring sale" },
          context: event.context,
        },
      },
      properties: {},
      events: [{ type: "redirect.clicked", properties: event.properties, options: {} }],
      options: {},
    });
  });

  it("leaves the session out for a click without one", () => {
    const body = toTracardiTrack(toJsonEvent({ ...CLICK, sessionId: null }, null), { sourceId: "src" });
    expect("session" in body).toBe(false);
    expect(body.source).toStrictEqual({ id: "src" });
  });
});
