import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError, parseInput } from "../errors";
import { invalidateOptOutSet } from "./opt-outs";
import { sessionRefSchema } from "./schema";

/** Clicks of this session are recorded in full again (on other instances within 5 s). */
export async function removeOptOut(actor: Actor, sessionId: unknown): Promise<void> {
  assertCan(actor, "privacy:manage");
  const { sessionId: id } = parseInput(sessionRefSchema, { sessionId });
  await getDb().$transaction(async (tx) => {
    const row = await tx.optOut.findUnique({ where: { sessionId: id } });
    if (!row) throw new AppError("not_found", `Session "${id}" is not on the opt-out list.`);
    await tx.optOut.delete({ where: { sessionId: id } });
    await recordAudit(tx, actor, {
      action: "opt-out.remove",
      entityType: "opt-out",
      entityId: id,
      before: { sessionId: row.sessionId, note: row.note },
    });
  });
  invalidateOptOutSet();
}
