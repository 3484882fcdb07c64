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

const PRIVACY_LABELS: Record<string, string> = {
  gpc: "Global Privacy Control",
  dnt: "Do Not Track",
  "opt-out": "session on the opt-out list",
};

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
        <Table aria-label="Latest clicks" className="min-w-[920px] table-fixed">
          <colgroup>
            <col className="w-40" />
            <col className="w-44" />
            <col className="w-28" />
            <col />
            <col className="w-20" />
            <col className="w-28" />
            <col className="w-28" />
          </colgroup>
          <TableHead>
            <tr>
              <TableHeaderCell>Time</TableHeaderCell>
              <TableHeaderCell>Redirect</TableHeaderCell>
              <TableHeaderCell>Session</TableHeaderCell>
              <TableHeaderCell>Browser · OS · device / user agent</TableHeaderCell>
              <TableHeaderCell>Country</TableHeaderCell>
              <TableHeaderCell>IP</TableHeaderCell>
              <TableHeaderCell>Visitor</TableHeaderCell>
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
                  <TruncatedText text={click.userAgent} className="text-xs text-muted" />
                </TableCell>
                <TableCell className="font-mono text-xs">{click.country ?? "—"}</TableCell>
                <TableCell>
                  <TruncatedText text={click.ip} className="font-mono text-xs" />
                </TableCell>
                <TableCell>
                  <span className="flex flex-wrap gap-1">
                    {click.isBot ? (
                      <Badge tone="warning" title={`Bot: ${click.botReason ?? "unknown"}`}>
                        Bot
                      </Badge>
                    ) : (
                      <Badge tone="neutral">Human</Badge>
                    )}
                    {click.privacyReason && (
                      <Badge tone="accent" title={`Stored anonymously (${PRIVACY_LABELS[click.privacyReason] ?? click.privacyReason})`}>
                        Private
                      </Badge>
                    )}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
