import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError, parseInput } from "../errors";
import { emailSchema, passwordSchema } from "./schema";

const setPasswordSchema = z.strictObject({ email: emailSchema, password: passwordSchema });

/**
 * Replaces a user's password (the recovery path for a lost or generated admin password) and
 * ends the sessions signed in with the old one.
 */
export async function setPassword(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "users:manage");
  const { email, password } = parseInput(setPasswordSchema, input);
  const passwordHash = await hashPassword(password);
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    if (!user) throw new AppError("not_found", `No user with the email ${email}.`, { email: ["is not a user"] });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "user.set-password", entityType: "user", entityId: user.id });
  });
}
