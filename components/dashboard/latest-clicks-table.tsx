import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { ClickRow } from "@/lib/clicks/dashboard";
import { TruncatedText } from "@/components/ui/truncated-text";

function clientOf(click: ClickRow): string | null {
  const parts = [click.browser, click.os, click.deviceType].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}

export function LatestClicksTable({ clicks }: { clicks: ClickRow[] }) {
  return (
    <Card className="overflow-hidden">
      <CardHeader title="Latest clicks" description="The most recent clicks across all redirects" />
      {clicks.length === 0 ? (
        <p className="px-5 py-8 text-center text-sm text-muted">No clicks recorded yet.</p>
      ) : (
        <Table aria-label="Latest clicks" className="min-w-[1080px] table-fixed">
          <colgroup>
            <col className="w-40" />
            <col className="w-44" />
            <col className="w-28" />
            <col className="w-44" />
            <col className="w-20" />
            <col className="w-28" />
            <col className="w-24" />
            <col />
          </colgroup>
          <TableHead>
            <tr>
              <TableHeaderCell>Time</TableHeaderCell>
              <TableHeaderCell>Redirect</TableHeaderCell>
              <TableHeaderCell>Session</TableHeaderCell>
              <TableHeaderCell>Browser · OS · device</TableHeaderCell>
              <TableHeaderCell>Country</TableHeaderCell>
              <TableHeaderCell>IP</TableHeaderCell>
              <TableHeaderCell>Visitor</TableHeaderCell>
              <TableHeaderCell>User agent</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {clicks.map((click) => (
              <TableRow key={click.id}>
                <TableCell className="whitespace-nowrap text-muted tabular-nums">
                  <LocalTime iso={click.at} />
                </TableCell>
                <TableCell>
                  {click.redirectId ? (
                    <Link
                      href={`/redirects/${encodeURIComponent(click.redirectId)}`}
                      className="block truncate font-medium hover:text-accent hover:underline"
                      title={click.redirectName ? `${click.redirectName} (${click.redirectId})` : click.redirectId}
                    >
                      {click.redirectName ?? click.redirectId}
                    </Link>
                  ) : (
                    <TruncatedText text={click.targetUrl} className="text-muted" />
                  )}
                </TableCell>
                <TableCell>
                  <TruncatedText text={click.sessionId} className="font-mono text-xs" />
                </TableCell>
                <TableCell>
                  <TruncatedText text={clientOf(click)} />
                </TableCell>
                <TableCell className="font-mono text-xs">{click.country ?? "—"}</TableCell>
                <TableCell>
                  <TruncatedText text={click.ip} className="font-mono text-xs" />
                </TableCell>
                <TableCell>
                  {click.isBot ? (
                    <Badge tone="warning" title={click.botReason ?? undefined}>
                      Bot
                    </Badge>
                  ) : (
                    <Badge tone="neutral">Human</Badge>
                  )}
                </TableCell>
                <TableCell>
                  <TruncatedText text={click.userAgent} className="text-muted" />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
