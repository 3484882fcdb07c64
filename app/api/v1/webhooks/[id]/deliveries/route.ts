import { withApiKey } from "@/lib/api/with-api-key";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";

type Params = { id: string };

export const GET = withApiKey<Params>(async ({ req, actor, params }) =>
  Response.json(await listDeliveries(actor, params.id, Object.fromEntries(new URL(req.url).searchParams))),
);
