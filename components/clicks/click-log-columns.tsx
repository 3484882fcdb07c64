import { createColumnHelper } from "@tanstack/react-table";
import { PanelRightOpen } from "lucide-react";
import Link from "next/link";
import { TruncatedText } from "@/components/ui/truncated-text";
import type { ClickLogRow } from "@/lib/analytics/click-log-row";
import { readableTargetUrl } from "@/lib/redirects/target-url";
import { clientOf, timeFormat } from "./click-labels";
import { VisitorBadges } from "./visitor-badges";

/** What a column definition's `meta` carries in the click log. */
export interface ClickColumnMeta {
  /** Name in the column menu. */
  label: string;
  /**
   * Width in pixels of the column's <col>; the table is fixed-layout so cells truncate. The one
   * column without it takes the rest of the row, at least FLEX_MIN_PX.
   */
  size?: number;
}

/** Columns hidden until the reader turns them on (and remembered per browser). */
export const HIDDEN_BY_DEFAULT = ["id", "referer", "eventType", "source", "targetUrl", "userAgent", "acceptLanguage"];

export const FLEX_MIN_PX = 160;

const column = createColumnHelper<ClickLogRow>();

/** The log's columns; times in the log's time zone. */
export function clickLogColumns(tz: string, onOpen: (click: ClickLogRow) => void) {
  const time = timeFormat(tz);
  const mono = (c: { getValue: () => string | null }) => <TruncatedText text={c.getValue()} className="font-mono text-xs" />;
  const text = (c: { getValue: () => string | null }) => <TruncatedText text={c.getValue()} />;
  // The log sorts by time only.
  const unsorted = (meta: ClickColumnMeta) => ({ enableSorting: false, meta });
  return [
    column.accessor("at", {
      id: "at",
      header: "Time",
      sortDescFirst: true,
      enableHiding: false,
      meta: { label: "Time", size: 184 } satisfies ClickColumnMeta,
      cell: (c) => (
        <time dateTime={c.getValue()} className="whitespace-nowrap text-muted tabular-nums">
          {time.format(new Date(c.getValue()))}
        </time>
      ),
    }),
    column.accessor("id", {
      header: "ID",
      ...unsorted({ label: "Click ID", size: 88 }),
      cell: (c) => <span className="font-mono text-xs text-muted">{c.getValue()}</span>,
    }),
    column.accessor("redirectId", {
      id: "redirect",
      header: "Redirect",
      ...unsorted({ label: "Redirect", size: 168 }),
      cell: ({ row: { original: click } }) =>
        click.redirectId ? (
          <Link
            href={`/redirects/${encodeURIComponent(click.redirectId)}`}
            onClick={(e) => e.stopPropagation()}
            className="block truncate font-medium hover:text-accent hover:underline"
            title={click.redirectName ? `${click.redirectName} (${click.redirectId})` : click.redirectId}
          >
            {click.redirectName ?? click.redirectId}
          </Link>
        ) : (
          <span className="text-subtle">None</span>
        ),
    }),
    column.accessor("isBot", {
      id: "kind",
      header: "Visitor",
      ...unsorted({ label: "Visitor (human or bot)", size: 104 }),
      cell: ({ row: { original: click } }) => <VisitorBadges click={click} />,
    }),
    column.accessor("sessionId", { id: "session", header: "Session", ...unsorted({ label: "Session", size: 120 }), cell: mono }),
    column.accessor(clientOf, {
      id: "client",
      header: "Browser · OS · device",
      ...unsorted({ label: "Browser · OS · device" }),
      cell: text,
    }),
    column.accessor("country", { header: "Country", ...unsorted({ label: "Country", size: 72 }), cell: mono }),
    column.accessor("ip", { header: "IP", ...unsorted({ label: "IP address", size: 120 }), cell: mono }),
    column.accessor("referer", {
      header: "Referer",
      ...unsorted({ label: "Referer", size: 180 }),
      cell: (c) => <TruncatedText text={c.getValue()} className="text-muted" />,
    }),
    column.accessor("eventType", { header: "Event", ...unsorted({ label: "Event type", size: 128 }), cell: mono }),
    column.accessor("source", { header: "Source", ...unsorted({ label: "Source", size: 96 }), cell: text }),
    column.accessor("targetUrl", {
      header: "Target",
      ...unsorted({ label: "Target URL", size: 220 }),
      cell: (c) => <TruncatedText text={readableTargetUrl(c.getValue())} className="text-muted" />,
    }),
    column.accessor("userAgent", {
      header: "User agent",
      ...unsorted({ label: "User agent", size: 260 }),
      cell: (c) => <TruncatedText text={c.getValue()} className="text-xs text-muted" />,
    }),
    column.accessor("acceptLanguage", { header: "Language", ...unsorted({ label: "Accept-Language", size: 140 }), cell: mono }),
    column.display({
      id: "details",
      header: () => <span className="sr-only">Details</span>,
      enableHiding: false,
      meta: { label: "Details", size: 44 } satisfies ClickColumnMeta,
      cell: ({ row: { original: click } }) => (
        <button
          type="button"
          onClick={(e) => {
            e.stopPropagation();
            onOpen(click);
          }}
          aria-label={`Details of click ${click.id}`}
          className="-m-1 rounded-control p-1 text-subtle hover:bg-surface-hover hover:text-foreground"
        >
          <PanelRightOpen aria-hidden className="size-4" />
        </button>
      ),
    }),
  ];
}
