import { z } from "zod";
import { AppError, fieldErrors } from "../errors";
import { REDIRECT_ID_PATTERN } from "../redirects/schema";
import { sessionIdSchema } from "../sessions/session-id";
import { decodeCursor, verifyCursor } from "./click-log-cursor";
import { rangeQuerySchema, resolveRange, type ResolvedRange } from "./range";

/**
 * The click log's query: one schema for the page's URL, GET /api/v1/clicks and both CSV
 * exports. Client components import its constants and types, so nothing server-only here.
 */

const CLICK_KINDS = ["all", "human", "bot"] as const;
export const DEVICE_TYPES = ["desktop", "mobile", "tablet", "bot", "other"] as const;
/**
 * Sortable columns. Only time: keyset pages walk the (at) index in either direction in a few
 * ms. Measured on SQLite at 1,000,000 clicks, the first page sorted by country took 125 ms over
 * 30 days and 312 ms over 90, by redirect 95 / 292 ms, by browser 300 ms over 30 days: each
 * sorts every row in the range, so none stays under ~150 ms a page.
 */
const CLICK_LOG_SORTS = ["time"] as const;
const SORT_ORDERS = ["desc", "asc"] as const;
/** In the country, browser, os and device filters: clicks where the value is unknown (null). */
export const UNKNOWN_VALUE = "-";
export const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
/** Filters beside the range, in the order the URL and the filter bar list them. */
export const CLICK_LOG_FILTERS = ["redirect", "kind", "country", "browser", "os", "device", "session", "ip"] as const;
export type ClickLogFilter = (typeof CLICK_LOG_FILTERS)[number];

const MAX_NAME_LENGTH = 64;

/** Browser and OS names as stored ("Chrome", "macOS"); matched exactly, never as a pattern. */
const nameSchema = z
  .string({ error: "must be a string" })
  .trim()
  .max(MAX_NAME_LENGTH, { error: `must be at most ${MAX_NAME_LENGTH} characters` });

const IP_MESSAGE = "must be an IP address, or the start of an IPv4 one ending in a dot (203.0.113.)";
const IPV4_PREFIX = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){1,3}$/;

/**
 * An IPv4 or IPv6 address, matched exactly against the stored one (with the default
 * `anonymized` mode IPv4 addresses are stored as a.b.c.0, IPv6 as their /48); or one to three
 * leading IPv4 octets ending in a dot ("203.0.113.") for every address of that network.
 * IPv6 is normalised the way it is stored (RFC 5952), so "2001:DB8:0:0::1" finds "2001:db8::1",
 * and an IPv4-mapped one (::ffff:a.b.c.d) is its IPv4 address, as lib/http/client-ip.ts stores it.
 */
const ipSchema = z
  .string({ error: "must be a string" })
  .trim()
  .max(45, { error: IP_MESSAGE, abort: true })
  .refine((v) => IPV4_PREFIX.test(v) || z.ipv4().safeParse(v).success || z.ipv6().safeParse(v).success, {
    error: IP_MESSAGE,
  })
  .transform(normalizeIp);

function normalizeIp(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  return ip.includes(":") ? new URL(`http://[${ip}]`).hostname.slice(1, -1) : ip;
}

const clickLogObject = z.object({
  ...rangeQuerySchema.shape,
  redirect: z
    .string({ error: "must be a string" })
    .trim()
    .regex(REDIRECT_ID_PATTERN, { error: "must be a redirect ID" })
    .optional(),
  kind: z.enum(CLICK_KINDS, { error: `must be one of ${CLICK_KINDS.join(", ")}` }).default("all"),
  country: z
    .string({ error: "must be a string" })
    .trim()
    .toUpperCase()
    .regex(/^(?:[A-Z]{2}|-)$/, { error: `must be a two-letter country code (ISO 3166), or ${UNKNOWN_VALUE} for unknown` })
    .optional(),
  browser: nameSchema.optional(),
  os: nameSchema.optional(),
  device: z
    .enum([...DEVICE_TYPES, UNKNOWN_VALUE], {
      error: `must be one of ${DEVICE_TYPES.join(", ")}, or ${UNKNOWN_VALUE} for unknown`,
    })
    .optional(),
  session: sessionIdSchema.optional(),
  ip: ipSchema.optional(),
  sort: z.enum(CLICK_LOG_SORTS, { error: `must be ${CLICK_LOG_SORTS.join(" or ")}` }).default("time"),
  order: z.enum(SORT_ORDERS, { error: "must be desc or asc" }).default("desc"),
  cursor: z
    .string({ error: "must be a string" })
    .transform((v, ctx) => {
      const cursor = decodeCursor(v);
      if (!cursor) ctx.addIssue({ code: "custom", message: "is not a cursor this API returned" });
      return cursor ?? z.NEVER;
    })
    .optional(),
  limit: z.coerce
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be at least 1" })
    .max(MAX_LIMIT, { error: `must be at most ${MAX_LIMIT}` })
    .default(DEFAULT_LIMIT),
});

