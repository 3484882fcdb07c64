import type { ClickLogRow } from "@/lib/analytics/click-log-row";
import { clientOf, timeFormat } from "./click-labels";
import { VisitorBadges } from "./visitor-badges";

/** The log as stacked cards for phones; each opens the click's details. */
export function ClickCardList({
  clicks,
  tz,
  onOpen,
}: {
  clicks: ClickLogRow[];
  tz: string;
  onOpen: (click: ClickLogRow) => void;
}) {
  const time = timeFormat(tz);
  return (
    <ul aria-label="Clicks" className="divide-y divide-border">
      {clicks.map((click) => (
        <li key={click.id}>
          <button
            type="button"
            onClick={() => onOpen(click)}
            className="flex w-full flex-col gap-1 px-4 py-3 text-left text-[13px] hover:bg-surface-muted/50"
          >
            <span className="flex w-full items-center justify-between gap-3">
              <span className="min-w-0 truncate text-sm font-medium text-foreground">
                {click.redirectName ?? click.redirectId ?? "No redirect"}
              </span>
              <VisitorBadges click={click} />
            </span>
            <span className="w-full truncate text-muted">
              {[clientOf(click), click.country].filter(Boolean).join(" · ") || "Unknown client"}
            </span>
            <span className="flex w-full justify-between gap-3 text-xs text-subtle tabular-nums">
              <time dateTime={click.at}>{time.format(new Date(click.at))}</time>
              <span className="min-w-0 truncate font-mono">{click.sessionId ?? click.ip ?? ""}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
