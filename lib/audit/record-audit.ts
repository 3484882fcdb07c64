import type { RequestOrigin } from "../http/request-origin";
import type { Db } from "../db/client";

type Tx = Pick<Db, "auditLog">;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Who the row names: a user, or a label alone for the CLI, an API key or someone not signed in
 * (a failed sign-in). Every Actor (lib/auth/roles.ts) is one.
 */
export interface AuditActor {
  userId: string | null;
  label: string;
  origin?: RequestOrigin;
}

const MAX_USER_AGENT = 512;

/** Writes one audit row; call inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: actor.origin?.ip ?? null,
      // Capped: a client chooses this header, and every audit row keeps it.
      userAgent: actor.origin?.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
    },
  });
}

function toJson(value: unknown) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
