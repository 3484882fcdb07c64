import type { Db } from "../../db/client";
import type { DbProvider } from "../../db/provider";
import { pgTimestamp, sqliteDate } from "../../db/sql-dates";

/**
 * Takes up to `limit` due deliveries of enabled destinations for this worker by pushing their
 * nextAttemptAt out to `leaseUntil`, in one statement: a second worker (another instance on
 * the same PostgreSQL database) skips rows already taken, and a worker that dies leaves its
 * rows to be taken again when the lease ends (at-least-once).
 */
export async function claimDeliveries(
  db: Db,
  provider: DbProvider,
  limit: number,
  now: Date,
  leaseUntil: Date,
): Promise<number[]> {
  const rows =
    provider === "postgres"
      ? await db.$queryRawUnsafe<{ id: number }[]>(
          `UPDATE "WebhookDelivery" SET "nextAttemptAt" = $1::timestamp(3) WHERE "id" IN (
             SELECT d."id" FROM "WebhookDelivery" d JOIN "WebhookDestination" w ON w."id" = d."destinationId"
             WHERE d."status" = 'pending' AND d."nextAttemptAt" <= $2::timestamp(3) AND w."enabled"
             ORDER BY d."nextAttemptAt" LIMIT $3 FOR UPDATE OF d SKIP LOCKED)
           RETURNING "id"`,
          pgTimestamp(leaseUntil),
          pgTimestamp(now),
          limit,
        )
      : await db.$queryRawUnsafe<{ id: number }[]>(
          `UPDATE "WebhookDelivery" SET "nextAttemptAt" = ? WHERE "id" IN (
             SELECT d."id" FROM "WebhookDelivery" d JOIN "WebhookDestination" w ON w."id" = d."destinationId"
             WHERE d."status" = 'pending' AND d."nextAttemptAt" <= ? AND w."enabled" = 1
             ORDER BY d."nextAttemptAt" LIMIT ?)
           RETURNING "id"`,
          sqliteDate(leaseUntil),
          sqliteDate(now),
          limit,
        );
  return rows.map((r) => Number(r.id));
}
