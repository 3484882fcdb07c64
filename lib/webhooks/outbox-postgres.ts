import type pg from "pg";
import type { PostgresClickOutbox, WrittenClick } from "../clicks/click-outbox";
import { pgTimestamp } from "../db/sql-dates";
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
} from "./outbox";
import { signalOutbox } from "./outbox-signal";

/**
 * Webhook outbox rows for the clicks of a batch, in the PostgreSQL click writer's transaction
 * (docs/adr/0011-webhook-outbox.md).
 */
export const postgresWebhookOutbox: PostgresClickOutbox = {
  async open(client) {
    const destinations = await enabledDestinations(client);
    return destinations.length > 0 ? (clicks) => queueDeliveries(client, clicks, destinations) : null;
  },
  committed: signalOutbox,
};

async function enabledDestinations(client: pg.PoolClient): Promise<DestinationFilter[]> {
  const { rows } = await client.query<{ id: string; eventTypes: unknown; redirectIds: unknown; tags: unknown }>(
    `SELECT "id","eventTypes","redirectIds","tags" FROM "WebhookDestination" WHERE "enabled"`,
  );
  return rows.map(toDestinationFilter);
}

async function queueDeliveries(
  client: pg.PoolClient,
  clicks: WrittenClick[],
  destinations: DestinationFilter[],
): Promise<number> {
  let tags = new Map<string, string[]>();
  if (filtersByTag(destinations)) {
    const { rows } = await client.query<{ redirectId: string; tag: string }>(
      `SELECT "redirectId","tag" FROM "RedirectTag" WHERE "redirectId" = ANY($1::text[])`,
      [batchRedirectIds(clicks)],
    );
    tags = groupTags(rows);
  }
  const now = new Date();
  const expires = new Date(now.getTime() + DELIVERY_WINDOW_MS);
  // A destination that wants every event is served inside the database, over the batch's IDs.
  let queued = 0;
  for (const d of destinations.filter(wantsEverything)) {
    const res = await client.query(
      `INSERT INTO "WebhookDelivery" ("destinationId","clickId","eventId","eventType","nextAttemptAt","expiresAt","createdAt")
       SELECT $1, "id", 'evt_' || "id", ${WEBHOOK_EVENT_TYPE_SQL}, $2::timestamp(3), $3::timestamp(3), $2::timestamp(3)
       FROM "Click" WHERE "id" = ANY($4::int[]) ORDER BY "id"`,
      [d.id, pgTimestamp(now), pgTimestamp(expires), clicks.map((c) => c.id)],
    );
    queued += res.rowCount ?? 0;
  }
  const rows = outboxRows(
    clicks,
    destinations.filter((d) => !wantsEverything(d)),
    tags,
    now,
  );
  if (rows.length === 0) return queued;
  await client.query(
    `INSERT INTO "WebhookDelivery" ("destinationId","clickId","eventId","eventType","nextAttemptAt","expiresAt","createdAt")
     SELECT d, c, e, t, n, x, n FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::timestamp(3)[], $6::timestamp(3)[]) AS u(d, c, e, t, n, x)`,
    [
      rows.map((r) => r.destinationId),
      rows.map((r) => r.clickId),
      rows.map((r) => r.eventId),
      rows.map((r) => r.eventType),
      rows.map((r) => pgTimestamp(r.createdAt)),
      rows.map((r) => pgTimestamp(r.expiresAt)),
    ],
  );
  return queued + rows.length;
}
