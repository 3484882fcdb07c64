import { readJsonBody, withApiKey } from "@/lib/api/with-api-key";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";

export const GET = withApiKey(async ({ actor }) => Response.json(await listWebhooks(actor)));

export const POST = withApiKey(async ({ req, actor }) =>
  Response.json(await createWebhook(actor, await readJsonBody(req)), { status: 201 }),
);
