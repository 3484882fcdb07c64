import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { parseInput } from "../errors";
import { toUserDto, userRoleChangeSchema, type UserChange } from "./schema";
import { assertAnotherActiveAdmin, findUserByEmail, runUserChange } from "./user-change";

/** Gives a user another role; their sessions end, so they sign in again under it. */
export async function changeUserRole(actor: Actor, input: unknown): Promise<UserChange> {
  assertCan(actor, "users:manage");
  const { email, role } = parseInput(userRoleChangeSchema, input);
  return runUserChange(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (user.role === role) return { user: toUserDto(user), changed: false };
    if (role !== "admin") await assertAnotherActiveAdmin(tx, user, `made ${role}`);
    const updated = await tx.user.update({ where: { id: user.id }, data: { role, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "user.change-role",
      entityType: "user",
      entityId: user.id,
      before: { email, role: user.role },
      after: { email, role },
    });
    return { user: toUserDto(updated), changed: true };
  });
}
