import { getDb, type Db } from "../db/client";
import { logger } from "../logger";
import { getPrivacySettings } from "../settings/privacy-settings";

const DAY_MS = 86_400_000;
/** Rows per transaction: each batch commits on its own, so SQLite's write lock is held briefly. */
export const RETENTION_BATCH_SIZE = 5_000;
/** IDs per statement: under SQLite's 999 bound values, as Prisma counts them. */
const IDS_PER_STATEMENT = 900;

/** How long the webhook delivery log keeps events that are done with (delivered, failed, cancelled). */
export const DELIVERY_LOG_DAYS = 30;

export interface RetentionResult {
  eventsDeleted: number;
  ipsPurged: number;
  deliveriesDeleted: number;
}

/**
 * Deletes click events older than the event retention and blanks IPs older than the IP
 * retention, in batches. Hourly aggregates are not touched: they hold no personal data.
 * Finished webhook deliveries leave the delivery log after DELIVERY_LOG_DAYS.
 */
export async function runRetention(now = new Date()): Promise<RetentionResult> {
  const { eventRetentionDays, ipRetentionDays } = await getPrivacySettings();
  const db = getDb();
  let eventsDeleted = 0;
  let ipsPurged = 0;

  if (eventRetentionDays !== null) {
    const before = new Date(now.getTime() - eventRetentionDays * DAY_MS);
    eventsDeleted = await inBatches({ at: { lt: before } }, (ids) => db.click.deleteMany({ where: { id: { in: ids } } }));
  }
  if (ipRetentionDays !== null) {
    const before = new Date(now.getTime() - ipRetentionDays * DAY_MS);
    ipsPurged = await inBatches({ at: { lt: before }, ip: { not: null } }, (ids) =>
      db.click.updateMany({ where: { id: { in: ids } }, data: { ip: null } }),
    );
  }

  const deliveriesDeleted = await deleteOldDeliveries(new Date(now.getTime() - DELIVERY_LOG_DAYS * DAY_MS));

  logger.info({ eventsDeleted, ipsPurged, deliveriesDeleted, eventRetentionDays, ipRetentionDays }, "retention run finished");
  return { eventsDeleted, ipsPurged, deliveriesDeleted };
}

type ClickChange = (ids: number[]) => ReturnType<Db["click"]["deleteMany"]>;

/**
 * Applies `change` to the clicks matching `where`, one transaction of up to
 * RETENTION_BATCH_SIZE rows after another until none are left; returns the rows changed.
 */
async function inBatches(where: { at: { lt: Date }; ip?: { not: null } }, change: ClickChange): Promise<number> {
  const db = getDb();
  let total = 0;
  for (;;) {
    const rows = await db.click.findMany({ where, select: { id: true }, take: RETENTION_BATCH_SIZE });
    if (!rows.length) return total;
    const statements = [];
    for (let i = 0; i < rows.length; i += IDS_PER_STATEMENT) {
      statements.push(change(rows.slice(i, i + IDS_PER_STATEMENT).map((r) => r.id)));
    }
    total += (await db.$transaction(statements)).reduce((sum, r) => sum + r.count, 0);
    if (rows.length < RETENTION_BATCH_SIZE) return total;
  }
}

/** Their attempts go with them (foreign key, on delete cascade). */
async function deleteOldDeliveries(before: Date): Promise<number> {
  const db = getDb();
  let total = 0;
  for (;;) {
    const rows = await db.webhookDelivery.findMany({
      where: { createdAt: { lt: before }, status: { in: ["delivered", "failed", "cancelled"] } },
      select: { id: true },
      take: IDS_PER_STATEMENT,
    });
    if (!rows.length) return total;
    total += (await db.webhookDelivery.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } })).count;
  }
}

const FIRST_RUN_DELAY_MS = 60_000;
const RUN_INTERVAL_MS = 3_600_000;

/**
 * Runs retention a minute after start (out of the way of start-up), then every hour; the Next
 * thread's entry starts one (lib/next-thread/next-thread.ts). A run still going when the next
 * is due is not overlapped. Failures are logged, never thrown. The timers do not keep the
 * process alive. Returns the stop function.
 */
export function startRetentionSchedule({ firstDelayMs = FIRST_RUN_DELAY_MS, intervalMs = RUN_INTERVAL_MS } = {}): () => void {
  let running = false;
  let interval: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runRetention();
    } catch (err) {
      logger.error({ err }, "retention run failed");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => {
    interval = setInterval(tick, intervalMs).unref();
    void tick();
  }, firstDelayMs).unref();

  return () => {
    clearTimeout(first);
    clearInterval(interval);
  };
}
