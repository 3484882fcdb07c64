/** The event type of a redirect followed without a custom event type of its own. */
export const REDIRECT_CLICKED = "redirect.clicked";
/** The event type of an open pixel loaded. */
export const EMAIL_OPENED = "email.opened";

/**
 * Clicks store the redirect's own event type ("redirect" unless changed, "click" for a signed
 * link without a redirect); webhooks name those defaults "redirect.clicked" so that receivers
 * see one type for every plain click, and keep custom event types as they are.
 */
export const DEFAULT_CLICK_EVENT_TYPES: readonly string[] = ["redirect", "click"];

export function webhookEventType(click: { eventType: string; source: string }): string {
  if (click.source === "pixel") return EMAIL_OPENED;
  if (DEFAULT_CLICK_EVENT_TYPES.includes(click.eventType)) return REDIRECT_CLICKED;
  return click.eventType;
}

/**
 * webhookEventType as an SQL expression over a Click row's columns, for the outbox's
 * INSERT … SELECT over a batch of clicks; the webhook integration tests hold the two equal.
 */
export const WEBHOOK_EVENT_TYPE_SQL = `CASE WHEN "source" = 'pixel' THEN '${EMAIL_OPENED}'
  WHEN "eventType" IN (${DEFAULT_CLICK_EVENT_TYPES.map((t) => `'${t}'`).join(",")}) THEN '${REDIRECT_CLICKED}'
  ELSE "eventType" END`;
