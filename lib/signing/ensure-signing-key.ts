import type { Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { insertSigningKey } from "./insert-signing-key";
import { getKeyRing, invalidateKeyRing, type SigningKeyRing } from "./signing-key-cache";

/** Who the audit log names when the app creates the first key on its own. */
const SYSTEM_ACTOR: Actor = { kind: "cli", id: null, userId: null, label: "system", role: "admin" };

/**
 * The key ring with a current key, creating version 1 on first use. Concurrent first uses
 * (two requests, two instances) all end with the same single version 1.
 */
export async function ensureSigningKey(): Promise<SigningKeyRing & { current: NonNullable<SigningKeyRing["current"]> }> {
  const ring = await getKeyRing();
  if (ring.current) return { ...ring, current: ring.current };
  try {
    // Always version 1: the primary key lets exactly one first use create it. Later versions
    // come only from rotation, and the current version cannot be retired, so a key ring
    // without a current key means this cache has not seen version 1 yet.
    await getDb().$transaction((tx) => insertSigningKey(tx, SYSTEM_ACTOR, 1, "signing-key.create"));
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  invalidateKeyRing();
  const fresh = await getKeyRing();
  if (!fresh.current) throw new Error("every signing key is retired; rotate to create a new one");
  return { ...fresh, current: fresh.current };
}
