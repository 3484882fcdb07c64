import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError, parseInput } from "../errors";
import { toUserDto, userCreateSchema, type UserDto } from "./schema";

export async function createUser(actor: Actor, input: unknown): Promise<UserDto> {
  assertCan(actor, "users:manage");
  const { email, password, role, name } = parseInput(userCreateSchema, input);
  const passwordHash = await hashPassword(password);
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, passwordHash, role, name } });
      const dto = toUserDto(user);
      await recordAudit(tx, actor, {
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        after: dto,
      });
      return dto;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError("conflict", `A user with the email ${email} already exists.`, {
        email: ["is already in use"],
      });
    }
    throw err;
  }
}
