import { describe, expect, it } from "vitest";
import { GenerationMap } from "../cache/generation-map";
import { USER_AGENT_CACHE_ENTRIES, USER_AGENT_MAX_LENGTH, memoPerUserAgent, parseUserAgent } from "./user-agent";

// Real user agents of current browsers.
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";
const ANDROID_CHROME =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36";
const WINDOWS_CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36";
const MAC_FIREFOX = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:139.0) Gecko/20100101 Firefox/139.0";
const WINDOWS_EDGE =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36 Edg/137.0.0.0";
const SAMSUNG_INTERNET =
  "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36";
const GALAXY_TAB_CHROME =
  "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36";
const UBUNTU_FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0";
const CHROMEBOOK =
  "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36";
const PLAYSTATION = "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

/** A memo with parseUserAgent's bound, its cache and its computations in view. */
function watchedMemo() {
  const cache = new GenerationMap<string, { ua: string }>(USER_AGENT_CACHE_ENTRIES);
  const computed: string[] = [];
  const memo = memoPerUserAgent((ua) => (computed.push(ua), { ua }), cache);
  return { cache, computed, memo };
}

describe("parseUserAgent", () => {
  it.each([
    ["Safari on iPhone", IPHONE_SAFARI, { browser: "Safari", os: "iOS", deviceType: "mobile" }],
    ["Chrome on Android", ANDROID_CHROME, { browser: "Chrome", os: "Android", deviceType: "mobile" }],
    ["Samsung Internet", SAMSUNG_INTERNET, { browser: "Samsung Internet", os: "Android", deviceType: "mobile" }],
    ["Chrome on an Android tablet", GALAXY_TAB_CHROME, { browser: "Chrome", os: "Android", deviceType: "tablet" }],
    ["Chrome on Windows", WINDOWS_CHROME, { browser: "Chrome", os: "Windows", deviceType: "desktop" }],
    ["Firefox on a Mac (Mac OS → macOS)", MAC_FIREFOX, { browser: "Firefox", os: "macOS", deviceType: "desktop" }],
    ["Edge on Windows", WINDOWS_EDGE, { browser: "Edge", os: "Windows", deviceType: "desktop" }],
    ["Firefox on Ubuntu (a distribution → Linux)", UBUNTU_FIREFOX, { browser: "Firefox", os: "Linux", deviceType: "desktop" }],
    ["Chrome on a Chromebook", CHROMEBOOK, { browser: "Chrome", os: "ChromeOS", deviceType: "desktop" }],
    ["a games console", PLAYSTATION, { browser: "WebKit", os: "PlayStation", deviceType: "other" }],
    ["a crawler", GOOGLEBOT, { browser: null, os: null, deviceType: "bot" }],
    ["nothing recognisable", "Mozilla/5.0 (Unknown; Thing) Gecko", { browser: null, os: null, deviceType: "other" }],
  ])("%s", (_name, ua, expected) => {
    expect(parseUserAgent(ua)).toEqual(expected);
  });

  it("answers all null for a missing or blank user agent", () => {
    const nothing = { browser: null, os: null, deviceType: null };
    expect(parseUserAgent(null)).toEqual(nothing);
    expect(parseUserAgent("")).toEqual(nothing);
    expect(parseUserAgent("  \t ")).toEqual(nothing);
  });

  it("answers a repeated user agent from the cache", () => {
    const first = parseUserAgent(WINDOWS_EDGE);
    expect(parseUserAgent(WINDOWS_EDGE)).toBe(first);
  });

  it("parses only the first 512 characters of a huge user agent", () => {
    const huge = IPHONE_SAFARI + " x".repeat(8 * 1024);
    expect(huge.length).toBeGreaterThan(16 * 1024);
    expect(parseUserAgent(huge)).toEqual({ browser: "Safari", os: "iOS", deviceType: "mobile" });
    expect(parseUserAgent(huge)).toBe(parseUserAgent(huge.slice(0, USER_AGENT_MAX_LENGTH)));
  });

  it("does not throw on control characters, lone surrogates or bytes that were not UTF-8", () => {
    const latin1 = Buffer.from([0x4d, 0x6f, 0x7a, 0xff, 0xfe, 0x80, 0x00, 0xc3]).toString("latin1");
    for (const ua of [latin1, "\u0000\u0001\u001b[31m", "\ud800Chrome/\udfff1", `${IPHONE_SAFARI}\ufffd\u0000`]) {
      expect(() => parseUserAgent(ua)).not.toThrow();
    }
  });
});

describe("memoPerUserAgent", () => {
  it("keeps fewer than 5,000 user agents, and keeps the ones in use", () => {
    const { cache, computed, memo } = watchedMemo();
    const keep = `${WINDOWS_CHROME} Keep/1`;
    const kept = memo(keep);
    let largest = 0;
    for (let i = 0; i < 12_000; i++) {
      memo(`${WINDOWS_CHROME} Fill/${i}`);
      if (i % 2_000 === 0) expect(memo(keep)).toBe(kept);
      largest = Math.max(largest, cache.size);
    }
    expect(largest).toBeLessThan(5_000);
    expect(cache.get(`${WINDOWS_CHROME} Fill/0`)).toBeUndefined();
    expect(memo(keep)).toBe(kept);
    expect(computed.filter((ua) => ua === keep)).toHaveLength(1);
  });

  it("computes and caches only the first 512 characters of a huge user agent", () => {
    const { cache, computed, memo } = watchedMemo();
    const huge = IPHONE_SAFARI + " x".repeat(8 * 1024);
    expect(memo(huge)).toBe(memo(`${huge} and more`));
    expect(computed).toEqual([huge.slice(0, USER_AGENT_MAX_LENGTH)]);
    expect(cache.get(huge.slice(0, USER_AGENT_MAX_LENGTH))).toBeDefined();
  });
});
