import type { Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import { insertSigningKey } from "./insert-signing-key";
import { getKeyRing, invalidateKeyRing, type SigningKeyRing } from "./signing-key-cache";

/** Who the audit log names when the app creates the first key on its own. */
const SYSTEM_ACTOR: Actor = { kind: "cli", id: null, userId: null, label: "system", role: "admin" };

type RingWithCurrent = SigningKeyRing & { current: NonNullable<SigningKeyRing["current"]> };

/**
 * The key ring with a current key, creating version 1 on first use. Concurrent first uses
 * (two requests, two instances) all end with the same single version 1. When the current
 * version does not open (AUTH_SECRET changed), nothing is signed: an older key would hide the
 * problem, and a key made here on its own could be one that the other instances cannot open.
 */
export async function ensureSigningKey(): Promise<RingWithCurrent> {
  const ring = await getKeyRing();
  if (ring.current) return { ...ring, current: ring.current };
  if (ring.latestVersion !== null) throw unreadableCurrent(ring.latestVersion);
  try {
    // Always version 1: the primary key lets exactly one first use create it. Later versions
    // come only from rotation, and the current version cannot be retired, so a key ring
    // without any unretired key means this cache has not seen version 1 yet.
    await getDb().$transaction((tx) => insertSigningKey(tx, SYSTEM_ACTOR, 1, "signing-key.create"));
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  invalidateKeyRing();
  const fresh = await getKeyRing();
  if (fresh.current) return { ...fresh, current: fresh.current };
  if (fresh.latestVersion !== null) throw unreadableCurrent(fresh.latestVersion);
  throw new Error("every signing key is retired; rotate to create a new one");
}

function unreadableCurrent(version: number): AppError {
  return new AppError(
    "conflict",
    `Signing key version ${version}, which signs new links, cannot be opened with this server's AUTH_SECRET ` +
      "(was AUTH_SECRET changed?). An admin must rotate the signing key (Settings → Signing keys, or " +
      "`npm run cli -- signing-keys --rotate`) before links can be signed.",
  );
}
