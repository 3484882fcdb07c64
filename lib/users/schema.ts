import { z } from "zod";
import { roleSchema } from "../auth/roles";

export const emailSchema = z
  .email({ error: "must be an email address" })
  .trim()
  .toLowerCase()
  .max(254);

export const passwordSchema = z
  .string({ error: "must be a string" })
  .min(10, { error: "must be at least 10 characters" })
  .max(200, { error: "must be at most 200 characters" });

export const userCreateSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema,
  name: z.string().trim().max(100).optional(),
});

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export interface UserDto {
  id: string;
  email: string;
  name: string | null;
  role: string;
  createdAt: string;
}
