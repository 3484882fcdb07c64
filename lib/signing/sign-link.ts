import { ensureSigningKey } from "./ensure-signing-key";
import type { LinkClaimsInput } from "./link-claims";
import { encodeLinkToken } from "./link-token";

/**
 * A token for /l/{token} (kind "link") or /o/{token}.gif (kind "pixel"), signed with the
 * current key (created on first use); throws a 400 AppError when a field is invalid.
 */
export async function signLink(input: LinkClaimsInput, now = new Date()): Promise<string> {
  const { current } = await ensureSigningKey();
  return encodeLinkToken(input, current, now);
}
