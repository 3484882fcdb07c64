import { describe, expect, it } from "vitest";
import { toJsonEvent, webhookEventSchema } from "./event-payload";
import { CLICK } from "./sample-click.fixture";

describe("toJsonEvent", () => {
  it("maps every field of a click to the documented json event", () => {
    expect(toJsonEvent(CLICK, "Spring sale")).toStrictEqual({
      id: "evt_4711",
      type: "redirect.clicked",
      occurredAt: "2026-11-26T12:34:56.789Z",
      redirect: { id: "spring-sale", name: "Spring sale" },
      session: "sess-42",
      properties: { campaign: "spring", price: 12.5, nested: { ok: true } },
      context: {
        source: "redirect",
        targetUrl: "https://shop.example.com/spring",
        ip: "203.0.113.0",
        userAgent: "Mozilla/5.0 (Macintosh) Firefox/133.0",
        browser: "Firefox",
        os: "macOS",
        device: "desktop",
        country: "DE",
        referer: "https://mail.example.com/",
        acceptLanguage: "de-DE,de;q=0.9",
        isBot: false,
        botReason: null,
      },
    });
  });

  it("keeps the same ID for the same click, and takes a caller's UUID", () => {
    expect(toJsonEvent(CLICK, "A").id).toBe(toJsonEvent({ ...CLICK }, "B").id);
    const uuid = "0b8f4c1e-2f0a-4d7e-9a51-3c2f1e7d9b10";
    expect(toJsonEvent({ ...CLICK, id: uuid }, null).id).toBe(`evt_${uuid}`);
  });

  it("names plain clicks redirect.clicked, pixel loads email.opened, and keeps custom types", () => {
    expect(toJsonEvent({ ...CLICK, source: "signed", eventType: "click", redirectId: null }, null).type).toBe("redirect.clicked");
    expect(toJsonEvent({ ...CLICK, source: "pixel", eventType: "email.opened", targetUrl: "" }, null).type).toBe("email.opened");
    expect(toJsonEvent({ ...CLICK, eventType: "signup_click" }, null).type).toBe("signup_click");
  });

  it("gives a null redirect without one, a null name for a deleted one, and keeps anonymous clicks anonymous", () => {
    const anonymous = { ...CLICK, sessionId: null, ip: null, userAgent: null, referer: null, privacyReason: "gpc" };
    const event = toJsonEvent({ ...anonymous, redirectId: null }, "ignored");
    expect(event.redirect).toBeNull();
    expect(event.session).toBeNull();
    expect(event.context).toMatchObject({ ip: null, userAgent: null, referer: null });
    expect(toJsonEvent(CLICK, null).redirect).toStrictEqual({ id: "spring-sale", name: null });
  });

  it("carries the bot flag and reason", () => {
    const event = toJsonEvent({ ...CLICK, isBot: true, botReason: "scanner:proofpoint" }, "Spring sale");
    expect(event.context).toMatchObject({ isBot: true, botReason: "scanner:proofpoint" });
  });

  it("refuses a click whose source is not one of the documented ones", () => {
    expect(() => toJsonEvent({ ...CLICK, source: "ftp" }, null)).toThrow();
  });

  it("validates with its schema after a JSON round trip, and the schema rejects extra fields", () => {
    const wire = JSON.parse(JSON.stringify(toJsonEvent(CLICK, "Spring sale")));
    expect(webhookEventSchema.safeParse(wire).success).toBe(true);
    expect(webhookEventSchema.safeParse({ ...wire, extra: 1 }).success).toBe(false);
    expect(webhookEventSchema.safeParse({ ...wire, occurredAt: "26.11.2026" }).success).toBe(false);
  });
});
