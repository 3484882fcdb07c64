import { SESSION_ID_PATTERN } from "../sessions/session-id";
import type { LinkClaims } from "./link-claims";
import { verifyLinkToken, type VerifyFailure } from "./link-token";
import { getKeyRing } from "./signing-key-cache";

export type LinkFailure = VerifyFailure | "wrong-kind" | "invalid-session" | "session-mismatch";

export type VerifiedLink<K extends LinkClaims["kind"]> =
  { ok: true; claims: Extract<LinkClaims, { kind: K }> } | { ok: false; reason: LinkFailure };

/**
 * Checks a token from /l/{token}[/{sessionId}] or /o/{token}.gif against the cached keys. A
 * session in the path (an email tool's per-recipient substitution) applies only to tokens
 * that carry none; with a signed session it must be the same one, or the link is refused:
 * whoever signed a session chose the recipient (docs/adr/0010). Every failure is a result
 * for the 404 page; only an unreachable database with no cached keys throws.
 */
export async function verifyLink<K extends LinkClaims["kind"]>(request: {
  kind: K;
  token: string;
  sessionId?: string;
}): Promise<VerifiedLink<K>> {
  const ring = await getKeyRing();
  const result = verifyLinkToken(request.token, (version) => ring.byVersion.get(version));
  if (!result.ok) return result;
  const claims = result.claims;
  if (claims.kind !== request.kind) return { ok: false, reason: "wrong-kind" };
  const pathSession = request.sessionId;
  if (pathSession !== undefined) {
    if (!SESSION_ID_PATTERN.test(pathSession)) return { ok: false, reason: "invalid-session" };
    if (claims.sessionId !== null && claims.sessionId !== pathSession) return { ok: false, reason: "session-mismatch" };
  }
  return {
    ok: true,
    claims: { ...claims, sessionId: claims.sessionId ?? pathSession ?? null } as Extract<LinkClaims, { kind: K }>,
  };
}
