import { pgTimestamp } from "../db/sql-dates";
import type { ClickRow } from "./enrich-click";

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One field of PostgreSQL's COPY text format: \N is NULL; backslash, tab and line breaks escaped. */
export function copyField(value: string | null): string {
  if (value === null) return "\\N";
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (ch) => ESCAPES[ch]) : value;
}

/**
 * A batch of clicks as COPY text rows (CLICK_COLUMNS, then the ID when given). Cheaper
 * than INSERT … SELECT unnest(arrays) on both sides: no array literals to build or parse
 * (bench/RESULTS.md, "2026-11-26 (late)").
 */
export function clickCopyRows(rows: ClickRow[], ids: number[] | null): string {
  let text = "";
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    text +=
      `${pgTimestamp(r.at)}\t${copyField(r.redirectId)}\t${copyField(r.sessionId)}\t${copyField(r.eventType)}\t` +
      `${copyField(JSON.stringify(r.properties))}\t${copyField(r.targetUrl)}\t${copyField(r.source)}\t` +
      `${copyField(r.ip)}\t${copyField(r.userAgent)}\t${copyField(r.browser)}\t${copyField(r.os)}\t` +
      `${copyField(r.deviceType)}\t${r.isBot ? "t" : "f"}\t${copyField(r.botReason)}\t${copyField(r.country)}\t` +
      `${copyField(r.referer)}\t${copyField(r.acceptLanguage)}\t${copyField(r.privacyReason)}\t` +
      copyField(r.sessionIssue) +
      (ids ? `\t${ids[i]}\n` : "\n");
  }
  return text;
}
