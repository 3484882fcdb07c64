import { describe, expect, it } from "vitest";
import { toJsonEvent } from "./event-payload";
import { CLICK } from "./sample-click.fixture";
import { toTracardiTrack } from "./tracardi-payload";

describe("toTracardiTrack", () => {
  it("builds the /track tracker payload with source, session, one event and the rest in context", () => {
    const event = toJsonEvent(CLICK, "Spring sale");
    const body = toTracardiTrack(event, { sourceId: "3ee63fc6-490a-4fd8-bfb3-bf0c8c8d3387" });
    expect(body).toStrictEqual({
      source: { id: "3ee63fc6-490a-4fd8-bfb3-bf0c8c8d3387" },
      session: { id: "sess-42" },
      context: {
        clicktrail: {
          id: "evt_4711",
          occurredAt: "2026-11-26T12:34:56.789Z",
          redirect: { id: "spring-sale", name: "Spring sale" },
          context: event.context,
        },
      },
      properties: {},
      events: [{ type: "redirect.clicked", properties: event.properties, options: {} }],
      options: {},
    });
  });

  it("leaves the session out for a click without one", () => {
    const body = toTracardiTrack(toJsonEvent({ ...CLICK, sessionId: null }, null), { sourceId: "src" });
    expect("session" in body).toBe(false);
    expect(body.source).toStrictEqual({ id: "src" });
  });
});
