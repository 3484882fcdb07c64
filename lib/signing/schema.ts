import { z } from "zod";

export const retireSigningKeySchema = z.object({
  version: z.coerce
    .number({ error: "must be a key version" })
    .int({ error: "must be a key version" })
    .min(1, { error: "must be a key version" })
    // Versions are 32-bit on PostgreSQL: a larger one is no version, not a database error.
    .max(2_147_483_647, { error: "must be a key version" }),
  confirm: z.boolean({ error: "must be true or false" }).default(false),
});

/** current: signs new links; active: still verifies older ones; retired: verifies nothing. */
export type SigningKeyState = "current" | "active" | "retired";

/** A key as lists show it: never its secret. */
export interface SigningKeyDto {
  version: number;
  state: SigningKeyState;
  createdAt: string;
  retiredAt: string | null;
  createdById: string | null;
}

export function toSigningKeyDto(
  row: { version: number; createdAt: Date; retiredAt: Date | null; createdById: string | null },
  currentVersion: number | null,
): SigningKeyDto {
  return {
    version: row.version,
    state: row.retiredAt ? "retired" : row.version === currentVersion ? "current" : "active",
    createdAt: row.createdAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    createdById: row.createdById,
  };
}
