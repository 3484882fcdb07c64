import type { Db } from "../../db/client";
import type { DbProvider } from "../../db/provider";
import type { DeliveryJob } from "./load-delivery-jobs";
import { shouldDisable, type RetryPolicy } from "./retry-policy";
import type { SendResult } from "./send-webhook";

export type Outcome =
  | { kind: "attempt"; job: DeliveryJob; at: Date; result: SendResult }
  /** Nothing to send (the click is gone): closed without an attempt. */
  | { kind: "cancel"; job: DeliveryJob; reason: string }
  /** The worker stopped before an answer: back to the queue, no attempt counted. */
  | { kind: "release"; job: DeliveryJob };

const SNIPPET_CHARS = 500;
const ERROR_CHARS = 500;

/**
 * Writes a batch of outcomes in one transaction: the attempt log, each delivery's new state
 * (delivered; pending with its backoff; failed once its window has passed), and each
 * destination's failure streak. A failing destination's other due events wait with it, so a
 * receiver that is down is probed, not flooded; a long streak disables the destination.
 */
export async function recordOutcomes(
  db: Db,
  provider: DbProvider,
  all: Outcome[],
  policy: RetryPolicy,
  now = new Date(),
): Promise<void> {
  const sqlite = provider === "sqlite";
  await db.$transaction(async (tx) => {
    // SQLite (WAL): a transaction that reads first and writes later cannot wait for the write
    // lock; if the click writer commits in between it fails at once ("database is locked").
    // Taking the lock first makes it wait its turn like any writer.
    if (sqlite) await tx.$executeRawUnsafe(`UPDATE "WebhookDelivery" SET "id" = "id" WHERE false`);
    // A delivery can go while it is in flight (its destination deleted, the log pruned): its
    // outcome is dropped, or the attempt's foreign key would fail the whole batch.
    const existing = new Set(
      (await tx.webhookDelivery.findMany({ where: { id: { in: all.map((o) => o.job.deliveryId) } }, select: { id: true } })).map(
        (d) => d.id,
      ),
    );
    const outcomes = all.filter((o) => existing.has(o.job.deliveryId));
    const attempts = outcomes.filter((o): o is Extract<Outcome, { kind: "attempt" }> => o.kind === "attempt");
    if (attempts.length > 0) {
      await tx.webhookAttempt.createMany({
        data: attempts.map((o) => ({
          deliveryId: o.job.deliveryId,
          at: o.at,
          statusCode: o.result.statusCode,
          durationMs: o.result.durationMs,
          responseSnippet: o.result.snippet?.slice(0, SNIPPET_CHARS) ?? null,
          error: o.result.error?.slice(0, ERROR_CHARS) ?? null,
        })),
      });
    }
    const delivered = new Map<number | null, number[]>();
    for (const o of attempts) {
      if (!o.result.ok) continue;
      const ids = delivered.get(o.result.statusCode) ?? [];
      ids.push(o.job.deliveryId);
      delivered.set(o.result.statusCode, ids);
    }
    for (const [statusCode, ids] of delivered) {
      await tx.webhookDelivery.updateMany({
        where: { id: { in: ids } },
        data: { status: "delivered", deliveredAt: now, lastStatus: statusCode, lastError: null, attempts: { increment: 1 } },
      });
    }
    for (const o of attempts) {
      if (o.result.ok) continue;
      const failed = o.job.attempts + 1;
      const giveUp = o.at >= o.job.expiresAt;
      await tx.webhookDelivery.update({
        where: { id: o.job.deliveryId },
        data: {
          status: giveUp ? "failed" : "pending",
          attempts: failed,
          nextAttemptAt: giveUp ? o.at : new Date(o.at.getTime() + policy.delayMs(failed)),
          lastStatus: o.result.statusCode,
          lastError: o.result.error?.slice(0, ERROR_CHARS) ?? null,
        },
      });
    }
    for (const o of outcomes) {
      if (o.kind === "cancel") {
        await tx.webhookDelivery.update({ where: { id: o.job.deliveryId }, data: { status: "cancelled", lastError: o.reason } });
      }
    }
    const released = outcomes.filter((o) => o.kind === "release").map((o) => o.job.deliveryId);
    if (released.length > 0)
      await tx.webhookDelivery.updateMany({ where: { id: { in: released } }, data: { nextAttemptAt: now } });

    for (const [destinationId, list] of groupBy(attempts, (o) => o.job.destinationId)) {
      const dest = await tx.webhookDestination.findUnique({
        where: { id: destinationId },
        select: { enabled: true, consecutiveFailures: true, failingSince: true },
      });
      if (!dest) continue;
      let failures = dest.consecutiveFailures;
      let since = dest.failingSince;
      let lastError: string | null = null;
      for (const o of [...list].sort((a, b) => a.at.getTime() - b.at.getTime())) {
        if (o.result.ok) {
          failures = 0;
          since = null;
        } else {
          failures += 1;
          since ??= o.at;
          lastError = o.result.error;
        }
      }
      if (failures === dest.consecutiveFailures && since?.getTime() === dest.failingSince?.getTime()) continue;
      const disable = dest.enabled && shouldDisable({ failures, since }, now, policy);
      await tx.webhookDestination.update({
        where: { id: destinationId },
        data: {
          consecutiveFailures: failures,
          failingSince: since,
          ...(disable
            ? {
                enabled: false,
                disabledReason: `Disabled automatically on ${now.toISOString()}: ${failures} deliveries in a row failed since ${since!.toISOString()}. The last error: ${lastError ?? "unknown"}.`,
              }
            : {}),
        },
      });
      if (failures > 0) {
        const pauseUntil = new Date(now.getTime() + policy.delayMs(failures));
        await tx.webhookDelivery.updateMany({
          where: { destinationId, status: "pending", nextAttemptAt: { lt: pauseUntil } },
          data: { nextAttemptAt: pauseUntil },
        });
      }
    }
  });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
