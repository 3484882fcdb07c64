import { randomBytes } from "node:crypto";
import { openWith, sealWith } from "../signing/key-encryption";

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
 * secret, then the rotated-out one while its grace period runs.
 */
export function webhookSigningSecrets(row: SealedSecrets, now = new Date()): Buffer[] {
  const keys = [openWebhookSecret(row.id, row.secret)];
  if (row.previousSecret && row.previousSecretUntil && row.previousSecretUntil > now) {
    keys.push(openWebhookSecret(row.id, row.previousSecret));
  }
  return keys;
}
