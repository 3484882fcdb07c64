import { CircleCheck, CircleX } from "lucide-react";
import { LocalTime } from "@/components/ui/local-time";
import type { DeliveryDto } from "@/lib/webhooks/delivery-schema";

/** What the receiver answered to "Send test event": the one attempt it made. */
export function TestResult({ delivery }: { delivery: DeliveryDto }) {
  const attempt = delivery.log[0];
  const delivered = delivery.status === "delivered";
  const Icon = delivered ? CircleCheck : CircleX;
  const took = attempt ? ` in ${attempt.durationMs} ms` : "";
  return (
    <div
      className={
        delivered
          ? "rounded-control border border-success/30 bg-success-soft px-3.5 py-3 text-sm text-success"
          : "rounded-control border border-danger/30 bg-danger-soft px-3.5 py-3 text-sm text-danger"
      }
    >
      <p className="flex items-start gap-2 font-medium">
        <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span className="min-w-0 break-words">
          {delivered
            ? `Delivered: HTTP ${attempt?.statusCode ?? delivery.lastStatus}${took}`
            : `Failed: ${attempt?.error ?? delivery.lastError ?? "no answer"}${took}`}
        </span>
      </p>
      {delivery.nextAttemptAt && (
        <p className="mt-1 pl-6 text-[13px] opacity-90">
          It stays in the log and is retried: next attempt <LocalTime iso={delivery.nextAttemptAt} />.
        </p>
      )}
      {attempt?.responseSnippet && (
        <div className="mt-2 pl-6">
          <p className="text-xs opacity-90">Response</p>
          {/* The receiver's text, escaped by React. */}
          <pre className="mt-0.5 max-h-40 overflow-auto rounded border border-border bg-surface px-2.5 py-2 font-mono text-xs break-all whitespace-pre-wrap text-foreground">
            {attempt.responseSnippet}
          </pre>
        </div>
      )}
      <p className="mt-1 pl-6 font-mono text-xs opacity-80">{delivery.eventId}</p>
    </div>
  );
}
