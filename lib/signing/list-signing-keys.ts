import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { toSigningKeyDto, type SigningKeyDto } from "./schema";

/** Every key version, newest first, with its state; secrets never leave the database layer. */
export async function listSigningKeys(actor: Actor): Promise<SigningKeyDto[]> {
  assertCan(actor, "signing-keys:manage");
  const rows = await getDb().signingKey.findMany({
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, retiredAt: true, createdById: true },
  });
  const current = rows.find((r) => !r.retiredAt)?.version ?? null;
  return rows.map((r) => toSigningKeyDto(r, current));
}
