import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { openSecret } from "./key-encryption";
import { toSigningKeyDto, type SigningKeyDto } from "./schema";

/**
 * A key as the list shows it. `readable` is false when this server cannot open it (sealed under
 * another AUTH_SECRET): links signed with it get the 404 page, and if it is the current one
 * nothing can be signed until the key is rotated.
 */
export type ListedSigningKey = SigningKeyDto & { readable: boolean };

/** Every key version, newest first, with its state; secrets never leave the database layer. */
export async function listSigningKeys(actor: Actor): Promise<ListedSigningKey[]> {
  assertCan(actor, "signing-keys:manage");
  const rows = await getDb().signingKey.findMany({
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, retiredAt: true, createdById: true, secret: true },
  });
  const current = rows.find((r) => !r.retiredAt)?.version ?? null;
  return rows.map((r) => ({ ...toSigningKeyDto(r, current), readable: opens(r.version, r.secret) }));
}

function opens(version: number, sealed: Uint8Array): boolean {
  try {
    openSecret(version, sealed);
    return true;
  } catch {
    return false;
  }
}
