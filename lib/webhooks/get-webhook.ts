import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { findWebhookRow } from "./find-webhook-row";
import type { WebhookDto } from "./schema";
import { toWebhookDto } from "./to-dto";

export async function getWebhook(actor: Actor, id: string): Promise<WebhookDto> {
  assertCan(actor, "webhooks:manage");
  return toWebhookDto(await findWebhookRow(getDb(), id));
}
