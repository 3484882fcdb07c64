import { withApiKey } from "@/lib/api/with-api-key";
import { removeOptOut } from "@/lib/privacy/remove-opt-out";

type Params = { sessionId: string };

export const DELETE = withApiKey<Params>(async ({ actor, params }) => {
  await removeOptOut(actor, params.sessionId);
  return new Response(null, { status: 204 });
});
