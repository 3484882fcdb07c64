import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import type { WebhookDto } from "./schema";
import { toWebhookDto, webhookSelect } from "./to-dto";

/** Every destination, newest first: a handful per install, so no paging. */
export async function listWebhooks(actor: Actor): Promise<{ items: WebhookDto[] }> {
  assertCan(actor, "webhooks:manage");
  const rows = await getDb().webhookDestination.findMany({
    select: webhookSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return { items: rows.map(toWebhookDto) };
}
