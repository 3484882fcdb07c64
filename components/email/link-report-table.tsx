import { Link2Off } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import type { ReportEntry } from "@/lib/email/types";
import { SKIP_REASON_LABELS } from "./skip-reason-label";

/** Every link of the email in document order: its tracked URL, or why it was left alone. */
export function LinkReportTable({ links }: { links: ReportEntry[] }) {
  if (!links.length) {
    return (
      <EmptyState icon={Link2Off} title="No links found">
        The email has no &lt;a href&gt; or &lt;area href&gt; links (or, in the text part, no http(s) URLs) to track.
      </EmptyState>
    );
  }
  return (
    <Table aria-label="Link report" className="min-w-[44rem] table-fixed">
      <TableHead>
        <tr>
          <TableHeaderCell className="w-10">#</TableHeaderCell>
          <TableHeaderCell className="w-[32%]">Original link</TableHeaderCell>
          <TableHeaderCell>Tracked link</TableHeaderCell>
          <TableHeaderCell className="w-[20%]">Tags</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {links.map((link, index) => (
          <TableRow key={index} className="align-top">
            <TableCell className="align-top text-muted tabular-nums">{index + 1}</TableCell>
            <TableCell className="align-top">
              <code className="font-mono text-[13px] break-all">{link.original || "(empty)"}</code>
            </TableCell>
            <TableCell className="align-top">
              {link.tracked ? (
                <div className="flex items-start gap-2">
                  <code className="min-w-0 flex-1 font-mono text-[13px] break-all">{link.tracked}</code>
                  <CopyButton value={link.tracked} label="Copy" />
                </div>
              ) : (
                <Badge tone="warning">Not tracked: {link.skipped ? SKIP_REASON_LABELS[link.skipped] : "skipped"}</Badge>
              )}
            </TableCell>
            <TableCell className="align-top">
              {link.tags.length ? (
                <span className="flex flex-wrap gap-1">
                  {link.tags.map((tag) => (
                    <Badge key={tag} tone="accent">
                      {tag}
                    </Badge>
                  ))}
                </span>
              ) : (
                <span className="text-subtle">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
