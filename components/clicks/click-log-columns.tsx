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
      enableSorting: false,
      meta: { label: "Click ID", size: 88 } satisfies ClickColumnMeta,
      cell: (c) => <span className="font-mono text-xs text-muted">{c.getValue()}</span>,
    }),
    column.accessor("redirectId", {
      id: "redirect",
      header: "Redirect",
      enableSorting: false,
      meta: { label: "Redirect", size: 168 } satisfies ClickColumnMeta,
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
      enableSorting: false,
      meta: { label: "Visitor (human or bot)", size: 104 } satisfies ClickColumnMeta,
      cell: ({ row: { original: click } }) => <VisitorBadges click={click} />,
    }),
    column.accessor("sessionId", {
      id: "session",
      header: "Session",
      enableSorting: false,
      meta: { label: "Session", size: 120 } satisfies ClickColumnMeta,
      cell: mono,
    }),
    column.accessor(clientOf, {
      id: "client",
      header: "Browser · OS · device",
      enableSorting: false,
      meta: { label: "Browser · OS · device" } satisfies ClickColumnMeta,
      cell: text,
    }),
    column.accessor("country", {
      header: "Country",
      enableSorting: false,
      meta: { label: "Country", size: 72 } satisfies ClickColumnMeta,
      cell: mono,
    }),
    column.accessor("ip", {
      header: "IP",
      enableSorting: false,
      meta: { label: "IP address", size: 120 } satisfies ClickColumnMeta,
      cell: mono,
    }),
    column.accessor("referer", {
      header: "Referer",
      enableSorting: false,
      meta: { label: "Referer", size: 180 } satisfies ClickColumnMeta,
      cell: (c) => <TruncatedText text={c.getValue()} className="text-muted" />,
    }),
    column.accessor("eventType", {
      header: "Event",
      enableSorting: false,
      meta: { label: "Event type", size: 128 } satisfies ClickColumnMeta,
      cell: mono,
    }),
    column.accessor("source", {
      header: "Source",
      enableSorting: false,
      meta: { label: "Source", size: 96 } satisfies ClickColumnMeta,
      cell: text,
    }),
    column.accessor("targetUrl", {
      header: "Target",
      enableSorting: false,
      meta: { label: "Target URL", size: 220 } satisfies ClickColumnMeta,
      cell: (c) => <TruncatedText text={readableTargetUrl(c.getValue())} className="text-muted" />,
    }),
    column.accessor("userAgent", {
      header: "User agent",
      enableSorting: false,
      meta: { label: "User agent", size: 260 } satisfies ClickColumnMeta,
      cell: (c) => <TruncatedText text={c.getValue()} className="text-xs text-muted" />,
    }),
    column.accessor("acceptLanguage", {
      header: "Language",
      enableSorting: false,
      meta: { label: "Accept-Language", size: 140 } satisfies ClickColumnMeta,
      cell: mono,
    }),
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
