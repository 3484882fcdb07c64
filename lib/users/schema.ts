import { z } from "zod";
import { roleSchema } from "../auth/roles";
import { plainText } from "../validation/plain-text";

export const emailSchema = z.email({ error: "must be an email address" }).trim().toLowerCase().max(254);

export const passwordSchema = z
  .string({ error: "must be a string" })
  .min(10, { error: "must be at least 10 characters" })
  .max(200, { error: "must be at most 200 characters" });

export const userCreateSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema,
  name: plainText(100).optional(),
});

/** Names an existing user (disable, enable). */
export const userEmailSchema = z.strictObject({ email: emailSchema });

export const userRoleChangeSchema = z.strictObject({ email: emailSchema, role: roleSchema });

export interface UserDto {
  id: string;
  email: string;
  name: string | null;
  role: string;
  createdAt: string;
  disabledAt: string | null;
  lastLoginAt: string | null;
}

export function toUserDto(row: {
  id: string;
  email: string;
  name: string | null;
  role: string;
  createdAt: Date;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
}): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

/** What a change to a user returns: `changed` is false when it already was so (nothing written). */
export interface UserChange {
  user: UserDto;
  changed: boolean;
}
