import { detectBot } from "../bots/detect-bot";
import type { BurstDetector } from "../bots/burst-detector";
import { anonymizeIp } from "../privacy/anonymize-ip";
import { privacyReason } from "../privacy/consent";
import type { PrivacySettings } from "../settings/privacy-settings";
import type { JsonObject } from "../json/json-value";
import type { RawClick } from "./raw-click";
import { lookupCountry } from "./geoip";
import { parseUserAgent } from "../user-agent/user-agent";

/** Stored lengths; longer values are cut (README, "What a click stores"). */
export const LIMITS = { userAgent: 512, referer: 1024, acceptLanguage: 128, targetUrl: 4096 } as const;

/** One Click row as written by the click writers (the database numbers it). */
export interface ClickRow {
  at: Date;
  redirectId: string | null;
  sessionId: string | null;
  eventType: string;
  properties: JsonObject;
  targetUrl: string;
  source: string;
  ip: string | null;
  userAgent: string | null;
  browser: string | null;
  os: string | null;
  deviceType: string | null;
  isBot: boolean;
  botReason: string | null;
  country: string | null;
  referer: string | null;
  acceptLanguage: string | null;
  privacyReason: string | null;
  /** Why the link's session was not stored: malformed | unfilled (lib/sessions/session-segment.ts). */
  sessionIssue: string | null;
}

export interface EnrichedClick {
  row: ClickRow;
  /** What the unique-session and unique-visitor sketches count; null when not counted. */
  sessionKey: string | null;
  visitorKey: string | null;
}

export interface EnrichContext {
  privacy: PrivacySettings;
  isOptedOut: (sessionId: string) => boolean;
  burst: BurstDetector;
}

/**
 * Turns the facts captured on the response path into the stored click: user agent parsed,
 * country looked up, bots flagged with a reason, and privacy applied — an anonymous click
 * (consent signal or opt-out) keeps no session, IP, raw user agent or referer.
 */
export function enrichClick(raw: RawClick, ctx: EnrichContext): EnrichedClick {
  const reason = privacyReason({ gpc: raw.gpc, dnt: raw.dnt, sessionId: raw.sessionId }, ctx.isOptedOut);
  const anonymous = reason !== null;
  const userAgent = cut(raw.userAgent, LIMITS.userAgent);
  const ua = parseUserAgent(userAgent);
  let verdict = detectBot({
    method: "GET",
    userAgent,
    acceptLanguage: raw.acceptLanguage,
    purpose: raw.purpose,
    source: raw.source,
  });
  if (!verdict.isBot && isBurst(raw, ctx.burst)) verdict = { isBot: true, reason: "burst" };
  const ip = anonymous ? null : anonymizeIp(raw.ip, ctx.privacy.ipMode);
  return {
    row: {
      at: raw.at,
      redirectId: raw.redirectId,
      sessionId: anonymous ? null : raw.sessionId,
      sessionIssue: raw.sessionIssue,
      eventType: raw.eventType,
      properties: raw.properties,
      targetUrl: cut(raw.targetUrl, LIMITS.targetUrl) ?? "",
      source: raw.source,
      ip,
      userAgent: anonymous ? null : userAgent,
      browser: ua.browser,
      os: ua.os,
      deviceType: ua.deviceType,
      isBot: verdict.isBot,
      botReason: verdict.reason,
      country: lookupCountry(raw.ip),
      referer: anonymous ? null : cut(raw.referer, LIMITS.referer),
      acceptLanguage: cut(raw.acceptLanguage, LIMITS.acceptLanguage),
      privacyReason: reason,
    },
    sessionKey: verdict.isBot || anonymous ? null : raw.sessionId,
    // A visitor is an address and browser: the address as stored (cut to its network when
    // anonymized), or with IP mode none the one received, which reaches only the sketch's hash.
    visitorKey: verdict.isBot || anonymous || !raw.ip ? null : `${ip ?? raw.ip}|${userAgent ?? ""}`,
  };
}

/** Many different links from one session or one address within seconds: a scanner, not a person. */
function isBurst(raw: RawClick, burst: BurstDetector): boolean {
  const link = raw.redirectId ?? raw.targetUrl;
  const at = raw.at.getTime();
  const bySession = raw.sessionId ? burst.record(`s:${raw.sessionId}`, link, at) : false;
  const byIp = raw.ip ? burst.record(`i:${raw.ip}`, link, at) : false;
  return bySession || byIp;
}

function cut(value: string | null, max: number): string | null {
  return value === null ? null : value.slice(0, max);
}
