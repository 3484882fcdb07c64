import { getDb } from "../db/client";
import type { Actor, Role } from "./roles";

/** What a decoded session carries about its user (lib/auth/session-token.ts). */
export interface SessionClaims {
  id?: string;
  sessionVersion?: number;
}

/**
 * The Actor behind a session, reloaded from the database so a changed role applies at once;
 * null when the account is gone or disabled, or its session version moved on since the token
 * was issued (a disable, password or role change bumps it): that ends every older session.
 * A token without a version predates versions and counts as ended.
 */
export async function actorForSession(claims: SessionClaims | null | undefined): Promise<Actor | null> {
  if (!claims?.id || typeof claims.sessionVersion !== "number") return null;
  const user = await getDb().user.findUnique({ where: { id: claims.id } });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return { kind: "user", id: user.id, userId: user.id, label: `user:${user.email}`, role: user.role as Role };
}
