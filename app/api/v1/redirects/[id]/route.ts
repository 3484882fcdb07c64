import { readJsonBody, withApiKey } from "@/lib/api/with-api-key";
import { deleteRedirect } from "@/lib/redirects/delete-redirect";
import { getRedirect } from "@/lib/redirects/get-redirect";
import { updateRedirect } from "@/lib/redirects/update-redirect";

type Params = { id: string };

export const GET = withApiKey<Params>(async ({ actor, params }) => Response.json(await getRedirect(actor, params.id)));

export const PATCH = withApiKey<Params>(async ({ req, actor, params }) =>
  Response.json(await updateRedirect(actor, params.id, await readJsonBody(req))),
);

export const DELETE = withApiKey<Params>(async ({ actor, params }) => {
  await deleteRedirect(actor, params.id);
  return new Response(null, { status: 204 });
});
