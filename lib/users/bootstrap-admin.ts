import { randomBytes } from "node:crypto";
import { getDb } from "../db/client";
import { createUser } from "./create-user";
import { CLI_ACTOR } from "../auth/roles";

export interface BootstrapResult {
  email: string;
  /** Set only when the password was generated here; shown once, never stored in clear. */
  generatedPassword: string | null;
}

export const DEFAULT_ADMIN_EMAIL = "admin@clicktrail.local";

/**
 * Makes sure an admin exists. On an empty user table it creates one from ADMIN_EMAIL /
 * ADMIN_PASSWORD, or with a generated password returned for printing once. Never touches an
 * existing account.
 */
export async function ensureFirstAdmin(env: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string }): Promise<BootstrapResult | null> {
  if ((await getDb().user.count({ where: { role: "admin" } })) > 0) return null;
  const email = env.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
  const generatedPassword = env.ADMIN_PASSWORD ? null : randomBytes(12).toString("base64url");
  await createUser(CLI_ACTOR, {
    email,
    password: env.ADMIN_PASSWORD ?? generatedPassword,
    role: "admin",
    name: "Admin",
  });
  return { email, generatedPassword };
}
