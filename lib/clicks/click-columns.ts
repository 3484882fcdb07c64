import type { ClickRow } from "./enrich-click";

/** The Click columns a batch of clicks fills, in this order in both writers. */
export const CLICK_COLUMNS = [
  "at",
  "redirectId",
  "sessionId",
  "eventType",
  "properties",
  "targetUrl",
  "source",
  "ip",
  "userAgent",
  "browser",
  "os",
  "deviceType",
  "isBot",
  "botReason",
  "country",
  "referer",
  "acceptLanguage",
  "privacyReason",
  "sessionIssue",
] as const satisfies readonly (keyof ClickRow)[];

/** CLICK_COLUMNS quoted for SQL: `"at","redirectId",…`. */
export const CLICK_COLUMNS_SQL = CLICK_COLUMNS.map((c) => `"${c}"`).join(",");
