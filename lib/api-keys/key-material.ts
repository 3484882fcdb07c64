import { createHash } from "node:crypto";
import { customAlphabet } from "nanoid";

const KEY_PREFIX = "ct_";
// 32 base62 characters ≈ 190 bits: a plain SHA-256 is a safe hash for secrets this strong.
const randomPart = customAlphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 32);

export function newApiKey(): string {
  return KEY_PREFIX + randomPart();
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** The part shown in lists to tell keys apart. */
export function displayPrefix(key: string): string {
  return key.slice(0, KEY_PREFIX.length + 6);
}
