"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "../auth/action-result";
import type { Actor } from "../auth/roles";
import { parseInput } from "../errors";
import type { DeliveryDto } from "../webhooks/delivery-schema";
import { webhookIdSchema } from "../webhooks/schema";
import { redeliverDelivery } from "../webhooks/redeliver-delivery";
import { redeliverFailed } from "../webhooks/redeliver-failed";
import { sendTestEvent } from "../webhooks/send-test-event";

/** Runs the service for a checked destination ID and re-renders the delivery log on success. */
async function forWebhook<T>(id: unknown, fn: (actor: Actor, webhookId: string) => Promise<T>): Promise<ActionResult<T>> {
  const result = await runAction((actor) => fn(actor, parseInput(webhookIdSchema, id)));
  if (result.ok) revalidatePath("/settings/webhooks/[id]", "page");
  return result;
}

export async function sendTestEventAction(id: unknown): Promise<ActionResult<DeliveryDto>> {
  return forWebhook(id, (actor, webhookId) => sendTestEvent(actor, webhookId));
}

/** The delivery ID is checked by the service (deliveryIdSchema). */
export async function redeliverDeliveryAction(id: unknown, deliveryId: unknown): Promise<ActionResult<DeliveryDto>> {
  return forWebhook(id, (actor, webhookId) => redeliverDelivery(actor, webhookId, deliveryId));
}

export async function redeliverFailedAction(id: unknown): Promise<ActionResult<{ count: number }>> {
  return forWebhook(id, (actor, webhookId) => redeliverFailed(actor, webhookId));
}
