import type { ClickRow } from "../clicks/enrich-click";
import { clickEventId } from "./event-payload";
import { webhookEventType } from "./event-type";

/** How long a delivery is retried: about a day after the event (or after a redelivery). */
export const DELIVERY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** What queuing a batch's outbox rows needs of an enabled destination: which clicks it wants. */
export interface DestinationFilter {
  id: string;
  eventTypes: string[];
  redirectIds: string[];
  tags: string[];
}

/** One outbox row as queued with a batch of clicks (status pending, no attempt yet). */
export interface OutboxRow {
  destinationId: string;
  clickId: number;
  eventId: string;
  eventType: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Raw rows hold the JSON arrays as text (SQLite) or parsed (PostgreSQL). */
export function toDestinationFilter(row: {
  id: string;
  eventTypes: unknown;
  redirectIds: unknown;
  tags: unknown;
}): DestinationFilter {
  return { id: row.id, eventTypes: strings(row.eventTypes), redirectIds: strings(row.redirectIds), tags: strings(row.tags) };
}

function strings(value: unknown): string[] {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === "string") : [];
}

/** No filter at all: every event of every redirect. */
export const wantsEverything = (d: DestinationFilter): boolean =>
  d.eventTypes.length === 0 && d.redirectIds.length === 0 && d.tags.length === 0;

export const filtersByTag = (destinations: readonly DestinationFilter[]): boolean => destinations.some((d) => d.tags.length > 0);

/**
 * Empty lists mean every one. A destination naming redirects or tags wants a click of any
 * named redirect or carrying any named tag (the redirect's tags; a signed link's own tags).
 */
export function wantsClick(destination: DestinationFilter, click: ClickRow, tags: readonly string[]): boolean {
  if (destination.eventTypes.length > 0 && !destination.eventTypes.includes(webhookEventType(click))) return false;
  if (destination.redirectIds.length === 0 && destination.tags.length === 0) return true;
  if (click.redirectId !== null && destination.redirectIds.includes(click.redirectId)) return true;
  return tags.some((t) => destination.tags.includes(t));
}

/** A click's tags: its redirect's, plus those a signed link carried in its properties. */
export function clickTags(click: ClickRow, redirectTags: ReadonlyMap<string, readonly string[]>): string[] {
  const own = click.properties.tags;
  const signed = Array.isArray(own) ? own.filter((t): t is string => typeof t === "string") : [];
  const ofRedirect = click.redirectId === null ? [] : (redirectTags.get(click.redirectId) ?? []);
  return [...ofRedirect, ...signed];
}

/** The outbox rows of a batch of stored clicks: one per click and destination that wants it. */
export function outboxRows(
  clicks: readonly { id: number; row: ClickRow }[],
  destinations: readonly DestinationFilter[],
  redirectTags: ReadonlyMap<string, readonly string[]>,
  now: Date,
): OutboxRow[] {
  const expiresAt = new Date(now.getTime() + DELIVERY_WINDOW_MS);
  const rows: OutboxRow[] = [];
  for (const { id, row } of clicks) {
    const tags = clickTags(row, redirectTags);
    for (const d of destinations) {
      if (!wantsClick(d, row, tags)) continue;
      rows.push({
        destinationId: d.id,
        clickId: id,
        eventId: clickEventId(id),
        eventType: webhookEventType(row),
        createdAt: now,
        expiresAt,
      });
    }
  }
  return rows;
}

/** The redirects of a batch's clicks, once each: whose tags a tag filter needs. */
export function batchRedirectIds(clicks: readonly { row: ClickRow }[]): string[] {
  return [...new Set(clicks.flatMap((c) => (c.row.redirectId === null ? [] : [c.row.redirectId])))];
}

/** Groups RedirectTag rows by redirect. */
export function groupTags(rows: readonly { redirectId: string; tag: string }[]): Map<string, string[]> {
  const byRedirect = new Map<string, string[]>();
  for (const r of rows) {
    const list = byRedirect.get(r.redirectId);
    if (list) list.push(r.tag);
    else byRedirect.set(r.redirectId, [r.tag]);
  }
  return byRedirect;
}
