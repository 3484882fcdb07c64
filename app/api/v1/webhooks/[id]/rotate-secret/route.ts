import { withApiKey } from "@/lib/api/with-api-key";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";

type Params = { id: string };

export const POST = withApiKey<Params>(async ({ actor, params }) => Response.json(await rotateWebhookSecret(actor, params.id)));
