import { readJsonBody, withApiKey } from "@/lib/api/with-api-key";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhook } from "@/lib/webhooks/get-webhook";
import { updateWebhook } from "@/lib/webhooks/update-webhook";

type Params = { id: string };

export const GET = withApiKey<Params>(async ({ actor, params }) => Response.json(await getWebhook(actor, params.id)));

export const PATCH = withApiKey<Params>(async ({ req, actor, params }) =>
  Response.json(await updateWebhook(actor, params.id, await readJsonBody(req))),
);

export const DELETE = withApiKey<Params>(async ({ actor, params }) => {
  await deleteWebhook(actor, params.id);
  return new Response(null, { status: 204 });
});
