import { randomBytes } from "node:crypto";
import { createApiKey } from "../../lib/api-keys/create-api-key";
import { CLI_ACTOR, type Actor, type Role } from "../../lib/auth/roles";
import { createUser } from "../../lib/users/create-user";

export const uid = (prefix = "t") => `${prefix}-${randomBytes(5).toString("hex")}`;

/** A real user of the role, as the Actor the session layer would build. */
export async function userActor(role: Role): Promise<Actor> {
  const user = await createUser(CLI_ACTOR, {
    email: `${uid(role)}@example.com`,
    password: "correct-horse-battery",
    role,
  });
  return { kind: "user", id: user.id, userId: user.id, label: `user:${user.email}`, role };
}

/** A real API key of the role, returned in clear for an Authorization header. */
export async function apiKeyOf(role: Role): Promise<string> {
  const { key } = await createApiKey(CLI_ACTOR, { name: uid(`${role}-key`), role });
  return key;
}
