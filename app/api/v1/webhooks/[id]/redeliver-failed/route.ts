import { withApiKey } from "@/lib/api/with-api-key";
import { redeliverFailed } from "@/lib/webhooks/redeliver-failed";

type Params = { id: string };

export const POST = withApiKey<Params>(async ({ actor, params }) => Response.json(await redeliverFailed(actor, params.id)));
