import type { LucideIcon } from "lucide-react";
import { Bot, Fingerprint, MousePointerClick, UserRound } from "lucide-react";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { changeBetween, type Change } from "@/lib/analytics/change";
import type { Counts } from "@/lib/analytics/report-types";
import { numberFormat, percentFormat } from "./format";

interface StatCardsProps {
  current: Counts;
  previous: Counts;
}

/** Total, human, bot and unique clicks of the range, each with its change against the period before. */
export function StatCards({ current, previous }: StatCardsProps) {
  return (
    <section aria-label="Totals" className="grid grid-cols-2 gap-2 sm:gap-4 lg:grid-cols-4">
      <StatCard label="Total clicks" icon={MousePointerClick} value={current.total} previous={previous.total} />
      <StatCard
        label="Human clicks"
        icon={UserRound}
        value={current.human}
        previous={previous.human}
        hint={current.total ? `${percentFormat.format((current.human / current.total) * 100)}% of all` : undefined}
      />
      {/* More bot traffic is neither good nor bad news, so its change is not coloured. */}
      <StatCard label="Bot clicks" icon={Bot} value={current.bot} previous={previous.bot} neutral />
      <StatCard
        label="Unique visitors"
        icon={Fingerprint}
        value={current.unique}
        previous={previous.unique}
        hint={`${numberFormat.format(current.uniqueSessions)} ${current.uniqueSessions === 1 ? "session" : "sessions"}`}
        approximate
      />
    </section>
  );
}

interface StatCardProps {
  label: string;
  icon: LucideIcon;
  value: number;
  previous: number;
  hint?: string;
  neutral?: boolean;
  /** Counted from sketches (≈3 % error): said so on hover. */
  approximate?: boolean;
}

function StatCard({ label, icon: Icon, value, previous, hint, neutral, approximate }: StatCardProps) {
  const change = changeBetween(value, previous);
  return (
    <Card role="group" aria-label={label} className="min-w-0 p-3 sm:p-5">
      <div className="flex items-start justify-between gap-2">
        <p className="text-xs font-medium text-muted sm:text-[13px]">{label}</p>
        <Icon aria-hidden className="hidden size-4 shrink-0 text-subtle sm:block" />
      </div>
      <p
        className="mt-1 text-xl font-semibold tracking-tight tabular-nums sm:mt-2 sm:text-2xl"
        title={approximate ? "Estimated from hourly sketches, within about 3 %" : undefined}
      >
        {numberFormat.format(value)}
      </p>
      <div className="mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-xs">
        <ChangeFigure change={change} neutral={neutral} previous={previous} />
        {hint && <span className="hidden text-subtle sm:inline">{hint}</span>}
      </div>
    </Card>
  );
}

function ChangeFigure({ change, neutral, previous }: { change: Change; neutral?: boolean; previous: number }) {
  const before = `${numberFormat.format(previous)} in the previous period`;
  if (change.kind === "none") {
    return (
      <span className="text-subtle" title="No clicks in either period">
        —
      </span>
    );
  }
  if (change.kind === "new") {
    return (
      <span className="font-medium text-accent" title={before}>
        New
      </span>
    );
  }
  if (change.kind === "same") {
    return (
      <span className="text-muted" title={before}>
        No change
      </span>
    );
  }
  const up = change.kind === "up";
  const tone = neutral ? "text-muted" : up ? "text-success" : "text-danger";
  return (
    <span className={cn("font-medium tabular-nums", tone)} title={before}>
      <span aria-hidden>{up ? "▲" : "▼"} </span>
      <span className="sr-only">{up ? "Up" : "Down"} </span>
      {percentFormat.format(change.percent)}%
      <span className="sr-only"> on the previous period&apos;s {numberFormat.format(previous)}</span>
    </span>
  );
}
