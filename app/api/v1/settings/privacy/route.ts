import { readJsonBody, withApiKey } from "@/lib/api/with-api-key";
import { readPrivacySettings, updatePrivacySettings } from "@/lib/settings/privacy-settings";

export const GET = withApiKey(async ({ actor }) => Response.json(await readPrivacySettings(actor)));

/** The fields given replace the current values; omitted fields are kept. */
export const PUT = withApiKey(async ({ req, actor }) =>
  Response.json(await updatePrivacySettings(actor, await readJsonBody(req))),
);
