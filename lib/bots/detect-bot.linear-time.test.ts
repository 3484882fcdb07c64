import { describe, it } from "vitest";
import { USER_AGENT_MAX_LENGTH } from "@/lib/clicks/user-agent";
import { expectLinearTime } from "@/lib/testing/expect-linear-time";
import { detectBot, type BotSignals } from "./detect-bot";
import { SCANNER_SIGNATURES } from "./scanner-signatures";

/** server.ts's maxHeaderSize: no header value is longer. */
const HEADER_CAP = 64 * 1024;
const run = (head: string, unit: string) => (size: number) =>
  head + unit.repeat(Math.ceil((size - head.length) / unit.length)).slice(0, Math.max(0, size - head.length));
const signals = (userAgent: string, purpose: string | null = null): BotSignals => ({
  method: "GET",
  userAgent,
  acceptLanguage: null,
  purpose,
  source: "pixel",
});

/** Near misses of the signatures: each makes a pattern try hard and fail. */
const USER_AGENTS: [string, (size: number) => string][] = [
  ["ms-office without a word boundary", run("", "ms-officeX")],
  ["Microsoft Outl… without the end", run("", "Microsoft Outl")],
  ["Apple Mail's WebKit with no end", run("Mozilla/5.0 (Macintosh", "; Intel")],
  ["Apple Mail's WebKit version digits", run("Mozilla/5.0 (iPhone) AppleWebKit/", "1.")],
  ["Edge/12.246 repeated", run("", "Edge/12.246 ")],
  ["a near-miss of every name", run("", "Slackbo proofpoin mimecas barracud LinkedInBo ")],
];

describe("bot detection takes time linear in the headers, up to the 64 KB header cap", { timeout: 60_000 }, () => {
  it.each(USER_AGENTS)("detectBot on a user agent of %s", (_, ua) => {
    expectLinearTime({ maxSize: HEADER_CAP, distinct: true, input: (size, variant) => signals(`${variant} ${ua(size)}`), run: detectBot });
  });

  it("detectBot on a user agent of spaces", () => {
    expectLinearTime({ maxSize: HEADER_CAP, distinct: true, input: (size, variant) => signals(`${run("", " ")(size)}${variant}`), run: detectBot });
  });

  it("detectBot on a Sec-Purpose header that never says prefetch", () => {
    expectLinearTime({ maxSize: HEADER_CAP, input: (size) => signals("Mozilla/5.0", run("", "prefetc")(size)), run: detectBot });
  });

  // detectBot cuts user agents first; the signatures stay linear without that cut too.
  it.each(USER_AGENTS)("every scanner signature on %s", (_, ua) => {
    for (const maxSize of [USER_AGENT_MAX_LENGTH, HEADER_CAP]) {
      expectLinearTime({ maxSize, input: ua, run: (text) => SCANNER_SIGNATURES.map((s) => s.test.test(text)) });
    }
  });
});
