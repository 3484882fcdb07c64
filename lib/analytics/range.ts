import { TZDate, tz as inZone } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";
import { z } from "zod";
import { AppError, fieldErrors } from "../errors";

export const RANGE_PRESETS = ["24h", "7d", "30d", "90d", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type Interval = "hour" | "day";

const HOUR_MS = 3_600_000;
/** The longest range a report or log query covers: two years of hourly aggregates. */
export const MAX_RANGE_DAYS = 732;
const PRESET_DAYS: Record<Exclude<RangePreset, "24h" | "custom">, number> = { "7d": 7, "30d": 30, "90d": 90 };

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const TIME_ZONE_MESSAGE = "must be an IANA time zone such as Europe/Berlin or UTC";

export const timeZoneSchema = z
  .string()
  .trim()
  // abort: later checks run after a failed one unless told not to.
  .max(64, { error: TIME_ZONE_MESSAGE, abort: true })
  .refine(isTimeZone, { error: TIME_ZONE_MESSAGE });

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Years a bound may name, well inside 0000–9999: past them an instant (with a time zone's
 * offset, or the previous period before it) is no longer a 4-digit ISO year, which Prisma
 * cannot send to either database (a 500 before) and SQLite's text dates would misorder.
 */
export const MIN_RANGE_YEAR = 1970;
export const MAX_RANGE_YEAR = 2999;

const DATE_BOUND_MESSAGE = "must be a date (YYYY-MM-DD) or an ISO 8601 date-time";

/** A calendar day in the report's time zone (YYYY-MM-DD) or an exact ISO 8601 instant. */
const dateBoundSchema = z
  .string()
  .trim()
  .max(40, { error: DATE_BOUND_MESSAGE, abort: true })
  .refine((v) => (DATE_ONLY.test(v) ? isRealDate(v) : !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v)), {
    error: DATE_BOUND_MESSAGE,
    abort: true,
  })
  .refine(
    (v) => {
      const year = Number(v.slice(0, 4));
      return year >= MIN_RANGE_YEAR && year <= MAX_RANGE_YEAR;
    },
    { error: `must be between ${MIN_RANGE_YEAR}-01-01 and ${MAX_RANGE_YEAR}-12-31` },
  );

/** The range part of every analytics query, from the URL of a page or an API request. */
export const rangeQuerySchema = z.object({
  range: z.enum(RANGE_PRESETS, { error: `must be one of ${RANGE_PRESETS.join(", ")}` }).optional(),
  from: dateBoundSchema.optional(),
  to: dateBoundSchema.optional(),
  tz: timeZoneSchema.default("UTC"),
});
export type RangeQuery = z.input<typeof rangeQuerySchema>;

export interface ResolvedRange {
  preset: RangePreset;
  /** Inclusive start, on a whole UTC hour. */
  from: Date;
  /** Exclusive end, on a whole UTC hour. */
  to: Date;
  tz: string;
  interval: Interval;
  /** The period of the same length just before, for the change figures. */
  previous: { from: Date; to: Date };
}

/**
 * Turns a validated query into hour-aligned instants. Presets end with the current hour
 * (24h) or today in the time zone (days); a custom range of calendar days includes both
 * ends. Aggregates are per UTC hour, so bounds are floored to whole hours: exact in every
 * whole-hour time zone, up to 30 minutes off in the few others (docs/adr/0009).
 */
export function resolveRange(query: z.output<typeof rangeQuerySchema>, now = new Date()): ResolvedRange {
  const { tz } = query;
  const zone = inZone(tz);
  const preset: RangePreset = query.range ?? (query.from || query.to ? "custom" : "30d");
  let from: Date;
  let to: Date;
  if (preset === "24h") {
    to = new Date(floorHour(now.getTime()) + HOUR_MS);
    from = new Date(to.getTime() - 24 * HOUR_MS);
  } else if (preset === "custom") {
    if (!query.from || !query.to) {
      throw new AppError("bad_request", "A custom range needs both from and to.", {
        [query.from ? "to" : "from"]: ["is required for a custom range"],
      });
    }
    from = bound(query.from, tz, false);
    to = bound(query.to, tz, true);
  } else {
    const today = startOfDay(now, { in: zone });
    to = addDays(today, 1, { in: zone });
    from = addDays(today, 1 - PRESET_DAYS[preset], { in: zone });
  }
  from = new Date(floorHour(from.getTime()));
  to = new Date(ceilHour(to.getTime()));
  if (to <= from) {
    throw new AppError("bad_request", "The range ends before it starts.", { to: ["must be after from"] });
  }
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 24 * HOUR_MS) {
    throw new AppError("bad_request", `A range may cover at most ${MAX_RANGE_DAYS} days.`, {
      from: [`must be at most ${MAX_RANGE_DAYS} days before to`],
    });
  }
  const span = to.getTime() - from.getTime();
  return {
    preset,
    from,
    to,
    tz,
    interval: span <= 48 * HOUR_MS ? "hour" : "day",
    previous: { from: new Date(from.getTime() - span), to: from },
  };
}

/** Validates and resolves in one step: a 400 with a message per field on bad input. */
export function parseRange(input: Record<string, unknown>, now = new Date()): ResolvedRange {
  const parsed = rangeQuerySchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("bad_request", "The date range is invalid.", fieldErrors(parsed.error));
  }
  return resolveRange(parsed.data, now);
}

/**
 * For pages: never an error page for a hand-edited URL. Invalid parts fall back to the
 * defaults and are reported, so the page can say what it corrected.
 */
export function parseRangeLenient(
  input: Record<string, string | undefined>,
  now = new Date(),
): { range: ResolvedRange; corrected: string[] } {
  try {
    return { range: parseRange(input, now), corrected: [] };
  } catch (err) {
    const corrected =
      err instanceof AppError ? [err.message, ...Object.entries(err.details ?? {}).map(([k, v]) => `${k} ${v.join(", ")}`)] : [];
    const tz = timeZoneSchema.safeParse(input.tz ?? "UTC");
    return { range: resolveRange({ tz: tz.success ? tz.data : "UTC" }, now), corrected };
  }
}

/** The URL parameters that reproduce a range (presets stay relative to "now"). */
export function rangeParams(range: Pick<ResolvedRange, "preset" | "from" | "to" | "tz">): Record<string, string> {
  const params: Record<string, string> = { range: range.preset, tz: range.tz };
  if (range.preset === "custom") {
    params.from = localDate(range.from, range.tz);
    params.to = localDate(new Date(range.to.getTime() - 1), range.tz);
  }
  return params;
}

/** YYYY-MM-DD of an instant in a time zone. */
export function localDate(at: Date, tz: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

function bound(value: string, tz: string, isEnd: boolean): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  const [y, m, d] = value.split("-").map(Number);
  const day = new TZDate(y, m - 1, d, tz);
  return isEnd ? addDays(day, 1) : day;
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const floorHour = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;
const ceilHour = (ms: number) => Math.ceil(ms / HOUR_MS) * HOUR_MS;
