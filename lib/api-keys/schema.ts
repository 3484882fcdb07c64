import { z } from "zod";
import { roleSchema } from "../auth/roles";

export const apiKeyCreateSchema = z.strictObject({
  name: z.string({ error: "must be a string" }).trim().min(1, { error: "is required" }).max(100),
  role: roleSchema,
});

export interface ApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  role: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
