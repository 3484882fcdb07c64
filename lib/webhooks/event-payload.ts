import { z } from "zod";
import type { ClickRow } from "../clicks/enrich-click";
import { EVENT_TYPE_PATTERN } from "../redirects/schema";
import { webhookEventType } from "./event-type";

/** The `json` webhook format, version 1 (docs/webhooks.md): add fields, never change or remove them. */
export const webhookEventSchema = z.strictObject({
  id: z.string().min(1).max(200),
  type: z.string().regex(EVENT_TYPE_PATTERN),
  occurredAt: z.iso.datetime(),
  redirect: z.strictObject({ id: z.string(), name: z.string().nullable() }).nullable(),
  session: z.string().nullable(),
  properties: z.record(z.string(), z.json()),
  context: z.strictObject({
    source: z.enum(["redirect", "signed", "pixel"]),
    targetUrl: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    browser: z.string().nullable(),
    os: z.string().nullable(),
    device: z.string().nullable(),
    country: z.string().nullable(),
    referer: z.string().nullable(),
    acceptLanguage: z.string().nullable(),
    isBot: z.boolean(),
    botReason: z.string().nullable(),
  }),
});

export type WebhookEvent = z.output<typeof webhookEventSchema>;

/** The event ID of a click: equal on every delivery and redelivery of its event. */
export const clickEventId = (clickId: number | string): string => `evt_${clickId}`;

/** A stored click with its ID: the Click row's number, or a UUID the caller gave the event. */
export type StoredClick = ClickRow & { id: number | string };

/**
 * The event of one stored click. Its ID derives from the click's, so every redelivery of the
 * event (at-least-once) carries the same ID and receivers can drop duplicates.
 * Parsed with the schema so that a click that cannot be described fails here, not at a receiver.
 */
export function toJsonEvent(click: StoredClick, redirectName: string | null): WebhookEvent {
  return webhookEventSchema.parse({
    id: clickEventId(click.id),
    type: webhookEventType(click),
    occurredAt: click.at.toISOString(),
    redirect: click.redirectId === null ? null : { id: click.redirectId, name: redirectName },
    session: click.sessionId,
    properties: click.properties,
    context: {
      source: click.source,
      targetUrl: click.targetUrl,
      ip: click.ip,
      userAgent: click.userAgent,
      browser: click.browser,
      os: click.os,
      device: click.deviceType,
      country: click.country,
      referer: click.referer,
      acceptLanguage: click.acceptLanguage,
      isBot: click.isBot,
      botReason: click.botReason,
    },
  });
}
