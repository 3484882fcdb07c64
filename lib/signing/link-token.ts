import { createHmac, timingSafeEqual } from "node:crypto";
import { parseInput } from "../errors";
import {
  MAX_CAMPAIGN_LENGTH,
  MAX_REDIRECT_ID_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  areValidFields,
  isSafeTarget,
  linkClaimsInputSchema,
  type LinkClaims,
  type LinkClaimsInput,
  type LinkFields,
} from "./link-claims";
import { MAX_TARGET_LENGTH } from "../redirects/schema";
import { MAX_SESSION_ID_LENGTH } from "../sessions/session-id";
import { readString, writeString } from "./packed-string";
import { readVarint, writeVarint } from "./varint";

/** First byte: token format 1, link or pixel. Any other value is a malformed token. */
const TYPE_LINK = 0x11;
const TYPE_PIXEL = 0x12;
const FLAG_REDIRECT = 1;
const FLAG_SESSION = 2;
const FLAG_CAMPAIGN = 4;
/** HMAC-SHA256 truncated to 128 bits (docs/adr/0010-signed-links.md). */
export const MAC_BYTES = 16;
/** Issue times are whole minutes since this instant: 3 varint bytes until late 2028, then 4. */
const EPOCH_MS = Date.UTC(2025, 0, 1);
const MINUTE_MS = 60_000;
/** Target prefixes stored as one byte (index); longest first so the encoder picks the best. */
const URL_PREFIXES = ["https://www.", "http://www.", "https://", "http://", ""];

/** Longer than any token the encoder can make; refuses to decode anything bigger. */
const MAX_TOKEN_LENGTH = 8192;

export interface SigningKeyMaterial {
  version: number;
  secret: Buffer;
}

export type VerifyFailure = "malformed" | "unknown-key" | "bad-signature" | "invalid-target";
export type VerifyResult = { ok: true; claims: LinkClaims } | { ok: false; reason: VerifyFailure };

function mac(secret: Buffer, payload: Uint8Array): Buffer {
  return createHmac("sha256", secret).update(payload).digest().subarray(0, MAC_BYTES);
}

/** Encodes and signs claims; throws a 400 AppError when a field is invalid. */
export function encodeLinkToken(input: LinkClaimsInput, key: SigningKeyMaterial, now = new Date()): string {
  const claims = parseInput(linkClaimsInputSchema, input);
  const minutes = Math.floor((now.getTime() - EPOCH_MS) / MINUTE_MS);
  const out: number[] = [claims.kind === "link" ? TYPE_LINK : TYPE_PIXEL];
  writeVarint(out, key.version);
  writeVarint(out, Math.max(0, minutes));
  out.push(
    (claims.redirectId !== null ? FLAG_REDIRECT : 0) |
      (claims.sessionId !== null ? FLAG_SESSION : 0) |
      (claims.campaign !== null ? FLAG_CAMPAIGN : 0),
  );
  if (claims.kind === "link") {
    const prefix = URL_PREFIXES.findIndex((p) => claims.targetUrl.startsWith(p));
    out.push(prefix);
    writeString(out, claims.targetUrl.slice(URL_PREFIXES[prefix].length));
  }
  if (claims.redirectId !== null) writeString(out, claims.redirectId);
  if (claims.sessionId !== null) writeString(out, claims.sessionId);
  if (claims.campaign !== null) writeString(out, claims.campaign);
  writeVarint(out, claims.tags.length);
  for (const tag of claims.tags) writeString(out, tag);
  const payload = Uint8Array.from(out);
  return Buffer.concat([payload, mac(key.secret, payload)]).toString("base64url");
}

/**
 * Decodes a token and checks its signature with the key of its version. Never throws: every
 * tampered, truncated, over-long or unknown-key token is a failure result.
 */
export function verifyLinkToken(token: string, keyFor: (version: number) => Buffer | undefined): VerifyResult {
  const fail = (reason: VerifyFailure): VerifyResult => ({ ok: false, reason });
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return fail("malformed");
  const bytes = Buffer.from(token, "base64url");
  // Only the canonical spelling: no stray bits in the last character.
  if (bytes.toString("base64url") !== token || bytes.length < 4 + MAC_BYTES) return fail("malformed");
  const payload = bytes.subarray(0, bytes.length - MAC_BYTES);
  const type = payload[0];
  if (type !== TYPE_LINK && type !== TYPE_PIXEL) return fail("malformed");
  const version = readVarint(payload, 1);
  if (!version || version.value === 0) return fail("malformed");
  const secret = keyFor(version.value);
  if (!secret) return fail("unknown-key");
  if (!timingSafeEqual(mac(secret, payload), bytes.subarray(bytes.length - MAC_BYTES))) return fail("bad-signature");

  const body = decodeBody(payload, version.next, type === TYPE_LINK);
  if (!body) return fail("malformed");
  const base = { keyVersion: version.value, issuedAt: new Date(EPOCH_MS + body.minutes * MINUTE_MS), ...body.fields };
  if (body.targetUrl === null) return { ok: true, claims: { ...base, kind: "pixel" } };
  if (!isSafeTarget(body.targetUrl)) return fail("invalid-target");
  return { ok: true, claims: { ...base, kind: "link", targetUrl: body.targetUrl } };
}

function decodeBody(
  payload: Uint8Array,
  start: number,
  hasTarget: boolean,
): { minutes: number; targetUrl: string | null; fields: LinkFields } | null {
  const minutes = readVarint(payload, start);
  if (!minutes) return null;
  let pos = minutes.next;
  const flags = payload[pos++];
  if (flags === undefined || (flags & ~(FLAG_REDIRECT | FLAG_SESSION | FLAG_CAMPAIGN)) !== 0) return null;

  const take = (maxChars: number): string | null => {
    const s = readString(payload, pos, maxChars);
    if (!s) return null;
    pos = s.next;
    return s.value;
  };
  let targetUrl: string | null = null;
  if (hasTarget) {
    const prefix = URL_PREFIXES[payload[pos++]];
    const rest = prefix === undefined ? null : take(MAX_TARGET_LENGTH);
    if (rest === null) return null;
    targetUrl = prefix + rest;
  }
  const fields: LinkFields = { redirectId: null, sessionId: null, campaign: null, tags: [] };
  if (flags & FLAG_REDIRECT && (fields.redirectId = take(MAX_REDIRECT_ID_LENGTH)) === null) return null;
  if (flags & FLAG_SESSION && (fields.sessionId = take(MAX_SESSION_ID_LENGTH)) === null) return null;
  if (flags & FLAG_CAMPAIGN && (fields.campaign = take(MAX_CAMPAIGN_LENGTH)) === null) return null;
  const count = readVarint(payload, pos);
  if (!count || count.value > MAX_TAGS) return null;
  pos = count.next;
  for (let i = 0; i < count.value; i++) {
    const tag = take(MAX_TAG_LENGTH);
    if (tag === null) return null;
    fields.tags.push(tag);
  }
  if (pos !== payload.length || !areValidFields(fields)) return null;
  return { minutes: minutes.value, targetUrl, fields };
}
