import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/roles";
import type { Db } from "../db/client";
import { sealSecret } from "./key-encryption";
import { toSigningKeyDto, type SigningKeyDto } from "./schema";

/** HMAC-SHA256 keys as long as the hash: more adds nothing (RFC 2104). */
const SECRET_BYTES = 32;

/**
 * Adds a new current key of this version with an audit row; call inside a transaction. Two
 * callers choosing the same version collide on the primary key, so only one of them wins.
 */
export async function insertSigningKey(
  tx: Pick<Db, "signingKey" | "auditLog">,
  actor: Actor,
  version: number,
  action: "signing-key.create" | "signing-key.rotate",
): Promise<SigningKeyDto> {
  const row = await tx.signingKey.create({
    data: { version, secret: sealSecret(version, randomBytes(SECRET_BYTES)), createdById: actor.userId },
  });
  const dto = toSigningKeyDto(row, version);
  await recordAudit(tx, actor, { action, entityType: "signing-key", entityId: String(version), after: dto });
  return dto;
}
