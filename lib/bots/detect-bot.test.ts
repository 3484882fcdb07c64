import { describe, expect, it } from "vitest";
import { USER_AGENT_MAX_LENGTH } from "../user-agent/user-agent";
import { detectBot, type BotSignals } from "./detect-bot";

// Real user agents of current browsers: none of them is a bot.
const BROWSERS: Record<string, string> = {
  "Safari on iPhone":
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
  "Chrome on Android":
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36",
  "Chrome on Windows":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36",
  "Firefox on a Mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:139.0) Gecko/20100101 Firefox/139.0",
  "Edge on Windows":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36 Edg/137.0.0.0",
  "Safari on a Mac":
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15",
};
const IPHONE = BROWSERS["Safari on iPhone"];
const APPLE_MAIL_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";
const APPLE_MAIL_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const SLACK = "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)";

function signals(over: Partial<BotSignals> = {}): BotSignals {
  return { method: "GET", userAgent: IPHONE, acceptLanguage: "en-GB,en;q=0.9", purpose: null, source: "redirect", ...over };
}
const human = { isBot: false, reason: null };
const bot = (reason: string) => ({ isBot: true, reason });

describe("detectBot", () => {
  it.each(Object.entries(BROWSERS))("does not flag %s, from any source", (_name, ua) => {
    for (const source of ["redirect", "signed", "pixel"] as const) {
      expect(detectBot(signals({ userAgent: ua, source }))).toEqual(human);
    }
  });

  it("flags HEAD requests first, whatever else the request says", () => {
    expect(detectBot(signals({ method: "HEAD" }))).toEqual(bot("head-request"));
    expect(detectBot(signals({ method: "head", userAgent: null, purpose: "prefetch" }))).toEqual(bot("head-request"));
  });

  it("flags browser prefetches by Sec-Purpose or Purpose, before the user agent", () => {
    expect(detectBot(signals({ purpose: "prefetch" }))).toEqual(bot("prefetch"));
    expect(detectBot(signals({ purpose: "prefetch;prerender" }))).toEqual(bot("prefetch"));
    expect(detectBot(signals({ purpose: "Prefetch", userAgent: SLACK }))).toEqual(bot("prefetch"));
    expect(detectBot(signals({ purpose: "preview" }))).toEqual(human);
  });

  it("flags a missing or blank user agent", () => {
    expect(detectBot(signals({ userAgent: null }))).toEqual(bot("no-user-agent"));
    expect(detectBot(signals({ userAgent: "" }))).toEqual(bot("no-user-agent"));
    expect(detectBot(signals({ userAgent: " \t" }))).toEqual(bot("no-user-agent"));
  });

  it("names a known scanner rather than calling it a generic bot", () => {
    expect(detectBot(signals({ userAgent: SLACK }))).toEqual(bot("scanner:slack"));
  });

  describe("Apple Mail Privacy Protection (pixel only)", () => {
    it('flags the relay\'s bare "Mozilla/5.0", even with Accept-Language', () => {
      expect(detectBot(signals({ source: "pixel", userAgent: "Mozilla/5.0" }))).toEqual(bot("apple-mail-privacy"));
    });

    it("flags Apple Mail's WebKit user agent without Accept-Language", () => {
      for (const ua of [APPLE_MAIL_MAC, APPLE_MAIL_IPHONE]) {
        expect(detectBot(signals({ source: "pixel", userAgent: ua, acceptLanguage: null }))).toEqual(bot("apple-mail-privacy"));
        expect(detectBot(signals({ source: "pixel", userAgent: ua, acceptLanguage: "" }))).toEqual(bot("apple-mail-privacy"));
      }
    });

    it("counts Apple Mail with Accept-Language, and Safari without it, as people", () => {
      expect(detectBot(signals({ source: "pixel", userAgent: APPLE_MAIL_MAC }))).toEqual(human);
      expect(detectBot(signals({ source: "pixel", userAgent: IPHONE, acceptLanguage: null }))).toEqual(human);
    });

    it("does not apply to links", () => {
      expect(detectBot(signals({ source: "redirect", userAgent: APPLE_MAIL_IPHONE, acceptLanguage: null }))).toEqual(human);
      expect(detectBot(signals({ source: "signed", userAgent: "Mozilla/5.0" }))).toEqual(bot("user-agent"));
    });
  });

  it("flags what isbot recognises as reason user-agent", () => {
    expect(detectBot(signals({ userAgent: GOOGLEBOT }))).toEqual(bot("user-agent"));
    expect(detectBot(signals({ userAgent: "curl/8.7.1" }))).toEqual(bot("user-agent"));
    expect(detectBot(signals({ userAgent: "python-requests/2.32.3", source: "pixel" }))).toEqual(bot("user-agent"));
  });

  it("keeps one user agent's verdicts apart per source and Accept-Language", () => {
    const ua = APPLE_MAIL_MAC;
    expect(detectBot(signals({ source: "redirect", userAgent: ua, acceptLanguage: null }))).toEqual(human);
    expect(detectBot(signals({ source: "pixel", userAgent: ua, acceptLanguage: null }))).toEqual(bot("apple-mail-privacy"));
    expect(detectBot(signals({ source: "pixel", userAgent: ua }))).toEqual(human);
  });

  // Its per-user-agent cache is memoPerUserAgent's, bounded and cut as lib/clicks/user-agent.test.ts checks.
  it("answers alike for a user agent in use while 12,000 others pass through its cache", () => {
    const keep = `${GOOGLEBOT} Keep/1`;
    for (let i = 0; i < 12_000; i++) {
      expect(detectBot(signals({ userAgent: `${BROWSERS["Chrome on Windows"]} Fill/${i}` }))).toEqual(human);
      if (i % 2_000 === 0) expect(detectBot(signals({ userAgent: keep }))).toEqual(bot("user-agent"));
    }
    expect(detectBot(signals({ userAgent: `${BROWSERS["Chrome on Windows"]} Fill/0` }))).toEqual(human);
  });

  it("judges a 16 KB user agent by its first 512 characters", () => {
    const huge = GOOGLEBOT + " x".repeat(8 * 1024);
    expect(huge.length).toBeGreaterThan(16 * USER_AGENT_MAX_LENGTH);
    expect(detectBot(signals({ userAgent: huge }))).toEqual(bot("user-agent"));
    // The documented limit: a token past the cut is not seen.
    expect(detectBot(signals({ userAgent: `${BROWSERS["Chrome on Windows"]}${" ".repeat(16 * 1024)}Googlebot/2.1` }))).toEqual(
      human,
    );
  });

  it("does not throw on control characters, lone surrogates or bytes that were not UTF-8", () => {
    const latin1 = Buffer.from([0x4d, 0x6f, 0x7a, 0xff, 0xfe, 0x80, 0x00, 0xc3]).toString("latin1");
    for (const ua of [latin1, "\u0000\u0001\u001b[31m", "\ud800Chrome/\udfff1", `${IPHONE}\ufffd\u0000`]) {
      expect(() => detectBot(signals({ userAgent: ua, purpose: "\ud800\u0000", acceptLanguage: "\xff" }))).not.toThrow();
    }
  });
});
