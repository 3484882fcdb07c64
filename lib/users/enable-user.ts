import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { toUserDto, userEmailSchema, type UserChange } from "./schema";
import { findUserByEmail } from "./user-change";

/** Lets a disabled account sign in again; sessions it had before stay ended. */
export async function enableUser(actor: Actor, input: unknown): Promise<UserChange> {
  assertCan(actor, "users:manage");
  const { email } = parseInput(userEmailSchema, input);
  return getDb().$transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user.disabledAt) return { user: toUserDto(user), changed: false };
    const updated = await tx.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    await recordAudit(tx, actor, {
      action: "user.enable",
      entityType: "user",
      entityId: user.id,
      before: { email, disabledAt: user.disabledAt },
      after: { email, disabledAt: null },
    });
    return { user: toUserDto(updated), changed: true };
  });
}
