import { getDb, getDbProvider, type Db } from "../db/client";
import { AppError } from "../errors";

export type UserTx = Pick<Db, "user" | "auditLog" | "$queryRaw">;

/** Runs a change to users in one transaction (see assertAnotherActiveAdmin for concurrent ones). */
export async function runUserChange<T>(fn: (tx: UserTx) => Promise<T>): Promise<T> {
  return getDb().$transaction(fn);
}

export async function findUserByEmail(tx: UserTx, email: string) {
  const user = await tx.user.findUnique({ where: { email } });
  if (!user) throw new AppError("not_found", `No user with the email ${email}.`, { email: ["is not a user"] });
  return user;
}

/**
 * Refuses, with a 409, to leave no active admin: someone must be able to manage users. Two
 * admins demoting or disabling each other at once must not both pass: on PostgreSQL the active
 * admins' rows are locked first, so the second change waits for the first and then counts
 * after it; SQLite runs write transactions one at a time.
 */
export async function assertAnotherActiveAdmin(
  tx: UserTx,
  user: { id: string; email: string; role: string; disabledAt: Date | null },
  change: string,
): Promise<void> {
  if (user.role !== "admin" || user.disabledAt) return;
  if (getDbProvider() === "postgres") {
    await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'admin' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  }
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: user.id } } });
  if (others === 0) {
    throw new AppError(
      "conflict",
      `${user.email} is the last active admin and cannot be ${change}. Make another user an admin first.`,
    );
  }
}
