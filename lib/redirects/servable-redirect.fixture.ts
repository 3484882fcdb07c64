import type { ServableRedirect } from "./serve";

/** A live redirect as the cache hands it to the serve path, for tests; fields overridable. */
export function servableRedirect(over: Partial<ServableRedirect> = {}): ServableRedirect {
  return {
    id: "a",
    targetUrl: "https://example.com/landing",
    eventType: "redirect",
    eventProperties: {},
    statusCode: 302,
    forwardQuery: false,
    trackingDays: 365,
    createdAt: new Date(0),
    ...over,
  };
}
