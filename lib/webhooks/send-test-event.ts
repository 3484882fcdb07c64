import { randomUUID } from "node:crypto";
import { assertCan, type Actor } from "../auth/roles";
import { getConfig } from "../config";
import { getDb, getDbProvider } from "../db/client";
import { attemptDelivery } from "./delivery/attempt-delivery";
import { loadDeliveryJobs } from "./delivery/load-delivery-jobs";
import { recordOutcomes } from "./delivery/record-outcomes";
import { DEFAULT_RETRY_POLICY } from "./delivery/retry-policy";
import type { DeliveryDto } from "./delivery-schema";
import { deliverySelect, toDeliveryDto } from "./delivery-to-dto";
import { webhookEventSchema, type WebhookEvent } from "./event-payload";
import { findWebhookRow } from "./find-webhook-row";
import { DELIVERY_WINDOW_MS } from "./outbox";

/** The type of the event "Send test event" sends; receivers can ignore it. */
export const TEST_EVENT_TYPE = "webhook.test";
const TEST_TIMEOUT_MS = 10_000;

/**
 * Sends a made-up event to the destination now, in the destination's format and signed with
 * its secret, and answers with the attempt. It is a delivery like any other: logged, and
 * retried by the worker if this attempt fails.
 */
export async function sendTestEvent(actor: Actor, webhookId: string): Promise<DeliveryDto> {
  assertCan(actor, "webhooks:manage");
  const db = getDb();
  await findWebhookRow(db, webhookId);
  const now = new Date();
  const event: WebhookEvent = webhookEventSchema.parse({
    id: `evt_test_${randomUUID()}`,
    type: TEST_EVENT_TYPE,
    occurredAt: now.toISOString(),
    redirect: null,
    session: null,
    properties: {
      test: true,
      message: "A test event from Clicktrail: the destination is reachable and the signature can be checked.",
    },
    context: {
      source: "redirect",
      targetUrl: "https://example.com/",
      ip: null,
      userAgent: null,
      browser: null,
      os: null,
      device: null,
      country: null,
      referer: null,
      acceptLanguage: null,
      isBot: false,
      botReason: null,
    },
  });
  // Leased by this call (due later), so the worker does not send it at the same time.
  const { id } = await db.webhookDelivery.create({
    data: {
      destinationId: webhookId,
      eventId: event.id,
      eventType: event.type,
      payload: JSON.stringify(event),
      nextAttemptAt: new Date(now.getTime() + TEST_TIMEOUT_MS + 20_000),
      expiresAt: new Date(now.getTime() + DELIVERY_WINDOW_MS),
      createdAt: now,
    },
    select: { id: true },
  });
  const [job] = await loadDeliveryJobs(db, [id], now);
  const outcome = await attemptDelivery(job, { timeoutMs: TEST_TIMEOUT_MS, allowPrivate: getConfig().ALLOW_PRIVATE_WEBHOOKS });
  await recordOutcomes(db, getDbProvider(), [outcome], DEFAULT_RETRY_POLICY);
  return toDeliveryDto(await db.webhookDelivery.findUniqueOrThrow({ where: { id }, select: deliverySelect }));
}
