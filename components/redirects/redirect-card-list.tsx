import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { RedirectDto } from "@/lib/redirects/schema";
import { readableTargetUrl } from "@/lib/redirects/target-url";
import { RedirectStatusBadge } from "./redirect-status-badge";
import { TagList } from "./tag-list";

const numberFormat = new Intl.NumberFormat("en");

/** The list as stacked cards, for screens too narrow for the table's columns. */
export function RedirectCardList({ redirects }: { redirects: RedirectDto[] }) {
  return (
    <ul className="divide-y divide-border">
      {redirects.map((r) => (
        <li key={r.id} className="relative flex flex-col gap-1 px-4 py-3 hover:bg-surface-muted/50">
          <div className="flex items-center justify-between gap-3">
            <Link
              href={`/redirects/${encodeURIComponent(r.id)}`}
              className="min-w-0 truncate font-medium after:absolute after:inset-0 after:content-['']"
            >
              {r.name}
            </Link>
            <RedirectStatusBadge status={r.status} />
          </div>
          <p className="truncate font-mono text-xs text-accent">{r.id}</p>
          <p className="truncate text-[13px] text-muted" title={r.targetUrl}>
            <span className="font-mono text-xs text-subtle">{r.statusCode}</span> → {readableTargetUrl(r.targetUrl)}
          </p>
          <div className="mt-1 flex items-center justify-between gap-3 text-[13px] text-muted">
            <TagList tags={r.tags} />
            <span className="flex shrink-0 items-center gap-3">
              <span>
                <span className="font-medium text-foreground tabular-nums">{numberFormat.format(r.clickCount)}</span>{" "}
                {r.clickCount === 1 ? "click" : "clicks"}
              </span>
              <LocalTime iso={r.createdAt} format="date" />
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
