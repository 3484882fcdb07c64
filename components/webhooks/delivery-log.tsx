"use client";

import { ChevronRight, ChevronsLeft, History, LoaderCircle, RefreshCw, RotateCcw, SearchX, Send } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { Fragment, useEffect, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { CardStatus } from "@/components/ui/status-note";
import { HiddenHeaderCell, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { redeliverDeliveryAction, redeliverFailedAction, sendTestEventAction } from "@/lib/actions/webhook-deliveries";
import { DELIVERY_STATUSES, type DeliveryDto, type DeliveryListDto, type DeliveryStatus } from "@/lib/webhooks/delivery-schema";
import { DeliveryAttempts } from "./delivery-attempts";
import { TestResult } from "./test-result";

/** How often the log reloads while deliveries wait, so the admin sees retries land. */
const REFRESH_MS = 5_000;

const STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: "Pending",
  delivered: "Delivered",
  failed: "Failed",
  cancelled: "Cancelled",
};
const STATUS_TONES: Record<DeliveryStatus, BadgeTone> = {
  pending: "warning",
  delivered: "success",
  failed: "danger",
  cancelled: "neutral",
};

interface DeliveryLogProps {
  webhookId: string;
  /** A disabled destination's waiting deliveries are held, so there is nothing to watch. */
  enabled: boolean;
  list: DeliveryListDto;
  status: DeliveryStatus | undefined;
  before: number | undefined;
}

/** A destination's deliveries: test sends, redelivery, a status filter and keyset paging kept in the URL. */
export function DeliveryLog({ webhookId, enabled, list, status, before }: DeliveryLogProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [refreshing, startRefresh] = useTransition();
  const [pending, startTransition] = useTransition();
  const [testing, setTesting] = useState(false);
  const [tested, setTested] = useState<DeliveryDto | null>(null);
  const [testError, setTestError] = useState<string | null>(null);
  const [redelivering, setRedelivering] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const { pending: waiting, failed } = list.counts;
  const live = enabled && waiting > 0;

  useEffect(() => {
    if (!live) return;
    const refresh = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [live, router]);

  function href(next: { status?: DeliveryStatus; before?: number }): string {
    const params = new URLSearchParams();
    if (next.status) params.set("status", next.status);
    if (next.before) params.set("before", String(next.before));
    const search = params.toString();
    return search ? `${pathname}?${search}` : pathname;
  }

  function resetMessages() {
    setError(null);
    setOutcome(null);
  }

  function sendTest() {
    setTested(null);
    setTestError(null);
    setTesting(true);
    startTransition(async () => {
      const result = await sendTestEventAction(webhookId);
      setTesting(false);
      if (result.ok) setTested(result.data);
      else setTestError(result.message);
    });
  }

  function redeliver(delivery: DeliveryDto) {
    resetMessages();
    setRedelivering(delivery.id);
    startTransition(async () => {
      const result = await redeliverDeliveryAction(webhookId, delivery.id);
      setRedelivering(null);
      if (result.ok) setOutcome(`${delivery.eventId} is queued to be sent again.`);
      else setError(result.message);
    });
  }

  function redeliverAllFailed() {
    setDialogError(null);
    startTransition(async () => {
      const result = await redeliverFailedAction(webhookId);
      if (!result.ok) {
        setDialogError(result.message);
        return;
      }
      setConfirming(false);
      const { count } = result.data;
      setOutcome(`${count} failed ${count === 1 ? "event is" : "events are"} queued to be sent again.`);
    });
  }

  function toggle(id: number) {
    setExpanded((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  const items = list.items;
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader
          title="Test the destination"
          description="Sends a made-up webhook.test event now, signed like every event, and shows what the receiver answered."
          actions={
            <Button variant="primary" onClick={sendTest} disabled={pending}>
              {testing ? <LoaderCircle aria-hidden className="animate-spin" /> : <Send aria-hidden />}
              {testing ? "Sending…" : "Send test event"}
            </Button>
          }
        />
        {/* Always rendered so the live region exists before the first result. */}
        <div role="status" className={cn("px-4 sm:px-5", (tested || testError) && "py-3")}>
          {tested && <TestResult delivery={tested} />}
          {testError && <Alert title={testError} />}
        </div>
      </Card>

      <Card className={cn("transition-opacity", refreshing && "opacity-80")} aria-busy={refreshing}>
        <CardHeader
          title="Delivery log"
          description={
            live
              ? `Newest first. ${waiting} waiting to be sent; this log updates every ${REFRESH_MS / 1000} seconds.`
              : "Newest first. Failed attempts are retried with growing pauses before an event is given up."
          }
          actions={
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => startRefresh(() => router.refresh())} disabled={refreshing}>
                <RefreshCw aria-hidden className={cn(refreshing && "animate-spin")} />
                Refresh
              </Button>
              <Button
                onClick={() => {
                  resetMessages();
                  setDialogError(null);
                  setConfirming(true);
                }}
                disabled={failed === 0 || pending}
              >
                <RotateCcw aria-hidden />
                Redeliver all failed ({failed})
              </Button>
            </div>
          }
        />
        <nav aria-label="Filter by status" className="flex flex-wrap gap-1 border-b border-border px-4 py-2 sm:px-5">
          {[undefined, ...DELIVERY_STATUSES].map((s) => (
            <Link
              key={s ?? "all"}
              href={href({ status: s })}
              scroll={false}
              aria-current={s === status ? "page" : undefined}
              className={cn(
                "inline-flex h-8 items-center rounded-control px-2.5 text-[13px] font-medium transition-colors",
                s === status
                  ? "bg-accent-soft text-accent-soft-foreground"
                  : "text-muted hover:bg-surface-hover hover:text-foreground",
              )}
            >
              {s ? STATUS_LABELS[s] : "All"}
            </Link>
          ))}
        </nav>

        {items.length === 0 ? (
          status ? (
            <EmptyState
              icon={SearchX}
              title={`No ${STATUS_LABELS[status].toLowerCase()} events`}
              actions={<ButtonLink href={href({})}>Show all</ButtonLink>}
            >
              {before ? "None older than these." : "None of this destination's events has this status."}
            </EmptyState>
          ) : before ? (
            <EmptyState
              icon={SearchX}
              title="No older deliveries"
              actions={<ButtonLink href={href({})}>Back to the newest</ButtonLink>}
            />
          ) : (
            <EmptyState icon={History} title="No events sent yet">
              Send a test event to check the destination.
            </EmptyState>
          )
        ) : (
          <Table aria-label="Deliveries">
            <TableHead>
              <tr>
                <HiddenHeaderCell>Attempts</HiddenHeaderCell>
                <TableHeaderCell>Event</TableHeaderCell>
                <TableHeaderCell>Created</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell className="text-right">Attempts</TableHeaderCell>
                <TableHeaderCell>Last result</TableHeaderCell>
                <HiddenHeaderCell>Actions</HiddenHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {items.map((d) => {
                const open = expanded.has(d.id);
                const detailsId = `delivery-${d.id}-attempts`;
                return (
                  <Fragment key={d.id}>
                    <TableRow className="align-top">
                      <TableCell className="w-0 pr-0">
                        <Button
                          size="icon"
                          variant="ghost"
                          className="size-8"
                          aria-expanded={open}
                          aria-controls={open ? detailsId : undefined}
                          aria-label={`Attempts of ${d.eventId}`}
                          onClick={() => toggle(d.id)}
                        >
                          <ChevronRight aria-hidden className={cn("transition-transform", open && "rotate-90")} />
                        </Button>
                      </TableCell>
                      <TableCell className="max-w-52">
                        <span title={d.eventId} className="block truncate font-mono text-xs text-foreground select-all">
                          {d.eventId}
                        </span>
                        <span className="mt-0.5 flex items-center gap-1.5 text-[13px] text-muted">
                          <span className="truncate">{d.eventType}</span>
                          {d.test && <Badge tone="accent">Test</Badge>}
                        </span>
                      </TableCell>
                      <TableCell className="whitespace-nowrap">
                        <LocalTime iso={d.createdAt} />
                      </TableCell>
                      <TableCell className="min-w-32">
                        <Badge tone={STATUS_TONES[d.status]} dot>
                          {STATUS_LABELS[d.status]}
                        </Badge>
                        {d.nextAttemptAt && (
                          <span className="mt-0.5 block text-xs text-muted">
                            next attempt <LocalTime iso={d.nextAttemptAt} className="whitespace-nowrap" />
                          </span>
                        )}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{d.attempts}</TableCell>
                      <TableCell className="max-w-44">
                        {d.lastError ? (
                          <TruncatedText text={d.lastError} className="text-[13px] text-danger" />
                        ) : d.lastStatus !== null ? (
                          <span className="text-[13px] tabular-nums">HTTP {d.lastStatus}</span>
                        ) : (
                          <span className="text-subtle">—</span>
                        )}
                      </TableCell>
                      <TableCell className="text-right">
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={pending}
                          onClick={() => redeliver(d)}
                          aria-label={`Redeliver ${d.eventId}`}
                        >
                          {redelivering === d.id ? (
                            <LoaderCircle aria-hidden className="animate-spin" />
                          ) : (
                            <RotateCcw aria-hidden />
                          )}
                          Redeliver
                        </Button>
                      </TableCell>
                    </TableRow>
                    {open && (
                      <tr id={detailsId} className="bg-surface-muted/40">
                        <td colSpan={7} className="px-4 py-3 sm:px-5">
                          <DeliveryAttempts attempts={d.log} caption={`Attempts of ${d.eventId}, newest first`} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
        )}

        {(before || list.nextBefore) && (
          <nav aria-label="Pagination" className="flex justify-end gap-1 border-t border-border px-4 py-2.5 sm:px-5">
            {before ? (
              <ButtonLink size="sm" href={href({ status })}>
                <ChevronsLeft aria-hidden />
                Newest
              </ButtonLink>
            ) : (
              <Button size="sm" disabled>
                <ChevronsLeft aria-hidden />
                Newest
              </Button>
            )}
            {list.nextBefore ? (
              <ButtonLink size="sm" href={href({ status, before: list.nextBefore })}>
                Older
                <ChevronRight aria-hidden />
              </ButtonLink>
            ) : (
              <Button size="sm" disabled>
                Older
                <ChevronRight aria-hidden />
              </Button>
            )}
          </nav>
        )}
        <CardStatus error={error} outcome={outcome} />
      </Card>

      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Redeliver ${failed} failed ${failed === 1 ? "event" : "events"}?`}
        confirmLabel="Redeliver"
        onConfirm={redeliverAllFailed}
        pending={pending}
        error={dialogError}
      >
        <p>
          Each event this destination gave up on is sent again, with its original event ID, so a receiver that has it already can
          drop it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
