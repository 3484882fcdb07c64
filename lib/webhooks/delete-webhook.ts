import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { findWebhookRow } from "./find-webhook-row";
import { toWebhookDto } from "./to-dto";

export async function deleteWebhook(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "webhooks:manage");
  await getDb().$transaction(async (tx) => {
    const before = toWebhookDto(await findWebhookRow(tx, id));
    await tx.webhookDestination.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "webhook.delete", entityType: "webhook", entityId: id, before });
  });
}
