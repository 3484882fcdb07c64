import { z } from "zod";
import { AppError } from "../errors";
import type { RequestOrigin } from "../http/request-origin";

export type { RequestOrigin } from "../http/request-origin";

export const ROLES = ["admin", "editor", "viewer"] as const;
export const roleSchema = z.enum(ROLES, { error: "must be admin, editor or viewer" });
export type Role = z.infer<typeof roleSchema>;

/** What each role may do; the single table every server-side check reads. */
const PERMISSIONS = {
  "redirects:read": ["admin", "editor", "viewer"],
  "redirects:write": ["admin", "editor"],
  "clicks:read": ["admin", "editor", "viewer"],
  "users:manage": ["admin"],
  "api-keys:manage": ["admin"],
  "privacy:manage": ["admin"],
  "sessions:erase": ["admin"],
  "signing-keys:manage": ["admin"],
  "links:sign": ["admin", "editor"],
  "webhooks:manage": ["admin"],
  "audit:read": ["admin"],
  "security:manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Who is acting: a signed-in user, an API key or the local CLI. Services check this. */
export interface Actor {
  kind: "user" | "api-key" | "cli";
  /** User id for users; API key id for keys; null for the CLI. */
  id: string | null;
  /** The user behind the action, for created-by/updated-by; null for keys and the CLI. */
  userId: string | null;
  label: string;
  role: Role;
  /** Where an HTTP request came from, written to its audit rows; absent for the CLI. */
  origin?: RequestOrigin;
}

export const CLI_ACTOR: Actor = { kind: "cli", id: null, userId: null, label: "cli", role: "admin" };

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError("forbidden", `Your role (${actor.role}) may not do this.`);
  }
}
