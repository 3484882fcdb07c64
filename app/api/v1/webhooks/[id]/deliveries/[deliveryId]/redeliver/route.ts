import { withApiKey } from "@/lib/api/with-api-key";
import { redeliverDelivery } from "@/lib/webhooks/redeliver-delivery";

type Params = { id: string; deliveryId: string };

export const POST = withApiKey<Params>(async ({ actor, params }) =>
  Response.json(await redeliverDelivery(actor, params.id, params.deliveryId)),
);
