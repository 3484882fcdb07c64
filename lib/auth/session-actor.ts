import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { getAuthOptions } from "./options";
import { can, type Actor, type Permission, type Role } from "./roles";

/**
 * The signed-in user as an Actor, reloaded from the database on every call so a changed role
 * or a disabled account takes effect at once; null when signed out.
 */
export async function getSessionActor(): Promise<Actor | null> {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id } });
  if (!user || user.disabledAt) return null;
  return { kind: "user", id: user.id, userId: user.id, label: `user:${user.email}`, role: user.role as Role };
}

/** For pages and layouts: sends signed-out visitors to /login, others without the permission to 403. */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect("/login");
  if (!can(actor.role, permission)) forbidden();
  return actor;
}

/** For server actions: a 401 AppError when signed out; services check the permission. */
export async function requireActionActor(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) throw new AppError("unauthorized", "Your session has ended. Sign in again.");
  return actor;
}
