import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError, parseInput } from "../errors";
import { deliveryIdSchema, type DeliveryDto } from "./delivery-schema";
import { deliverySelect, toDeliveryDto } from "./delivery-to-dto";
import { DELIVERY_WINDOW_MS } from "./outbox";
import { signalOutbox } from "./outbox-signal";

/**
 * Sends one event again, whatever became of it: due now, in a new run with a fresh delivery
 * window. The event keeps its ID, so a receiver that has it already can drop it.
 */
export async function redeliverDelivery(actor: Actor, webhookId: string, deliveryId: unknown): Promise<DeliveryDto> {
  assertCan(actor, "webhooks:manage");
  const id = parseInput(deliveryIdSchema, deliveryId);
  const db = getDb();
  const now = new Date();
  const { count } = await db.webhookDelivery.updateMany({
    where: { id, destinationId: webhookId },
    data: {
      status: "pending",
      attempts: 0,
      nextAttemptAt: now,
      expiresAt: new Date(now.getTime() + DELIVERY_WINDOW_MS),
      deliveredAt: null,
    },
  });
  if (count === 0) throw new AppError("not_found", `No delivery ${id} for the webhook destination "${webhookId}".`);
  signalOutbox();
  return toDeliveryDto(await db.webhookDelivery.findUniqueOrThrow({ where: { id }, select: deliverySelect }));
}
