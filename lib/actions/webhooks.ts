"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "../auth/action-result";
import { parseInput } from "../errors";
import { createWebhook } from "../webhooks/create-webhook";
import { deleteWebhook } from "../webhooks/delete-webhook";
import { rotateWebhookSecret } from "../webhooks/rotate-webhook-secret";
import { webhookIdSchema, type WebhookDto, type WebhookWithSecret } from "../webhooks/schema";
import { updateWebhook } from "../webhooks/update-webhook";

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/settings/webhooks");
  return result;
}

export async function createWebhookAction(input: unknown): Promise<ActionResult<WebhookWithSecret>> {
  return refresh(await runAction((actor) => createWebhook(actor, input)));
}

export async function updateWebhookAction(id: unknown, input: unknown): Promise<ActionResult<WebhookDto>> {
  return refresh(await runAction((actor) => updateWebhook(actor, parseInput(webhookIdSchema, id), input)));
}

export async function rotateWebhookSecretAction(id: unknown): Promise<ActionResult<WebhookWithSecret>> {
  return refresh(await runAction((actor) => rotateWebhookSecret(actor, parseInput(webhookIdSchema, id))));
}

export async function deleteWebhookAction(id: unknown): Promise<ActionResult<null>> {
  return refresh(
    await runAction(async (actor) => {
      await deleteWebhook(actor, parseInput(webhookIdSchema, id));
      return null;
    }),
  );
}
