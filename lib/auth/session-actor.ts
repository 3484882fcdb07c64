import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { AppError } from "../errors";
import { actorForSession } from "./actor-for-session";
import { getAuthOptions } from "./options";
import { requestOrigin } from "./request-origin";
import { can, type Actor, type Permission } from "./roles";

/**
 * The signed-in user as an Actor, checked against the database on every call (role, disabled,
 * session version); null when signed out or the session was revoked.
 */
export async function getSessionActor(): Promise<Actor | null> {
  // Per request, said before the auth options read the thread's parts: `next build`, which
  // renders pages without a request or parts (lib/threads/thread-parts.ts), stops here.
  await connection();
  const session = await getServerSession(getAuthOptions());
  const actor = await actorForSession(session?.user);
  return actor && { ...actor, origin: requestOrigin(await headers()) };
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
