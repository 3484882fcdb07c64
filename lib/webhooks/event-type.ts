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
