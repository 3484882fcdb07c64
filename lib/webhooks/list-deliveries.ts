import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { deliveryListQuerySchema, type DeliveryListDto } from "./delivery-schema";
import { deliverySelect, toDeliveryDto } from "./delivery-to-dto";
import { findWebhookRow } from "./find-webhook-row";

/** A destination's delivery log, newest first, with its attempts; filtered by status. */
export async function listDeliveries(actor: Actor, webhookId: string, query: unknown): Promise<DeliveryListDto> {
  assertCan(actor, "webhooks:manage");
  const q = parseInput(deliveryListQuerySchema, query);
  const db = getDb();
  await findWebhookRow(db, webhookId);
  const rows = await db.webhookDelivery.findMany({
    where: { destinationId: webhookId, ...(q.status ? { status: q.status } : {}), ...(q.before ? { id: { lt: q.before } } : {}) },
    select: deliverySelect,
    orderBy: { id: "desc" },
    take: q.limit + 1,
  });
  const [pending, failed] = await Promise.all(
    (["pending", "failed"] as const).map((status) => db.webhookDelivery.count({ where: { destinationId: webhookId, status } })),
  );
  const page = rows.slice(0, q.limit);
  return {
    items: page.map(toDeliveryDto),
    nextBefore: rows.length > q.limit ? page[page.length - 1].id : null,
    counts: { pending, failed },
  };
}
