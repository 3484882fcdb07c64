import type { StoredClick } from "./event-payload";

/** One stored click with every field set, shared by the payload format tests. */
export const CLICK: StoredClick = {
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
  sessionIssue: null,
};
