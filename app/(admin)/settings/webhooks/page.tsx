import type { Metadata } from "next";
import { UnreadableSecretsAlert } from "@/components/webhooks/unreadable-secrets-alert";
import { WebhookList } from "@/components/webhooks/webhook-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session-actor";
import { listUnreadableWebhookSecrets } from "@/lib/webhooks/list-unreadable-webhook-secrets";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requirePageActor("webhooks:manage");
  const [{ items }, unreadable] = await Promise.all([listWebhooks(actor), listUnreadableWebhookSecrets(actor)]);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title="Webhooks"
        description="Endpoints of yours for click and email-open events, filtered by event type, redirect or tag. Clicktrail signs each event with the destination's secret (Clicktrail-Signature header)."
      />
      <UnreadableSecretsAlert webhooks={unreadable} />
      <WebhookList webhooks={items} />
    </div>
  );
}
