import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb, type Db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { estimateKeyUsage, type KeyUsageEstimate } from "./estimate-key-usage";
import { retireSigningKeySchema, toSigningKeyDto, type SigningKeyDto } from "./schema";
import { invalidateKeyRing } from "./signing-key-cache";

export type RetireSigningKeyResult =
  { retired: false; version: number; usage: KeyUsageEstimate; warning: string } | { retired: true; key: SigningKeyDto };

/**
 * Retires a version: its links get the 404 page from then on. Without `confirm` nothing
 * changes and the result says how many links it still serves, for the caller to confirm.
 */
export async function retireSigningKey(actor: Actor, input: unknown): Promise<RetireSigningKeyResult> {
  assertCan(actor, "signing-keys:manage");
  const { version, confirm } = parseInput(retireSigningKeySchema, input);
  const db = getDb();
  if (!confirm) {
    await assertRetirable(db, version);
    const usage = await estimateKeyUsage(version);
    return { retired: false, version, usage, warning: warningFor(version, usage) };
  }
  try {
    return await db.$transaction(async (tx) => {
      const row = await assertRetirable(tx, version);
      const after = await tx.signingKey.update({ where: { version }, data: { retiredAt: new Date() } });
      const key = toSigningKeyDto(after, null);
      await recordAudit(tx, actor, {
        action: "signing-key.retire",
        entityType: "signing-key",
        entityId: String(version),
        before: toSigningKeyDto(row, null),
        after: key,
      });
      return { retired: true as const, key };
    });
  } finally {
    invalidateKeyRing();
  }
}

async function assertRetirable(db: Pick<Db, "signingKey">, version: number) {
  const row = await db.signingKey.findUnique({ where: { version } });
  if (!row) throw new AppError("not_found", `There is no signing key version ${version}.`);
  if (row.retiredAt) throw new AppError("conflict", `Version ${version} is already retired.`);
  const current = await db.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { version: "desc" } });
  if (current?.version === version) {
    throw new AppError("conflict", `Version ${version} signs new links; rotate to a new version before retiring it.`);
  }
  return row;
}

function warningFor(version: number, usage: KeyUsageEstimate): string {
  const atLeast = usage.capped ? "at least " : "";
  return (
    `Retiring version ${version} breaks every link signed with it. In the last ${usage.windowDays} days ` +
    `${atLeast}${usage.clicks} clicks reached ${atLeast}${usage.links} links signed with it. Confirm to retire it.`
  );
}
