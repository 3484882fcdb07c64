import { getDb } from "../db/client";
import { credentialsSchema } from "../users/schema";
import { clearLoginFailures, isLoginLocked, recordLoginFailure } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { Role } from "./roles";

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

/** The user for these credentials, or null: one answer for every kind of failure. */
export async function verifyCredentials(input: unknown): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (isLoginLocked(email)) return null;
  const db = getDb();
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || user.disabledAt) {
    recordLoginFailure(email);
    return null;
  }
  clearLoginFailures(email);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
}
