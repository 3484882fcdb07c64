import { singleValueCache, type SingleValueCache } from "../cache/single-value-cache";
import type { Db } from "../db/client";
import { threadPart } from "../threads/thread-parts";
import { openSecret } from "./key-encryption";
import type { SigningKeyMaterial } from "./link-token";
import { reportUnreadableSecret } from "./report-unreadable-secret";

export interface SigningKeyRing {
  /** The highest unretired version, when it opens: signs new links. */
  current: SigningKeyMaterial | null;
  /** The highest unretired version, whether it opens or not; null before the first key exists. */
  latestVersion: number | null;
  /** Every unretired version that opens: verifies links. */
  byVersion: Map<number, Buffer>;
  /** Unretired versions that do not open with this AUTH_SECRET: their links get the 404 page. */
  unreadable: number[];
}

/**
 * Another instance's rotation or retirement reaches this one within this time. A token of a
 * version created elsewhere in that window gets the 404 page until the next reload; a key
 * list is one small query, so the window is kept short.
 */
const KEY_RING_MAX_AGE_MS = 10_000;

/**
 * A version that does not open (sealed under another AUTH_SECRET) is left out, so the others
 * keep verifying: one broken key must not turn every /l and /o into a 503.
 */
async function loadKeyRing(db: Pick<Db, "signingKey">): Promise<SigningKeyRing> {
  const rows = await db.signingKey.findMany({ where: { retiredAt: null }, orderBy: { version: "desc" } });
  const byVersion = new Map<number, Buffer>();
  const unreadable: number[] = [];
  for (const row of rows) {
    try {
      byVersion.set(row.version, openSecret(row.version, row.secret));
    } catch (err) {
      unreadable.push(row.version);
      reportUnreadableSecret(
        `signing key version ${row.version}`,
        "links signed with it get the 404 page; an admin should rotate the key and retire this version",
        err,
      );
    }
  }
  const latest = rows[0];
  const secret = latest && byVersion.get(latest.version);
  return {
    current: latest && secret ? { version: latest.version, secret } : null,
    latestVersion: latest?.version ?? null,
    byVersion,
    unreadable,
  };
}

export type KeyRingCache = SingleValueCache<SigningKeyRing>;

declare module "../threads/thread-parts" {
  interface ThreadParts {
    keyRing: KeyRingCache;
  }
}

export function createKeyRingCache(db: Pick<Db, "signingKey">): KeyRingCache {
  return singleValueCache("signing-keys", () => loadKeyRing(db), KEY_RING_MAX_AGE_MS);
}

/** The unretired keys, from this thread's cache: verifying a link costs no query. */
export async function getKeyRing(): Promise<SigningKeyRing> {
  return threadPart("keyRing").get();
}

/** Called after this process changed the keys, so every thread applies the change at once. */
export function invalidateKeyRing(): void {
  threadPart("keyRing").invalidate();
}
