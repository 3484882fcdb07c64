import type { ClickRow } from "../clicks/enrich-click";
import type { JsonValue } from "../json/json-value";

/**
 * One click as the log, its API and its CSV show it: every stored column (ClickRow,
 * lib/clicks/click-columns.ts) with the date as ISO 8601 UTC, its ID and its redirect's name.
 */
export interface ClickLogRow extends Omit<ClickRow, "at" | "properties"> {
  id: number;
  at: string;
  /** The redirect's name, also after it was deleted; null for clicks of no redirect. */
  redirectName: string | null;
  properties: JsonValue;
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
