import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { firstValues } from "@/components/analytics/first-values";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { UnreadableSecretsAlert } from "@/components/webhooks/unreadable-secrets-alert";
import { requirePageActor } from "@/lib/auth/session-actor";
import { AppError } from "@/lib/errors";
import { deliveryListQuerySchema } from "@/lib/webhooks/delivery-schema";
import { getWebhook } from "@/lib/webhooks/get-webhook";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { listUnreadableWebhookSecrets } from "@/lib/webhooks/list-unreadable-webhook-secrets";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Webhook deliveries" };

const { status: statusSchema, before: beforeSchema } = deliveryListQuerySchema.shape;

export default async function WebhookDeliveriesPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("webhooks:manage");
  const { id } = await params;
  const raw = firstValues(await searchParams);
  // A hand-edited or stale parameter is dropped, not answered with an error page.
  const query = { status: statusSchema.safeParse(raw.status).data, before: beforeSchema.safeParse(raw.before).data };
  const [webhook, deliveries, unreadable] = await Promise.all([
    getWebhook(actor, id),
    listDeliveries(actor, id, query),
    listUnreadableWebhookSecrets(actor),
  ]).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });

  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        back={{ href: "/settings/webhooks", label: "Webhooks" }}
        title={webhook.name}
        description={
          <span className="flex flex-col gap-1.5">
            <span className="font-mono text-[13px] break-all">{webhook.url}</span>
            <span className="flex flex-wrap items-center gap-2">
              <Badge>{webhook.format === "tracardi" ? "Tracardi" : "JSON"}</Badge>
              {webhook.enabled ? (
                <Badge tone="success" dot>
                  Enabled
                </Badge>
              ) : (
                <Badge tone={webhook.disabledReason ? "warning" : "neutral"} dot>
                  Disabled
                </Badge>
              )}
            </span>
          </span>
        }
      />
      <UnreadableSecretsAlert webhooks={unreadable.filter((w) => w.id === webhook.id)} />
      {!webhook.enabled && (
        <div className="mb-6">
          <Alert title="This destination is disabled">
            <p>{webhook.disabledReason ?? "It was disabled by hand."}</p>
            <p className="mt-1">
              No new events are queued for it and waiting ones are held until it is enabled again on the Webhooks page.
            </p>
          </Alert>
        </div>
      )}
      <DeliveryLog
        webhookId={webhook.id}
        enabled={webhook.enabled}
        list={deliveries}
        status={query.status}
        before={query.before}
      />
    </div>
  );
}
