import type { JsonValue } from "../json/json-value";

/** One click as the log, its API and its CSV show it: every stored field, dates as ISO 8601 UTC. */
export interface ClickLogRow {
  id: number;
  at: string;
  redirectId: string | null;
  /** The redirect's name, also after it was deleted; null for clicks of no redirect. */
  redirectName: string | null;
  sessionId: string | null;
  eventType: string;
  properties: JsonValue;
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

export const clickLogInclude = { redirect: { select: { name: true } } } as const;

interface StoredClick extends Omit<ClickLogRow, "at" | "redirectName" | "properties"> {
  at: Date;
  properties: unknown;
  redirect: { name: string } | null;
}

export function toClickLogRow(c: StoredClick): ClickLogRow {
  return {
    id: c.id,
    at: c.at.toISOString(),
    redirectId: c.redirectId,
    redirectName: c.redirect?.name ?? null,
    sessionId: c.sessionId,
    eventType: c.eventType,
    properties: (c.properties ?? {}) as JsonValue,
    targetUrl: c.targetUrl,
    source: c.source,
    ip: c.ip,
    userAgent: c.userAgent,
    browser: c.browser,
    os: c.os,
    deviceType: c.deviceType,
    isBot: c.isBot,
    botReason: c.botReason,
    country: c.country,
    referer: c.referer,
    acceptLanguage: c.acceptLanguage,
    privacyReason: c.privacyReason,
    sessionIssue: c.sessionIssue,
  };
}
