import { isbot } from "isbot";
import { memoPerUserAgent } from "../user-agent/user-agent";
import { SCANNER_SIGNATURES } from "./scanner-signatures";

/**
 * Is a click a bot's, and why. Rules in order, first match wins (docs/adr/0006-bot-detection.md):
 * head-request, prefetch, no-user-agent, scanner:<name>, apple-mail-privacy, user-agent.
 * Bot clicks are stored with the reason, never dropped. The burst rule needs state across
 * clicks and lives in burst-detector.ts.
 */

export interface BotSignals {
  method: string;
  userAgent: string | null;
  acceptLanguage: string | null;
  /** Sec-Purpose or Purpose header. */
  purpose: string | null;
  source: "redirect" | "signed" | "pixel";
}

export interface BotVerdict {
  isBot: boolean;
  reason: string | null;
}

/** What the user agent alone says; the expensive part, cached per UA. */
interface UserAgentClass {
  scanner: string | null;
  /** Exactly "Mozilla/5.0": what Apple's Mail Privacy Protection proxy sends. */
  bareMozilla: boolean;
  /** Apple Mail's own WebKit UA: no browser name, no Version/ or Safari/ token. */
  appleMailWebKit: boolean;
  isbot: boolean;
}

const APPLE_MAIL_WEBKIT =
  /^Mozilla\/5\.0 \((?:Macintosh|iPhone|iPad)[^)]*\) AppleWebKit\/[\d.]+ \(KHTML, like Gecko\)(?: Mobile\/\w+)?$/;

const bot = (reason: string): BotVerdict => ({ isBot: true, reason });

const classify = memoPerUserAgent((ua): UserAgentClass => ({
  scanner: SCANNER_SIGNATURES.find((s) => s.test.test(ua))?.reason ?? null,
  bareMozilla: ua === "Mozilla/5.0",
  appleMailWebKit: APPLE_MAIL_WEBKIT.test(ua),
  isbot: isbot(ua),
}));

export function detectBot(signals: BotSignals): BotVerdict {
  if (signals.method.toUpperCase() === "HEAD") return bot("head-request");
  if (signals.purpose && /prefetch/i.test(signals.purpose)) return bot("prefetch");
  const ua = signals.userAgent;
  if (!ua || !/\S/.test(ua)) return bot("no-user-agent");

  const cls = classify(ua);
  if (cls.scanner) return bot(cls.scanner);
  // Apple Mail Privacy Protection loads a message's images through Apple's relays when the mail
  // arrives, read or not. Those fetches send exactly "Mozilla/5.0" (ua-parser/uap-core#509). Apple
  // Mail's own WebKit UA without Accept-Language is taken as the same prefetch, on the assumption
  // that Mail rendering a message for a reader sends one. Apple documents neither.
  if (signals.source === "pixel" && (cls.bareMozilla || (cls.appleMailWebKit && !signals.acceptLanguage))) {
    return bot("apple-mail-privacy");
  }
  if (cls.isbot) return bot("user-agent");
  return { isBot: false, reason: null };
}
