/** Users: create, list, disable, enable, change role, set a password. */
import { CLI_ACTOR } from "../../lib/auth/roles";
import { changeUserRole } from "../../lib/users/change-user-role";
import { createUser } from "../../lib/users/create-user";
import { disableUser } from "../../lib/users/disable-user";
import { enableUser } from "../../lib/users/enable-user";
import { listUsers } from "../../lib/users/list-users";
import type { UserDto } from "../../lib/users/schema";
import { setPassword } from "../../lib/users/set-password";
import { table, type Commands } from "../command";

export const userCommands: Commands = {
  "create-user": {
    summary: "Create a user who can sign in",
    usage: "create-user --email <email> --password <password> --role <admin|editor|viewer> [--name <name>]",
    options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    run: async (v) => {
      const user = await createUser(CLI_ACTOR, { email: v.email, password: v.password, role: v.role, name: v.name });
      return `Created ${user.role} ${user.email} (${user.id})`;
    },
  },
  "set-password": {
    summary: "Set a user's password (their sessions end)",
    usage: "set-password --email <email> --password <password>",
    options: { email: { type: "string" }, password: { type: "string" } },
    run: async (v) => {
      await setPassword(CLI_ACTOR, { email: v.email, password: v.password });
      return `Password changed for ${v.email}; their sessions have ended`;
    },
  },
  "list-users": {
    summary: "List the users with their role, status and last sign-in",
    usage: "list-users",
    options: {},
    run: async () => formatUsers(await listUsers(CLI_ACTOR)),
  },
  "disable-user": {
    summary: "Disable a user: they cannot sign in and their sessions end at once",
    usage: "disable-user --email <email>",
    options: { email: { type: "string" } },
    run: async (v) => {
      const { user, changed } = await disableUser(CLI_ACTOR, { email: v.email });
      return changed ? `Disabled ${user.email}; their sessions have ended` : `${user.email} was already disabled`;
    },
  },
  "enable-user": {
    summary: "Let a disabled user sign in again",
    usage: "enable-user --email <email>",
    options: { email: { type: "string" } },
    run: async (v) => {
      const { user, changed } = await enableUser(CLI_ACTOR, { email: v.email });
      return changed ? `Enabled ${user.email}; they can sign in again` : `${user.email} was not disabled`;
    },
  },
  "set-role": {
    summary: "Change a user's role (their sessions end)",
    usage: "set-role --email <email> --role <admin|editor|viewer>",
    options: { email: { type: "string" }, role: { type: "string" } },
    run: async (v) => {
      const { user, changed } = await changeUserRole(CLI_ACTOR, { email: v.email, role: v.role });
      return changed ? `${user.email} is now ${user.role}; their sessions have ended` : `${user.email} already is ${user.role}`;
    },
  },
};

function formatUsers(users: UserDto[]): string {
  return table(
    ["email", "role", "status", "last sign-in", "id"],
    users.map((u) => [u.email, u.role, u.disabledAt ? "disabled" : "active", u.lastLoginAt, u.id]),
  );
}
