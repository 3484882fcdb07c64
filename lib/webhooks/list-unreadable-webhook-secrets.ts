import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { webhookSecretOpens } from "./webhook-secret";

/**
 * Destinations whose current secret this server cannot open (sealed under another
 * AUTH_SECRET): every delivery to them fails until an admin rotates the secret. For the
 * warning on the webhook pages; a handful of destinations per install, so no paging.
 */
export async function listUnreadableWebhookSecrets(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "webhooks:manage");
  const rows = await getDb().webhookDestination.findMany({
    select: { id: true, name: true, secret: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.filter((row) => !webhookSecretOpens(row)).map(({ id, name }) => ({ id, name }));
}
