import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { checkWebhookUrl, type UrlCheckOptions } from "./check-webhook-url";
import { findWebhookRow } from "./find-webhook-row";
import { DELIVERY_WINDOW_MS } from "./outbox";
import { signalOutbox } from "./outbox-signal";
import { requireTracardiSource, WEBHOOK_FORMATS, webhookUpdateSchema, type WebhookDto } from "./schema";
import { toWebhookDto, webhookSelect } from "./to-dto";

const mergedSchema = z
  .object({ format: z.enum(WEBHOOK_FORMATS), tracardiSourceId: z.string().nullable() })
  .superRefine(requireTracardiSource);

/**
 * Partial update; a new URL is checked again, and any change to `enabled` clears disabledReason.
 * Enabling a disabled destination starts afresh: its failure streak is cleared and the events
 * that waited are due now, with a new delivery window.
 */
export async function updateWebhook(
  actor: Actor,
  id: string,
  input: unknown,
  options: UrlCheckOptions = {},
): Promise<WebhookDto> {
  assertCan(actor, "webhooks:manage");
  const patch = parseInput(webhookUpdateSchema, input);
  if (patch.url !== undefined) await checkWebhookUrl(patch.url, options);
  let signalAfter = false;
  const result = await getDb().$transaction(async (tx) => {
    const before = toWebhookDto(await findWebhookRow(tx, id));
    parseInput(mergedSchema, { ...before, ...patch });
    const row = await tx.webhookDestination.update({
      where: { id },
      data: { ...patch, ...(patch.enabled !== undefined && { disabledReason: null }) },
      select: webhookSelect,
    });
    const after = toWebhookDto(row);
    if (!before.enabled && after.enabled) {
      const now = new Date();
      await tx.webhookDestination.update({ where: { id }, data: { consecutiveFailures: 0, failingSince: null } });
      await tx.webhookDelivery.updateMany({
        where: { destinationId: id, status: "pending" },
        data: { nextAttemptAt: now, expiresAt: new Date(now.getTime() + DELIVERY_WINDOW_MS) },
      });
      signalAfter = true;
    }
    await recordAudit(tx, actor, { action: "webhook.update", entityType: "webhook", entityId: id, before, after });
    return after;
  });
  if (signalAfter) signalOutbox();
  return result;
}
