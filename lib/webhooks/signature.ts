import { createHmac, timingSafeEqual } from "node:crypto";

/** The request header that carries the signature of a webhook body. */
export const SIGNATURE_HEADER = "Clicktrail-Signature";

const MAX_HEADER_LENGTH = 4096;
const TIMESTAMP = /^\d{1,12}$/;
const V1 = /^[0-9a-f]{64}$/;

export type VerifyResult = { ok: true } | { ok: false; reason: "missing" | "malformed" | "stale" | "future" | "mismatch" };

/**
 * The header value `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. With several
 * secrets (a rotation in progress) it carries one v1 per secret, so receivers holding either
 * the old or the new secret accept it.
 */
export function signPayload(
  secret: Uint8Array | readonly Uint8Array[],
  body: string | Uint8Array,
  timestampSeconds: number,
): string {
  if (!Number.isSafeInteger(timestampSeconds) || timestampSeconds < 0) {
    throw new RangeError("timestampSeconds must be a non-negative integer");
  }
  const secrets = secret instanceof Uint8Array ? [secret] : secret;
  const t = String(timestampSeconds);
  return [`t=${t}`, ...secrets.map((s) => `v1=${mac(s, t, body).toString("hex")}`)].join(",");
}

/**
 * Checks a Clicktrail-Signature header against the raw body as received: some v1 must be the
 * HMAC under some secret (old and new during a rotation), and t must be within
 * `toleranceSeconds` of now either way, so a captured request cannot be replayed later.
 */
export function verifySignature(
  header: string | null | undefined,
  body: string | Uint8Array,
  secret: Uint8Array | readonly Uint8Array[],
  { toleranceSeconds = 300, now = new Date() }: { toleranceSeconds?: number; now?: Date } = {},
): VerifyResult {
  if (!header) return { ok: false, reason: "missing" };
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, reason: "malformed" };
  const age = Math.floor(now.getTime() / 1000) - Number(parsed.t);
  if (age > toleranceSeconds) return { ok: false, reason: "stale" };
  if (age < -toleranceSeconds) return { ok: false, reason: "future" };
  const secrets = secret instanceof Uint8Array ? [secret] : secret;
  for (const s of secrets) {
    const expected = mac(s, parsed.t, body);
    // Equal lengths are guaranteed by the V1 pattern; timingSafeEqual hides where they differ.
    if (parsed.v1.some((given) => timingSafeEqual(Buffer.from(given, "hex"), expected))) return { ok: true };
  }
  return { ok: false, reason: "mismatch" };
}

function mac(secret: Uint8Array, t: string, body: string | Uint8Array): Buffer {
  return createHmac("sha256", secret).update(`${t}.`).update(body).digest();
}

/** Exactly one t and at least one v1; other schemes are skipped so that v2 can be added. */
function parseHeader(header: string): { t: string; v1: string[] } | null {
  if (header.length > MAX_HEADER_LENGTH) return null;
  let t: string | null = null;
  const v1: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 1) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t") {
      if (t !== null || !TIMESTAMP.test(value)) return null;
      t = value;
    } else if (key === "v1") {
      if (!V1.test(value)) return null;
      v1.push(value);
    }
  }
  return t !== null && v1.length > 0 ? { t, v1 } : null;
}
