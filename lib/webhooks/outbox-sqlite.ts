import type Database from "better-sqlite3";
import type { SqliteClickOutbox, WrittenClick } from "../clicks/click-outbox";
import { sqliteDate } from "../db/sql-dates";
import { WEBHOOK_EVENT_TYPE_SQL } from "./event-type";
import {
  batchRedirectIds,
  DELIVERY_WINDOW_MS,
  filtersByTag,
  groupTags,
  outboxRows,
  toDestinationFilter,
  wantsEverything,
  type DestinationFilter,
  type OutboxRow,
} from "./outbox";
import { signalOutbox } from "./outbox-signal";

const ROWS_PER_INSERT = 50;

/**
 * Webhook outbox rows for the clicks of a batch, in the SQLite click writer's transaction
 * (docs/adr/0011-webhook-outbox.md).
 */
export const sqliteWebhookOutbox: SqliteClickOutbox = (db: Database.Database) => {
  const selectDestinations = db.prepare(
    `SELECT "id","eventTypes","redirectIds","tags" FROM "WebhookDestination" WHERE "enabled" = 1`,
  );
  const selectTags = db.prepare(
    `SELECT "redirectId","tag" FROM "RedirectTag" WHERE "redirectId" IN (SELECT value FROM json_each(?))`,
  );
  const insertRows = (n: number) =>
    db.prepare(`INSERT INTO "WebhookDelivery" ("destinationId","clickId","eventId","eventType","nextAttemptAt","expiresAt","createdAt")
      VALUES ${Array(n).fill("(?,?,?,?,?,?,?)").join(",")}`);
  const insertGroup = insertRows(ROWS_PER_INSERT);
  const insertOne = insertRows(1);
  const insertForAll =
    db.prepare(`INSERT INTO "WebhookDelivery" ("destinationId","clickId","eventId","eventType","nextAttemptAt","expiresAt","createdAt")
    SELECT ?, "id", 'evt_' || "id", ${WEBHOOK_EVENT_TYPE_SQL}, ?, ?, ?
    FROM "Click" WHERE "id" BETWEEN ? AND ? ORDER BY "id"`);

  function queue(clicks: WrittenClick[], destinations: DestinationFilter[]): number {
    const now = new Date();
    const created = sqliteDate(now);
    const expires = sqliteDate(new Date(now.getTime() + DELIVERY_WINDOW_MS));
    // A destination that wants every event (the usual one) is served inside SQLite: one
    // INSERT … SELECT over the batch's ID range instead of a row of parameters per click.
    let queuedAll = 0;
    const filtered = destinations.filter((d) => !wantsEverything(d));
    for (const d of destinations) {
      if (filtered.includes(d)) continue;
      queuedAll += insertForAll.run(d.id, created, expires, created, clicks[0].id, clicks[clicks.length - 1].id).changes;
    }
    if (filtered.length === 0) return queuedAll;
    const tags = filtersByTag(filtered)
      ? groupTags(selectTags.all(JSON.stringify(batchRedirectIds(clicks))) as { redirectId: string; tag: string }[])
      : new Map<string, string[]>();
    const rows = outboxRows(clicks, filtered, tags, now);
    const pack = (r: OutboxRow) => [r.destinationId, r.clickId, r.eventId, r.eventType, created, expires, created];
    let i = 0;
    for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT)
      insertGroup.run(rows.slice(i, i + ROWS_PER_INSERT).flatMap(pack));
    for (; i < rows.length; i++) insertOne.run(pack(rows[i]));
    return queuedAll + rows.length;
  }

  return {
    open() {
      const destinations = (
        selectDestinations.all() as { id: string; eventTypes: unknown; redirectIds: unknown; tags: unknown }[]
      ).map(toDestinationFilter);
      return destinations.length > 0 ? (clicks) => queue(clicks, destinations) : null;
    },
    committed: signalOutbox,
  };
};
