import type { Interval } from "@/lib/analytics/range";

/** Labels of a series bucket (an hour or a day) in the report's time zone: short for axis ticks, full for tooltips. */
export function bucketFormatter(interval: Interval, tz: string, kind: "tick" | "full"): (iso: string) => string {
  const options: Intl.DateTimeFormatOptions =
    interval === "hour"
      ? kind === "tick"
        ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
        : { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
      : kind === "tick"
        ? { day: "numeric", month: "short" }
        : { weekday: "short", day: "numeric", month: "short", year: "numeric" };
  const format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: tz });
  return (iso) => format.format(new Date(iso));
}
