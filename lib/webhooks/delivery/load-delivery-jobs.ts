import type { Db } from "../../db/client";
import type { JsonObject } from "../../json/json-value";
import { toJsonEvent, webhookEventSchema, type StoredClick, type WebhookEvent } from "../event-payload";
import { webhookSigningSecrets } from "../webhook-secret";
import { webhookBody } from "./webhook-request";

/** A claimed delivery, ready to send: its body built, the destination's secrets opened. */
export interface DeliveryJob {
  deliveryId: number;
  destinationId: string;
  url: string;
  eventId: string;
  /** Failed attempts so far in this run (the backoff grows with them). */
  attempts: number;
  expiresAt: Date;
  /**
   * The body; or why there is nothing to send (the click was erased or purged meanwhile); or
   * why it cannot be sent now, recorded as a failed attempt (a secret that no longer opens).
   */
  send: { body: string; secrets: Buffer[] } | { cancel: string } | { fail: string };
}

/** Reads what the claimed deliveries need in three queries, whatever their number. */
export async function loadDeliveryJobs(db: Db, ids: number[], now = new Date()): Promise<DeliveryJob[]> {
  if (ids.length === 0) return [];
  const deliveries = await db.webhookDelivery.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      clickId: true,
      eventId: true,
      payload: true,
      attempts: true,
      expiresAt: true,
      destination: {
        select: {
          id: true,
          url: true,
          format: true,
          tracardiSourceId: true,
          secret: true,
          previousSecret: true,
          previousSecretUntil: true,
        },
      },
    },
  });
  const clickIds = deliveries.flatMap((d) => (d.clickId === null ? [] : [d.clickId]));
  const clicks = new Map(
    (clickIds.length === 0 ? [] : await db.click.findMany({ where: { id: { in: clickIds } } })).map((c) => [c.id, c]),
  );
  const redirectIds = [...new Set([...clicks.values()].flatMap((c) => (c.redirectId === null ? [] : [c.redirectId])))];
  const names = new Map(
    (redirectIds.length === 0
      ? []
      : await db.redirect.findMany({ where: { id: { in: redirectIds } }, select: { id: true, name: true } })
    ).map((r) => [r.id, r.name]),
  );
  const secrets = new Map<string, Buffer[]>();
  const secretsOf = (d: (typeof deliveries)[number]["destination"]) => {
    let keys = secrets.get(d.id);
    if (!keys) secrets.set(d.id, (keys = webhookSigningSecrets(d, now)));
    return keys;
  };

  const prepare = (d: (typeof deliveries)[number]): DeliveryJob["send"] => {
    let event: WebhookEvent | null = null;
    if (d.payload !== null) event = webhookEventSchema.parse(JSON.parse(d.payload));
    else if (d.clickId !== null) {
      const click = clicks.get(d.clickId);
      if (click) {
        const stored: StoredClick = { ...click, properties: click.properties as JsonObject };
        event = toJsonEvent(stored, click.redirectId === null ? null : (names.get(click.redirectId) ?? null));
      }
    }
    if (!event) return { cancel: "not sent: the click was erased or purged before delivery" };
    let keys: Buffer[];
    try {
      keys = secretsOf(d.destination);
    } catch {
      return { fail: "the destination's secret cannot be opened (was AUTH_SECRET changed?): rotate the secret" };
    }
    return { body: webhookBody(event, d.destination), secrets: keys };
  };

  return deliveries.map((d) => ({
    deliveryId: d.id,
    destinationId: d.destination.id,
    url: d.destination.url,
    eventId: d.eventId,
    attempts: d.attempts,
    expiresAt: d.expiresAt,
    send: prepare(d),
  }));
}
