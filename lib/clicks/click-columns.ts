import type { ClickRow } from "./enrich-click";

/**
 * How a column's value is written: `text` a string or null as it is, `timestamp` a Date,
 * `json` an object as JSON text, `boolean` true or false. Each writer encodes a kind its
 * database's way (click-sqlite-params.ts, click-copy-rows.ts).
 */
export type ClickColumnKind = "text" | "timestamp" | "json" | "boolean";

type KindOf<V> = V extends Date ? "timestamp" : V extends boolean ? "boolean" : V extends string | null ? "text" : "json";

/**
 * The Click columns a batch of clicks fills, in the order both writers use: each the ClickRow
 * field of that name, of the kind its type calls for. The compiler holds this table to
 * ClickRow field by field; prisma/models.prisma defines the table itself.
 */
const CLICK_COLUMN_KINDS = {
  at: "timestamp",
  redirectId: "text",
  sessionId: "text",
  eventType: "text",
  properties: "json",
  targetUrl: "text",
  source: "text",
  ip: "text",
  userAgent: "text",
  browser: "text",
  os: "text",
  deviceType: "text",
  isBot: "boolean",
  botReason: "text",
  country: "text",
  referer: "text",
  acceptLanguage: "text",
  privacyReason: "text",
  sessionIssue: "text",
} as const satisfies { [K in keyof ClickRow]: KindOf<ClickRow[K]> };

export type ClickColumn = keyof typeof CLICK_COLUMN_KINDS;

export const CLICK_COLUMNS = Object.keys(CLICK_COLUMN_KINDS) as ClickColumn[];

/** The kind of each of CLICK_COLUMNS, by position. */
export const CLICK_COLUMN_KIND_LIST: readonly ClickColumnKind[] = CLICK_COLUMNS.map((c) => CLICK_COLUMN_KINDS[c]);

/** CLICK_COLUMNS quoted for SQL: `"at","redirectId",…`. */
export const CLICK_COLUMNS_SQL = CLICK_COLUMNS.map((c) => `"${c}"`).join(",");
