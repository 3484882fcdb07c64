import Link from "next/link";
import { VisitorBadges } from "@/components/clicks/visitor-badges";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { TruncatedText } from "@/components/ui/truncated-text";
import type { LatestClick } from "@/lib/analytics/get-latest-clicks";
import { readableTargetUrl } from "@/lib/redirects/target-url";

interface LatestClicksProps {
  clicks: LatestClick[];
  /** The report's time zone: times are shown in it, like the chart. */
  tz: string;
  description: string;
  /** The click log with the same range (and redirect), for everything beyond this list. */
  logHref: string;
  /** Off on a redirect's own page, where every row would name the same redirect. */
  showRedirect: boolean;
}

/** The newest clicks of the range: a table on wide screens, a list on phones. */
export function LatestClicks({ clicks, tz, description, logHref, showRedirect }: LatestClicksProps) {
  const time = timeFormatter(tz);
  return (
    <Card className="overflow-hidden">
      <CardHeader
        title="Latest clicks"
        description={description}
        actions={
          <ButtonLink href={logHref} size="sm">
            Open click log
          </ButtonLink>
        }
      />
      {clicks.length === 0 ? (
        <p className="px-5 py-8 text-center text-sm text-muted">No clicks in this range.</p>
      ) : (
        <>
          <ul aria-label="Latest clicks" className="divide-y divide-border md:hidden">
            {clicks.map((click) => (
              <li key={click.id} className="flex flex-col gap-1 px-4 py-3 text-[13px]">
                <div className="flex items-center justify-between gap-3">
                  {showRedirect ? (
                    <RedirectCell click={click} />
                  ) : (
                    <p className="min-w-0 truncate font-medium">{clientOf(click) ?? "Unknown client"}</p>
                  )}
                  <VisitorBadges click={click} />
                </div>
                <p className="truncate text-muted">
                  {[showRedirect && (clientOf(click) ?? "Unknown client"), click.country ?? "Unknown country"]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p className="flex justify-between gap-3 text-xs text-subtle tabular-nums">
                  <time dateTime={click.at}>{time.format(new Date(click.at))}</time>
                  {click.sessionId && <span className="truncate font-mono">{click.sessionId}</span>}
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden md:block">
            <Table aria-label="Latest clicks" className="min-w-[880px] table-fixed">
              <colgroup>
                <col className="w-36" />
                {showRedirect && <col className="w-44" />}
                <col className="w-28" />
                <col />
                <col className="w-20" />
                <col className="w-28" />
                <col className="w-28" />
              </colgroup>
              <TableHead>
                <tr>
                  <TableHeaderCell>Time</TableHeaderCell>
                  {showRedirect && <TableHeaderCell>Redirect</TableHeaderCell>}
                  <TableHeaderCell>Session</TableHeaderCell>
                  <TableHeaderCell>Browser · OS · device</TableHeaderCell>
                  <TableHeaderCell>Country</TableHeaderCell>
                  <TableHeaderCell>IP</TableHeaderCell>
                  <TableHeaderCell>Visitor</TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {clicks.map((click) => (
                  <TableRow key={click.id}>
                    <TableCell className="whitespace-nowrap text-muted tabular-nums">
                      <time dateTime={click.at}>{time.format(new Date(click.at))}</time>
                    </TableCell>
                    {showRedirect && (
                      <TableCell>
                        <RedirectCell click={click} />
                      </TableCell>
                    )}
                    <TableCell>
                      <TruncatedText text={click.sessionId} className="font-mono text-xs" />
                    </TableCell>
                    <TableCell>
                      <TruncatedText text={clientOf(click)} />
                      <TruncatedText text={click.userAgent} className="text-xs text-muted" />
                    </TableCell>
                    <TableCell className="font-mono text-xs">{click.country ?? "—"}</TableCell>
                    <TableCell>
                      <TruncatedText text={click.ip} className="font-mono text-xs" />
                    </TableCell>
                    <TableCell>
                      <VisitorBadges click={click} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </Card>
  );
}

/** "26 Nov, 11:52:28" in the report's zone; the year only for clicks of another year than now. */
function timeFormatter(tz: string): { format: (at: Date) => string } {
  const parts = {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone: tz,
  } as const;
  const thisYear = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: tz });
  const short = new Intl.DateTimeFormat("en-GB", parts);
  const long = new Intl.DateTimeFormat("en-GB", { ...parts, year: "numeric" });
  const now = thisYear.format(new Date());
  return { format: (at) => (thisYear.format(at) === now ? short : long).format(at) };
}

function clientOf(click: LatestClick): string | null {
  const parts = [click.browser, click.os, click.deviceType].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}

function RedirectCell({ click }: { click: LatestClick }) {
  if (!click.redirectId) return <TruncatedText text={readableTargetUrl(click.targetUrl)} className="min-w-0 text-muted" />;
  return (
    <Link
      href={`/redirects/${encodeURIComponent(click.redirectId)}`}
      className="block min-w-0 truncate font-medium hover:text-accent hover:underline"
      title={click.redirectName ? `${click.redirectName} (${click.redirectId})` : click.redirectId}
    >
      {click.redirectName ?? click.redirectId}
    </Link>
  );
}
