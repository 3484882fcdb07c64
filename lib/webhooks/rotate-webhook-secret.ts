import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import type { WebhookWithSecret } from "./schema";
import { toWebhookDto, webhookSelect } from "./to-dto";
import { generateWebhookSecret, PREVIOUS_SECRET_GRACE_MS, sealWebhookSecret } from "./webhook-secret";

/**
 * Replaces the secret; the new one is shown once. The old one keeps signing (next to the new)
 * for PREVIOUS_SECRET_GRACE_MS, so events in flight still verify at a receiver not yet updated.
 * A second rotation within that time drops the oldest.
 */
export async function rotateWebhookSecret(actor: Actor, id: string): Promise<WebhookWithSecret> {
  assertCan(actor, "webhooks:manage");
  const secret = generateWebhookSecret();
  const dto = await getDb().$transaction(async (tx) => {
    const current = await tx.webhookDestination.findUnique({ where: { id }, select: { secret: true } });
    if (!current) throw new AppError("not_found", `No webhook destination with the ID "${id}".`);
    const row = await tx.webhookDestination.update({
      where: { id },
      data: {
        secret: sealWebhookSecret(id, secret),
        previousSecret: current.secret,
        previousSecretUntil: new Date(Date.now() + PREVIOUS_SECRET_GRACE_MS),
      },
      select: webhookSelect,
    });
    const dto = toWebhookDto(row);
    await recordAudit(tx, actor, { action: "webhook.rotate-secret", entityType: "webhook", entityId: id });
    return dto;
  });
  return { ...dto, secret: secret.toString("hex") };
}
