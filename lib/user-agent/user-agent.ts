import { isbot } from "isbot";
import UAParser from "ua-parser-js";
import { GenerationMap } from "../cache/generation-map";

/**
 * Browser, OS and device type from a User-Agent header, with ua-parser-js 1.x (MIT; 2.x is AGPL,
 * docs/adr/0006-bot-detection.md). Runs in the click flush, so results are cached per UA string.
 */

/** UAs are cut to this length before parsing and caching, so a 16 KB header costs what a normal one does. */
export const USER_AGENT_MAX_LENGTH = 512;
/** A cache of what a user agent says holds fewer than this many of them. */
export const USER_AGENT_CACHE_ENTRIES = 5_000;

export interface ParsedUserAgent {
  browser: string | null;
  os: string | null;
  deviceType: "desktop" | "mobile" | "tablet" | "bot" | "other" | null;
}

const NOTHING: ParsedUserAgent = Object.freeze({ browser: null, os: null, deviceType: null });

/** ua-parser's names where a dashboard wants one name per family. */
const BROWSER_NAMES: Record<string, string> = { "Mobile Safari": "Safari" };
const OS_NAMES: Record<string, string> = { "Mac OS": "macOS", "Chromium OS": "ChromeOS" };
const LINUX_DISTRIBUTION =
  /^(?:[kxl]?ubuntu|debian|fedora|arch|centos|red ?hat|(?:open)?suse|gentoo|mint|manjaro|raspbian|slackware|deepin|elementary os|mageia)$/i;

/**
 * Memoises `compute` per user agent, cut to USER_AGENT_MAX_LENGTH, in `cache` (kept in recent
 * use, lib/cache/generation-map.ts). Module state where it is used, not a part of the thread: a
 * pure function's memo, whose second copy in Next's bundle would cost memory, never a result.
 */
export function memoPerUserAgent<V>(
  compute: (userAgent: string) => V,
  cache = new GenerationMap<string, V>(USER_AGENT_CACHE_ENTRIES),
): (userAgent: string) => V {
  return (userAgent) => {
    const ua = userAgent.length > USER_AGENT_MAX_LENGTH ? userAgent.slice(0, USER_AGENT_MAX_LENGTH) : userAgent;
    let value = cache.get(ua);
    if (value === undefined) {
      value = compute(ua);
      cache.set(ua, value);
    }
    return value;
  };
}

const parseCached = memoPerUserAgent(parse);

/**
 * deviceType: "bot" when isbot recognises the UA; else ua-parser's device type (mobile, tablet;
 * consoles, TVs, wearables → "other"); no device type → "desktop" when a browser or OS was
 * recognised, "other" when nothing was. iPads since iPadOS 13 send a macOS UA and count as desktop.
 * A missing or blank UA → all null. The returned object is shared and frozen.
 */
export function parseUserAgent(userAgent: string | null): ParsedUserAgent {
  if (!userAgent || !/\S/.test(userAgent)) return NOTHING;
  return parseCached(userAgent);
}

function parse(ua: string): ParsedUserAgent {
  // Only the three parts needed: getResult() would also run the CPU and engine patterns.
  const parser = new UAParser(ua);
  const browserName = parser.getBrowser().name;
  const browser = browserName ? (BROWSER_NAMES[browserName] ?? browserName) : null;
  const os = osName(parser.getOS().name);
  const type = deviceType(ua, parser.getDevice().type, browser !== null || os !== null);
  return Object.freeze({ browser, os, deviceType: type });
}

function osName(name: string | undefined): string | null {
  if (!name) return null;
  if (LINUX_DISTRIBUTION.test(name)) return "Linux";
  return OS_NAMES[name] ?? name;
}

function deviceType(ua: string, type: string | undefined, recognised: boolean): ParsedUserAgent["deviceType"] {
  if (isbot(ua)) return "bot";
  if (type === "mobile" || type === "tablet") return type;
  if (type) return "other";
  return recognised ? "desktop" : "other";
}
