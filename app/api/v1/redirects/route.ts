import { queryObject, readJsonBody, withApiKey } from "@/lib/api/with-api-key";
import { createRedirect } from "@/lib/redirects/create-redirect";
import { listRedirects } from "@/lib/redirects/list-redirects";

export const GET = withApiKey(async ({ req, actor }) => Response.json(await listRedirects(actor, queryObject(req))));

export const POST = withApiKey(async ({ req, actor }) =>
  Response.json(await createRedirect(actor, await readJsonBody(req)), { status: 201 }),
);
