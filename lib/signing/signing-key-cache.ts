import { getDb, type Db } from "../db/client";
import { refreshingCache } from "../settings/refreshing-cache";
import { openSecret } from "./key-encryption";
import type { SigningKeyMaterial } from "./link-token";

export interface SigningKeyRing {
  /** The highest unretired version: signs new links. Null before the first key exists. */
  current: SigningKeyMaterial | null;
  /** Every unretired version: verifies links. */
  byVersion: Map<number, Buffer>;
}

/**
 * Another instance's rotation or retirement reaches this one within this time. A token of a
 * version created elsewhere in that window gets the 404 page until the next reload; a key
 * list is one small query, so the window is kept short.
 */
const KEY_RING_MAX_AGE_MS = 10_000;

async function loadKeyRing(db: Pick<Db, "signingKey">): Promise<SigningKeyRing> {
  const rows = await db.signingKey.findMany({ where: { retiredAt: null }, orderBy: { version: "desc" } });
  const keys = rows.map((r) => {
    try {
      return { version: r.version, secret: openSecret(r.version, r.secret) };
    } catch (err) {
      throw new Error(`signing key version ${r.version} cannot be decrypted: was AUTH_SECRET changed?`, { cause: err });
    }
  });
  return { current: keys[0] ?? null, byVersion: new Map(keys.map((k) => [k.version, k.secret])) };
}

const cache = refreshingCache("__clicktrailSigningKeys", () => loadKeyRing(getDb()), KEY_RING_MAX_AGE_MS);

/** The unretired keys, from this process's cache: verifying a link costs no query. */
export function getKeyRing(): Promise<SigningKeyRing> {
  return cache.get();
}

/** Called after this process changed the keys, so it applies the change at once. */
export function invalidateKeyRing(): void {
  cache.invalidate();
}
