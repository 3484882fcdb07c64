import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { DashboardData } from "@/lib/clicks/dashboard";

const numberFormat = new Intl.NumberFormat("en");

/** Top redirects by clicks, each bar scaled to the busiest one. */
export function ClicksPerRedirect({ rows }: { rows: DashboardData["perRedirect"] }) {
  const max = Math.max(1, ...rows.map((r) => r.clicks));
  return (
    <Card>
      <CardHeader title="Clicks per redirect" description="The busiest redirects, all time" />
      {rows.length === 0 ? (
        <p className="px-5 py-8 text-center text-sm text-muted">No clicks recorded yet.</p>
      ) : (
        <ol aria-label="Clicks per redirect" className="flex flex-col gap-1 p-2">
          {rows.map((row) => {
            const content = (
              <>
                <span
                  aria-hidden
                  className="absolute inset-y-0 left-0 rounded-control bg-accent-soft transition-colors group-hover:bg-accent/20"
                  style={{ width: `${Math.max(2, (row.clicks / max) * 100)}%` }}
                />
                <span className="relative flex min-w-0 items-center gap-2">
                  <span className="truncate font-medium text-foreground">{row.name}</span>
                  <span className="hidden truncate font-mono text-xs text-muted sm:inline">{row.id}</span>
                  {row.deleted && <Badge tone="danger">deleted</Badge>}
                </span>
                <span className="relative shrink-0 font-medium tabular-nums">
                  {numberFormat.format(row.clicks)}
                </span>
              </>
            );
            const className =
              "group relative flex h-9 items-center justify-between gap-3 overflow-hidden rounded-control px-3 text-sm";
            return (
              <li key={row.id}>
                {row.deleted ? (
                  <div className={className}>{content}</div>
                ) : (
                  <Link
                    href={`/redirects/${encodeURIComponent(row.id)}`}
                    className={`${className} hover:bg-surface-muted`}
                  >
                    {content}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
