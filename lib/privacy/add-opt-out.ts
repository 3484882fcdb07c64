import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError, parseInput } from "../errors";
import { invalidateOptOutSet } from "./opt-outs";
import { optOutCreateSchema, type OptOutDto } from "./schema";
import { toOptOutDtos } from "./to-opt-out-dto";

/** From now on this session's clicks are stored anonymously (on other instances within 5 s). */
export async function addOptOut(actor: Actor, input: unknown): Promise<OptOutDto> {
  assertCan(actor, "privacy:manage");
  const { sessionId, note } = parseInput(optOutCreateSchema, input);
  const row = await getDb()
    .$transaction(async (tx) => {
      const created = await tx.optOut.create({ data: { sessionId, note, createdById: actor.userId } });
      await recordAudit(tx, actor, {
        action: "opt-out.add",
        entityType: "opt-out",
        entityId: sessionId,
        after: { sessionId, note },
      });
      return created;
    })
    .catch((err: unknown) => {
      if (!isUniqueViolation(err)) throw err;
      throw new AppError("conflict", `Session "${sessionId}" is already on the opt-out list.`, {
        sessionId: ["is already on the opt-out list"],
      });
    });
  invalidateOptOutSet();
  const [dto] = await toOptOutDtos([row]);
  return dto;
}
