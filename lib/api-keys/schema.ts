import { z } from "zod";
import { roleSchema } from "../auth/roles";
import { plainText } from "../validation/plain-text";

export const apiKeyCreateSchema = z.strictObject({
  name: plainText(100).min(1, { error: "is required" }),
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

/** One key, by its ID or by the prefix lists show (`ct_` and six characters). */
export const apiKeyRefSchema = z
  .strictObject({
    id: z.string({ error: "must be a string" }).trim().min(1, { error: "is required" }).max(100).optional(),
    prefix: z
      .string({ error: "must be a string" })
      .trim()
      .regex(/^ct_[A-Za-z0-9]{6}$/, { error: "must be a key prefix as listed, such as ct_AbC123" })
      .optional(),
  })
  .refine((v) => (v.id === undefined) !== (v.prefix === undefined), {
    error: "give either the ID or the prefix of the key",
    path: ["id"],
  });

export function toApiKeyDto(row: {
  id: string;
  name: string;
  prefix: string;
  role: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
