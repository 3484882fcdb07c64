import type { JsonObject } from "../json/json-value";
import type { WebhookEvent } from "./event-payload";

/** The tracker payload Tracardi's `POST /track` accepts (docs/webhooks.md, "tracardi"). */
export interface TracardiTrackBody {
  source: { id: string };
  /** Tracardi joins the event to the profile of this session; absent for clicks without one. */
  session?: { id: string };
  context: { clicktrail: Omit<WebhookEvent, "type" | "properties" | "session"> };
  properties: JsonObject;
  events: [{ type: string; properties: JsonObject; options: JsonObject }];
  options: JsonObject;
}

/**
 * One event as a Tracardi track call. `sourceId` is the event source's ID configured in
 * Tracardi for the destination (Tracardi answers 401 to an unknown one); everything the json
 * format says beyond type and properties travels in context.clicktrail, so no fact is lost.
 */
export function toTracardiTrack(event: WebhookEvent, { sourceId }: { sourceId: string }): TracardiTrackBody {
  const { type, properties, session, ...rest } = event;
  return {
    source: { id: sourceId },
    ...(session === null ? {} : { session: { id: session } }),
    context: { clicktrail: rest },
    properties: {},
    events: [{ type, properties, options: {} }],
    options: {},
  };
}
