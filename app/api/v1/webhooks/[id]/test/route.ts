import { withApiKey } from "@/lib/api/with-api-key";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";

type Params = { id: string };

export const POST = withApiKey<Params>(async ({ actor, params }) => Response.json(await sendTestEvent(actor, params.id)));
