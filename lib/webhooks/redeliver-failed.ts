import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { findWebhookRow } from "./find-webhook-row";
import { DELIVERY_WINDOW_MS } from "./outbox";
import { signalOutbox } from "./outbox-signal";

/** Every event the destination gave up on is sent again, in a new run; returns how many. */
export async function redeliverFailed(actor: Actor, webhookId: string): Promise<{ count: number }> {
  assertCan(actor, "webhooks:manage");
  const now = new Date();
  const count = await getDb().$transaction(async (tx) => {
    await findWebhookRow(tx, webhookId);
    const { count } = await tx.webhookDelivery.updateMany({
      where: { destinationId: webhookId, status: "failed" },
      data: { status: "pending", attempts: 0, nextAttemptAt: now, expiresAt: new Date(now.getTime() + DELIVERY_WINDOW_MS) },
    });
    await recordAudit(tx, actor, {
      action: "webhook.redeliver-failed",
      entityType: "webhook",
      entityId: webhookId,
      after: { count },
    });
    return count;
  });
  if (count > 0) signalOutbox();
  return { count };
}
