import { recordAudit, type AuditActor } from "../audit/record-audit";
import { getDb } from "../db/client";
import { credentialsSchema } from "./credentials-schema";
import { getSignInThrottle } from "./get-sign-in-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { RequestOrigin, Role } from "./roles";
import { SignInThrottledError } from "./sign-in-error";

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** Goes into the session token; a later bump ends the session (lib/auth/actor-for-session.ts). */
  sessionVersion: number;
  method: SignInMethod;
}

export type SignInMethod = "password" | "sso";

export type SignInFailure = "unknown-email" | "wrong-password" | "disabled";

/**
 * The user for these credentials, or null: one answer for every kind of failure. Throws
 * SignInThrottledError, before any password is checked, while the throttle makes this email or
 * client wait (docs/adr/0017). Every checked attempt is audited; refused ones are not, so
 * their number cannot grow the audit log.
 */
export async function verifyCredentials(input: unknown, client: RequestOrigin): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const throttle = getSignInThrottle();
  const admission = await throttle.admit({ email, ip: client.ip });
  if (!admission.allowed) throw new SignInThrottledError(admission.retryAfterMs);

  const db = getDb();
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const failure: SignInFailure | null = !user ? "unknown-email" : !ok ? "wrong-password" : user.disabledAt ? "disabled" : null;
  if (!user || failure) {
    const waitMs = admission.ticket.delayIfFailedMs;
    const notSignedIn: AuditActor = { userId: null, label: "anonymous", origin: client };
    await recordAudit(db, notSignedIn, {
      action: "auth.sign-in-failed",
      // The account's id when there is one, so its history lists the attempts; else the email tried.
      entityType: "user",
      entityId: user?.id ?? email,
      after: { email, ip: client.ip, reason: failure, ...(waitMs > 0 && { nextAttemptWaitSeconds: Math.ceil(waitMs / 1000) }) },
    });
    return null;
  }
  await throttle.succeeded(admission.ticket);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), lastLoginMethod: "password" } });
    await recordAudit(
      tx,
      { userId: user.id, label: `user:${user.email}`, origin: client },
      {
        action: "auth.sign-in",
        entityType: "user",
        entityId: user.id,
        after: { email, ip: client.ip },
      },
    );
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    sessionVersion: user.sessionVersion,
    method: "password",
  };
}
