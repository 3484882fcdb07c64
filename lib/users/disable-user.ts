import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { parseInput } from "../errors";
import { toUserDto, userEmailSchema, type UserChange } from "./schema";
import { assertAnotherActiveAdmin, findUserByEmail, runUserChange } from "./user-change";

/**
 * Disables an account: it can no longer sign in, and its sessions end on their next request
 * (the session version moves on). API keys are not tied to users and stay as they are.
 */
export async function disableUser(actor: Actor, input: unknown): Promise<UserChange> {
  assertCan(actor, "users:manage");
  const { email } = parseInput(userEmailSchema, input);
  return runUserChange(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (user.disabledAt) return { user: toUserDto(user), changed: false };
    await assertAnotherActiveAdmin(tx, user, "disabled");
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: "user.disable",
      entityType: "user",
      entityId: user.id,
      before: { email, disabledAt: null },
      after: { email, disabledAt: updated.disabledAt },
    });
    return { user: toUserDto(updated), changed: true };
  });
}
