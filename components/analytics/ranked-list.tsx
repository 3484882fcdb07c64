import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { RankedItem } from "@/lib/analytics/report-types";
import { numberFormat } from "./format";

interface RankedListProps {
  title: string;
  description?: string;
  items: RankedItem[];
  /** Where an item leads (its redirect, or the click log filtered to it); none when null. */
  hrefOf?: (item: RankedItem) => string | null;
  /** Session IDs and hosts read better in monospace ("unknown" and "none" stay in words). */
  mono?: boolean;
  empty?: string;
  actions?: ReactNode;
  className?: string;
}

/** One ranked dimension: each row's bar is scaled to the busiest row. */
export function RankedList({ title, description, items, hrefOf, mono, empty, actions, className }: RankedListProps) {
  const max = Math.max(1, ...items.map((i) => i.total));
  return (
    <Card className={cn("flex min-w-0 flex-col", className)}>
      <CardHeader title={title} description={description} actions={actions} />
      {items.length === 0 ? (
        <p className="flex flex-1 items-center justify-center px-5 py-8 text-center text-sm text-muted">
          {empty ?? "No clicks in this range."}
        </p>
      ) : (
        <ol aria-label={title} className="flex flex-col gap-0.5 p-2">
          {items.map((item) => {
            const href = hrefOf?.(item) ?? null;
            const className =
              "group relative flex h-8 items-center justify-between gap-3 overflow-hidden rounded-control px-2.5 text-[13px]";
            const content = (
              <>
                <span
                  aria-hidden
                  className={cn(
                    "absolute inset-y-0.5 left-0 rounded-control bg-accent-soft transition-colors",
                    href && "group-hover:bg-accent/20",
                  )}
                  style={{ width: `${Math.max(1.5, (item.total / max) * 100)}%` }}
                />
                <span className={cn("relative min-w-0 truncate text-foreground", mono && item.key && "font-mono text-xs")}>
                  {item.label}
                </span>
                <span className="relative shrink-0 font-medium tabular-nums">{numberFormat.format(item.total)}</span>
              </>
            );
            const title = `${item.label}: ${numberFormat.format(item.total)} clicks (${numberFormat.format(item.human)} human, ${numberFormat.format(item.bot)} bot)`;
            return (
              <li key={item.key}>
                {href ? (
                  <Link href={href} title={title} className={cn(className, "hover:bg-surface-muted")}>
                    {content}
                  </Link>
                ) : (
                  <div title={title} className={className}>
                    {content}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
