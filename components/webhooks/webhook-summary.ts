import type { WebhookDto } from "@/lib/webhooks/schema";

/** The host a destination posts to, or the stored text when it does not parse. */
export function webhookHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const MAX_LISTED = 3;

function listed(items: string[], all: string): string {
  if (items.length === 0) return all;
  const shown = items.slice(0, MAX_LISTED).join(", ");
  return items.length > MAX_LISTED ? `${shown} +${items.length - MAX_LISTED} more` : shown;
}

/** One line per filter, as "Events: all" or "Tags: newsletter, spring". */
export function webhookFilterSummary(webhook: Pick<WebhookDto, "eventTypes" | "redirectIds" | "tags">): string[] {
  return [
    `Events: ${listed(webhook.eventTypes, "all")}`,
    `Redirects: ${listed(webhook.redirectIds, "all")}`,
    `Tags: ${listed(webhook.tags, "any")}`,
  ];
}
