import { requestPublicOrigin } from "@/lib/api/request-public-origin";
import { readJsonBody, withApiKey } from "@/lib/api/with-api-key";
import { MAX_BODY_CHARS } from "@/lib/email/body-limit";
import { createSignedLink } from "@/lib/email/create-signed-link";

/** 200, not 201: a signed link is computed, nothing is stored. */
export const POST = withApiKey(async ({ req, actor }) => {
  const body = await readJsonBody(req, MAX_BODY_CHARS);
  return Response.json(await createSignedLink(actor, body, requestPublicOrigin(req)));
});
