import { Badge } from "@/components/ui/badge";
import type { ClickLogRow } from "@/lib/analytics/click-log-row";
import { PRIVACY_LABELS } from "./click-labels";

/** Human or bot (with the reason on hover), and Private for clicks stored anonymously. */
export function VisitorBadges({ click }: { click: Pick<ClickLogRow, "isBot" | "botReason" | "privacyReason"> }) {
  return (
    <span className="flex shrink-0 flex-wrap gap-1">
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
  );
}
