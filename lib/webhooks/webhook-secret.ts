import { randomBytes } from "node:crypto";
import { openWith, sealWith } from "../signing/key-encryption";
import { reportUnreadableSecret } from "../signing/report-unreadable-secret";

export const WEBHOOK_SECRET_BYTES = 32;
/** How long a rotated-out secret still signs: receivers get a day to switch, as long as retries run. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

/** The destination ID as associated data: a sealed secret copied to another row does not open. */
const aad = (webhookId: string) => `webhook:${webhookId}`;

export function generateWebhookSecret(): Buffer {
  return randomBytes(WEBHOOK_SECRET_BYTES);
}

export function sealWebhookSecret(webhookId: string, secret: Buffer): Uint8Array<ArrayBuffer> {
  return sealWith(aad(webhookId), secret);
}

/** The HMAC key of a destination's Clicktrail-Signature; throws when the sealed bytes were altered. */
export function openWebhookSecret(webhookId: string, sealed: Uint8Array): Buffer {
  return openWith(aad(webhookId), sealed);
}

interface SealedSecrets {
  id: string;
  secret: Uint8Array;
  previousSecret: Uint8Array | null;
  previousSecretUntil: Date | null;
}

/**
 * The keys a delivery is signed with (lib/webhooks/signature.ts takes the list): the current
 * secret, then the rotated-out one while its grace period runs. A rotated-out secret that no
 * longer opens is left out (the current one still signs); a current one that does not open
 * throws, and the delivery loop records that as the attempt's error.
 */
export function webhookSigningSecrets(row: SealedSecrets, now = new Date()): Buffer[] {
  let keys: Buffer[];
  try {
    keys = [openWebhookSecret(row.id, row.secret)];
  } catch (err) {
    reportUnreadableSecret(
      `the secret of webhook destination ${row.id}`,
      "its events fail until an admin rotates its secret",
      err,
    );
    throw err;
  }
  if (row.previousSecret && row.previousSecretUntil && row.previousSecretUntil > now) {
    try {
      keys.push(openWebhookSecret(row.id, row.previousSecret));
    } catch (err) {
      reportUnreadableSecret(
        `the previous secret of webhook destination ${row.id}`,
        "events are signed with its current secret only",
        err,
      );
    }
  }
  return keys;
}

/** Whether this server can open the destination's current secret (see webhookSigningSecrets). */
export function webhookSecretOpens(row: Pick<SealedSecrets, "id" | "secret">): boolean {
  try {
    openWebhookSecret(row.id, row.secret);
    return true;
  } catch {
    return false;
  }
}
