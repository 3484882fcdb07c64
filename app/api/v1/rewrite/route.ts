import { requestPublicOrigin } from "@/lib/api/request-public-origin";
import { readJsonBody, withApiKey } from "@/lib/api/with-api-key";
import { MAX_BODY_CHARS } from "@/lib/email/body-limit";
import { rewriteEmail } from "@/lib/email/rewrite-email";

export const POST = withApiKey(async ({ req, actor }) => {
  const body = await readJsonBody(req, MAX_BODY_CHARS);
  return Response.json(await rewriteEmail(actor, body, requestPublicOrigin(req)));
});