/**
 * Empty parameters (`?country=`) mean "no filter", as a cleared form field sends them. A
 * cursor only continues the query it came from: a changed filter or order makes it a 400.
 */
export const clickLogQuerySchema = z.preprocess(
  withoutEmptyValues,
  clickLogObject.superRefine((query, ctx) => {
    if (query.cursor && !verifyCursor(query.cursor, filterKey(query))) {
      ctx.addIssue({
        code: "custom",
        path: ["cursor"],
        message: "belongs to another query (filters or order changed); start without it",
      });
    }
  }),
);

export type ClickLogQuery = z.output<typeof clickLogQuerySchema>;

/** A validated query with its range resolved to instants. */
export interface ClickLogRequest {
  query: ClickLogQuery;
  range: ResolvedRange;
}

/** For the API and the exports: any invalid part is a 400 whose message names the fields. */
export function parseClickLogQuery(input: unknown, now = new Date()): ClickLogRequest {
  const parsed = clickLogQuerySchema.safeParse(input);
  if (!parsed.success) throw invalidQuery(fieldErrors(parsed.error));
  try {
    return { query: parsed.data, range: resolveRange(parsed.data, now) };
  } catch (err) {
    // A reversed, too long or half custom range: the same message shape as a bad field.
    throw err instanceof AppError && err.details ? invalidQuery(err.details) : err;
  }
}

function invalidQuery(details: Record<string, string[]>): AppError {
  const summary = Object.entries(details).map(([field, messages]) => `${field} ${messages.join(", ")}`);
  return new AppError("bad_request", `Invalid click log query: ${summary.join("; ")}.`, details);
}

/**
 * For the page: a hand-edited URL never gives an error page. Invalid parameters are dropped
 * (a too large limit is clamped) and listed in `corrected` so the page can say so; a stale
 * cursor just means the first page, without a word.
 */
export function parseClickLogQueryLenient(
  input: Record<string, string | undefined>,
  now = new Date(),
): { request: ClickLogRequest; corrected: string[] } {
  const corrected: string[] = [];
  let current: Record<string, string | undefined> = { ...input };
  // Each round drops what the last one rejected; resolving the range can only fail after the
  // fields parse, so a few rounds always end with a valid query.
  for (let round = 0; round < 4; round++) {
    try {
      return { request: parseClickLogQuery(current, now), corrected };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const details = err.details ?? {};
      current = { ...current };
      for (const [field, messages] of Object.entries(details)) {
        if (field !== "cursor") corrected.push(`${field} ${messages.join(", ")}`);
        delete current[field];
      }
      // A bad bound, a reversed or too long span: the range falls back to its default as a
      // whole (keeping the time zone), not to a half-custom one.
      if (["range", "from", "to"].some((f) => f in details)) {
        delete current.range;
        delete current.from;
        delete current.to;
      }
      const asked = Number(input.limit);
      if ("limit" in details && Number.isInteger(asked) && asked > MAX_LIMIT) current.limit = String(MAX_LIMIT);
    }
  }
  return { request: parseClickLogQuery({}, now), corrected };
}

/** The filters and order a cursor is bound to, in a fixed order. */
export function filterKey(query: Omit<z.output<typeof clickLogObject>, "cursor" | "limit">): string {
  return JSON.stringify([
    query.range ?? null,
    query.from ?? null,
    query.to ?? null,
    query.tz,
    ...CLICK_LOG_FILTERS.map((f) => query[f] ?? null),
    query.sort,
    query.order,
  ]);
}

/** The URL parameters of a query's filters and order, defaults left out (no cursor, no limit). */
export function clickLogParams(query: ClickLogQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ["range", "from", "to", "tz", ...CLICK_LOG_FILTERS, "sort", "order"] as const) {
    const value = query[key];
    if (value !== undefined && value !== DEFAULTS[key]) params[key] = String(value);
  }
  return params;
}

const DEFAULTS: Record<string, string> = { kind: "all", sort: "time", order: "desc" };

function withoutEmptyValues(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  return Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "")),
  );
}
