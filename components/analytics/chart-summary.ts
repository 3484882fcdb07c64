import type { Interval } from "@/lib/analytics/range";
import type { SeriesPoint } from "@/lib/analytics/report-types";
import { bucketFormatter } from "./bucket-format";
import { numberFormat } from "./format";

/** The clicks chart in one sentence, for screen readers. */
export function chartSummary(series: SeriesPoint[], interval: Interval, tz: string): string {
  if (series.length === 0) return "No data.";
  const format = bucketFormatter(interval, tz, "full");
  const total = series.reduce((n, p) => n + p.total, 0);
  const bot = series.reduce((n, p) => n + p.bot, 0);
  const peak = series.reduce((best, p) => (p.total > best.total ? p : best), series[0]);
  const span = `${format(series[0].t)} to ${format(series[series.length - 1].t)} (${tz})`;
  if (total === 0) return `No clicks from ${span}.`;
  return `From ${span}: ${numberFormat.format(total)} clicks, ${numberFormat.format(total - bot)} human and ${numberFormat.format(bot)} bot. Busiest: ${format(peak.t)} with ${numberFormat.format(peak.total)}.`;
}
