import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { sessionRefSchema } from "./schema";

/**
 * Deletes every click of a session (R-5 erasure) and records who asked. Hourly aggregates stay:
 * they hold counts and hashed sketches, nothing that leads back to the session.
 */
export async function eraseSession(actor: Actor, sessionId: unknown): Promise<{ erased: number }> {
  assertCan(actor, "sessions:erase");
  const { sessionId: id } = parseInput(sessionRefSchema, { sessionId });
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.click.deleteMany({ where: { sessionId: id } });
    await recordAudit(tx, actor, {
      action: "session.erase",
      entityType: "session",
      entityId: id,
      after: { erased: count },
    });
    return { erased: count };
  });
}
