"use client";

import { Filter } from "lucide-react";
import Link from "next/link";
import { DescriptionItem } from "@/components/ui/description-item";
import { Dialog } from "@/components/ui/dialog";
import type { ClickLogFilter } from "@/lib/analytics/click-log-query";
import type { ClickLogRow } from "@/lib/analytics/click-log-row";
import { readableTargetUrl } from "@/lib/redirects/target-url";
import { countryLabel, DEVICE_LABELS, PRIVACY_LABELS, SESSION_ISSUE_LABELS, timeFormat } from "./click-labels";
import { VisitorBadges } from "./visitor-badges";

interface ClickDetailDialogProps {
  click: ClickLogRow | null;
  tz: string;
  onClose: () => void;
  /** The log's URL with one more filter, for "only clicks like this one" links. */
  filterHref: (filter: ClickLogFilter, value: string) => string;
}

/** Every stored field of one click, properties pretty-printed. */
export function ClickDetailDialog({ click, tz, onClose, filterHref }: ClickDetailDialogProps) {
  return (
    <Dialog open={click !== null} onClose={onClose} title={click ? `Click ${click.id}` : "Click"}>
      {click && <Fields click={click} tz={tz} filterHref={filterHref} onNavigate={onClose} />}
    </Dialog>
  );
}

function Fields({
  click,
  tz,
  filterHref,
  onNavigate,
}: {
  click: ClickLogRow;
  tz: string;
  filterHref: ClickDetailDialogProps["filterHref"];
  onNavigate: () => void;
}) {
  const only = (filter: ClickLogFilter, value: string | null, what: string) =>
    value && (
      <Link
        href={filterHref(filter, value)}
        onClick={onNavigate}
        className="mt-1 flex w-fit items-center gap-1 text-[13px] text-accent hover:underline"
      >
        <Filter aria-hidden className="size-3" />
        Only clicks of this {what}
      </Link>
    );
  return (
    <dl className="flex flex-col gap-3 text-foreground">
      <DescriptionItem label="Time">
        {timeFormat(tz).format(new Date(click.at))} <span className="text-muted">({tz})</span>
        <span className="block font-mono text-xs text-muted">{click.at}</span>
      </DescriptionItem>
      <DescriptionItem label="Redirect">
        {click.redirectId ? (
          <>
            <Link
              href={`/redirects/${encodeURIComponent(click.redirectId)}`}
              className="font-medium hover:text-accent hover:underline"
            >
              {click.redirectName ?? click.redirectId}
            </Link>{" "}
            <code className="font-mono text-xs text-muted">{click.redirectId}</code>
            {only("redirect", click.redirectId, "redirect")}
          </>
        ) : (
          <Empty />
        )}
      </DescriptionItem>
      <DescriptionItem label="Event type">
        <code className="font-mono text-[13px]">{click.eventType}</code> <span className="text-muted">from {click.source}</span>
      </DescriptionItem>
      <DescriptionItem label="Target URL">
        <span className="break-all">{readableTargetUrl(click.targetUrl)}</span>
      </DescriptionItem>
      <DescriptionItem label="Visitor">
        <VisitorBadges click={click} />
        {click.botReason && <span className="mt-0.5 block text-[13px] text-muted">Bot reason: {click.botReason}</span>}
        {click.privacyReason && (
          <span className="mt-0.5 block text-[13px] text-muted">
            Stored anonymously: {PRIVACY_LABELS[click.privacyReason] ?? click.privacyReason}
          </span>
        )}
      </DescriptionItem>
      <DescriptionItem label="Session ID">
        {click.sessionId ? <code className="font-mono text-[13px] break-all">{click.sessionId}</code> : <Empty />}
        {click.sessionIssue && (
          <span className="mt-0.5 block text-[13px] text-muted">
            Not stored: {SESSION_ISSUE_LABELS[click.sessionIssue] ?? click.sessionIssue}
          </span>
        )}
        {only("session", click.sessionId, "session")}
      </DescriptionItem>
      <DescriptionItem label="IP address">
        {click.ip ? <code className="font-mono text-[13px]">{click.ip}</code> : <Empty />}
        {only("ip", click.ip, "address")}
      </DescriptionItem>
      <DescriptionItem label="Country">
        {countryLabel(click.country) ?? <Empty />}
        {only("country", click.country, "country")}
      </DescriptionItem>
      <div className="grid grid-cols-3 gap-3">
        <DescriptionItem label="Browser">{click.browser ?? <Empty />}</DescriptionItem>
        <DescriptionItem label="OS">{click.os ?? <Empty />}</DescriptionItem>
        <DescriptionItem label="Device">
          {click.deviceType ? (DEVICE_LABELS[click.deviceType] ?? click.deviceType) : <Empty />}
        </DescriptionItem>
      </div>
      <DescriptionItem label="User agent">
        {click.userAgent ? <span className="font-mono text-xs break-all">{click.userAgent}</span> : <Empty />}
      </DescriptionItem>
      <DescriptionItem label="Referer">
        {click.referer ? <span className="break-all">{click.referer}</span> : <Empty />}
      </DescriptionItem>
      <DescriptionItem label="Accept-Language">
        {click.acceptLanguage ? <code className="font-mono text-xs">{click.acceptLanguage}</code> : <Empty />}
      </DescriptionItem>
      <DescriptionItem label="Event properties">
        <pre className="mt-1 max-h-60 overflow-auto rounded-control border border-border bg-surface-muted px-3 py-2 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all">
          {JSON.stringify(click.properties, null, 2)}
        </pre>
      </DescriptionItem>
    </dl>
  );
}

function Empty() {
  return <span className="text-subtle">—</span>;
}
