import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getAuthSecret } from "../auth/secret";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The AES-256-GCM key that seals secrets at rest (signing keys, webhook secrets), derived from
 * AUTH_SECRET: a copy of the database alone cannot sign links. Changing AUTH_SECRET makes
 * stored secrets unreadable.
 */
function wrappingKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", getAuthSecret(), "clicktrail", "signing-keys/aes-256-gcm/v1", 32));
}

/**
 * Seals under associated data naming the owner (e.g. "webhook:<id>"): a sealed secret copied
 * to another row, or another kind of row, does not open.
 */
export function sealWith(associatedData: string, secret: Buffer): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(), iv);
  cipher.setAAD(Buffer.from(associatedData));
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return new Uint8Array(Buffer.concat([iv, body, cipher.getAuthTag()]));
}

/** Opens a sealed secret; throws when it was altered or sealed under another AUTH_SECRET. */
export function openWith(associatedData: string, sealed: Uint8Array): Buffer {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv("aes-256-gcm", wrappingKey(), bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

export function sealSecret(version: number, secret: Buffer): Uint8Array<ArrayBuffer> {
  return sealWith(`signing-key:${version}`, secret);
}

export function openSecret(version: number, sealed: Uint8Array): Buffer {
  return openWith(`signing-key:${version}`, sealed);
}
