"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardHeader } from "@/components/ui/card";
import type { Interval } from "@/lib/analytics/range";
import type { SeriesPoint } from "@/lib/analytics/report-types";
import { bucketFormatter } from "./bucket-format";
import { numberFormat } from "./format";

interface ClicksChartProps {
  series: SeriesPoint[];
  interval: Interval;
  /** The report's time zone: buckets start at its midnights, so labels must use it too. */
  tz: string;
  /**
   * The chart in words for screen readers, built on the server (see chartSummary) so the
   * server's and the browser's date formatting cannot disagree at hydration.
   */
  summary: string;
}

// Theme tokens, so the bars follow light and dark mode with the rest of the UI.
const HUMAN = "var(--accent)";
const BOT = "var(--subtle)";

/** Human and bot clicks per hour or day, stacked. */
export function ClicksChart({ series, interval, tz, summary }: ClicksChartProps) {
  const titleId = useId();
  const summaryId = useId();
  const tick = bucketFormatter(interval, tz, "tick");
  const full = bucketFormatter(interval, tz, "full");
  const title = interval === "hour" ? "Clicks per hour" : "Clicks per day";
  return (
    <Card className="min-w-0">
      <CardHeader
        title={<span id={titleId}>{title}</span>}
        description={`Times in ${tz}`}
        actions={
          <ul className="flex items-center gap-3 text-xs text-muted" aria-hidden>
            <LegendItem color={HUMAN} label="Human" />
            <LegendItem color={BOT} label="Bot" />
          </ul>
        }
      />
      <figure aria-labelledby={titleId} aria-describedby={summaryId} className="px-2 pt-4 pb-2 sm:px-4">
        <figcaption id={summaryId} className="sr-only">
          {summary}
        </figcaption>
        <BarChart
          responsive
          data={series}
          margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
          barCategoryGap={series.length > 60 ? 1 : "15%"}
          className="h-52 w-full sm:h-64"
          style={{ width: "100%" }}
        >
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey="t"
            tickFormatter={tick}
            tick={{ fill: "var(--subtle)", fontSize: 11 }}
            tickLine={false}
            axisLine={{ stroke: "var(--border)" }}
            minTickGap={24}
          />
          <YAxis
            allowDecimals={false}
            tickFormatter={(v: number) => compact.format(v)}
            tick={{ fill: "var(--subtle)", fontSize: 11 }}
            tickLine={false}
            axisLine={false}
            width={40}
          />
          <Tooltip
            cursor={{ fill: "var(--surface-hover)", stroke: "none" }}
            content={({ active, payload, label }) => (
              <ChartTooltip
                active={active}
                point={payload?.[0]?.payload as SeriesPoint | undefined}
                label={label}
                format={full}
              />
            )}
            isAnimationActive={false}
          />
          <Bar dataKey="human" name="Human" stackId="clicks" fill={HUMAN} isAnimationActive={false} />
          <Bar dataKey="bot" name="Bot" stackId="clicks" fill={BOT} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </figure>
    </Card>
  );
}

const compact = new Intl.NumberFormat("en", { notation: "compact" });

function LegendItem({ color, label }: { color: string; label: string }) {
  return (
    <li className="flex items-center gap-1.5">
      <span className="size-2.5 rounded-sm" style={{ background: color }} />
      {label}
    </li>
  );
}

interface ChartTooltipProps {
  active?: boolean;
  point?: SeriesPoint;
  label?: unknown;
  format: (iso: string) => string;
}

function ChartTooltip({ active, point, label, format }: ChartTooltipProps) {
  if (!active || !point) return null;
  return (
    <div className="rounded-control border border-border bg-surface px-3 py-2 text-xs shadow-lg">
      <p className="mb-1 font-medium text-foreground">{format(String(label))}</p>
      <dl className="grid grid-cols-[auto_auto] gap-x-4 gap-y-0.5 text-muted">
        <dt className="flex items-center gap-1.5">
          <span aria-hidden className="size-2 rounded-sm" style={{ background: HUMAN }} />
          Human
        </dt>
        <dd className="text-right text-foreground tabular-nums">{numberFormat.format(point.human)}</dd>
        <dt className="flex items-center gap-1.5">
          <span aria-hidden className="size-2 rounded-sm" style={{ background: BOT }} />
          Bot
        </dt>
        <dd className="text-right text-foreground tabular-nums">{numberFormat.format(point.bot)}</dd>
        <dt>Total</dt>
        <dd className="text-right font-medium text-foreground tabular-nums">{numberFormat.format(point.total)}</dd>
      </dl>
    </div>
  );
}
