import { queryObject, readJsonBody, withApiKey } from "@/lib/api/with-api-key";
import { addOptOut } from "@/lib/privacy/add-opt-out";
import { listOptOuts } from "@/lib/privacy/list-opt-outs";

export const GET = withApiKey(async ({ req, actor }) => Response.json(await listOptOuts(actor, queryObject(req))));

export const POST = withApiKey(async ({ req, actor }) =>
  Response.json(await addOptOut(actor, await readJsonBody(req)), { status: 201 }),
);
