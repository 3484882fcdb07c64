import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { checkWebhookUrl, type UrlCheckOptions } from "./check-webhook-url";
import { webhookCreateSchema, type WebhookWithSecret } from "./schema";
import { toWebhookDto, webhookSelect } from "./to-dto";
import { generateWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/** Creates a destination with a new secret, returned here in clear and never again. */
export async function createWebhook(actor: Actor, input: unknown, options: UrlCheckOptions = {}): Promise<WebhookWithSecret> {
  assertCan(actor, "webhooks:manage");
  const data = parseInput(webhookCreateSchema, input);
  await checkWebhookUrl(data.url, options);
  const secret = generateWebhookSecret();
  const dto = await getDb().$transaction(async (tx) => {
    // The sealed secret is bound to the row ID, which the database assigns: insert, then seal.
    const { id } = await tx.webhookDestination.create({
      data: { ...data, secret: new Uint8Array(), createdById: actor.userId },
      select: { id: true },
    });
    const row = await tx.webhookDestination.update({
      where: { id },
      data: { secret: sealWebhookSecret(id, secret) },
      select: webhookSelect,
    });
    const dto = toWebhookDto(row);
    await recordAudit(tx, actor, { action: "webhook.create", entityType: "webhook", entityId: id, after: dto });
    return dto;
  });
  return { ...dto, secret: secret.toString("hex") };
}
