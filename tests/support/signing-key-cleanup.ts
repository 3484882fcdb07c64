import { afterAll, beforeAll } from "vitest";
import { getDb } from "../../lib/db/client";
import { invalidateKeyRing } from "../../lib/signing/signing-key-cache";

/**
 * Registers hooks that remove the signing keys a suite's first signature created, with their
 * audit rows: the database is shared, and the signing-key suite counts versions and audits.
 */
export function removeSigningKeysCreatedHere(): void {
  let before: number[] = [];
  beforeAll(async () => {
    before = (await getDb().signingKey.findMany({ select: { version: true } })).map((k) => k.version);
  });
  afterAll(async () => {
    const created = await getDb().signingKey.findMany({ where: { version: { notIn: before } }, select: { version: true } });
    const versions = created.map((k) => k.version);
    await getDb().auditLog.deleteMany({ where: { entityType: "signing-key", entityId: { in: versions.map(String) } } });
    await getDb().signingKey.deleteMany({ where: { version: { in: versions } } });
    invalidateKeyRing();
  });
}
