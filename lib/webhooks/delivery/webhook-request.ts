import type { WebhookEvent } from "../event-payload";
import { signPayload, SIGNATURE_HEADER } from "../signature";
import { toTracardiTrack } from "../tracardi-payload";

/** The HTTP request of one event to one destination, in the destination's format, signed. */
export interface WebhookRequest {
  body: string;
  headers: Record<string, string>;
}

export const EVENT_ID_HEADER = "Clicktrail-Event-Id";

export function webhookBody(event: WebhookEvent, destination: { format: string; tracardiSourceId: string | null }): string {
  if (destination.format === "tracardi") {
    return JSON.stringify(toTracardiTrack(event, { sourceId: destination.tracardiSourceId ?? "" }));
  }
  return JSON.stringify(event);
}

/** Signed at send time, so the timestamp is fresh on every retry (receivers reject old ones). */
export function signedRequest(eventId: string, body: string, secrets: readonly Buffer[], now = new Date()): WebhookRequest {
  return {
    body,
    headers: {
      "content-type": "application/json",
      "user-agent": "Clicktrail-Webhooks/1",
      [EVENT_ID_HEADER]: eventId,
      [SIGNATURE_HEADER]: signPayload(secrets, body, Math.floor(now.getTime() / 1000)),
    },
  };
}
